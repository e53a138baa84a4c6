package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsonLdTest {

    /**
     * Issue 12's finding "JSON-LD {@code @id} cycles": a name list of references to its own node was walked
     * again at each level, so 100 references (3 KB) took over a minute. Each node is now entered once per value.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void referencesThatCycleBackToTheirNodeAreFollowedOnceEach() {
        int references = 800;
        StringBuilder self = new StringBuilder();
        for (int i = 0; i < references; i++) {
            self.append(i == 0 ? "" : ",").append("{\"@id\": \"#story\"}");
        }
        Document page = Jsoup.parse("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"@id\": \"#story\", \"name\": [" + self + "], \"author\": [" + self + "]}"
                + "</script>");
        JsonLd jsonLd = new JsonLd(page);
        var article = jsonLd.article().orElseThrow();

        assertThat(jsonLd.text(article.get("name"))).isEmpty();
        assertThat(jsonLd.objects(article.get("author"))).hasSize(references)
                .allSatisfy(author -> assertThat(jsonLd.text(author.get("name"))).isEmpty());
    }

    @Test
    void aNameIsReadThroughAReferenceToAnotherNode() {
        Document page = Jsoup.parse("<script type=\"application/ld+json\">{\"@graph\": ["
                + "{\"@type\": \"NewsArticle\", \"author\": {\"@id\": \"#jane\"}},"
                + "{\"@type\": \"Person\", \"@id\": \"#jane\", \"name\": {\"@value\": \"Jane &amp; Doe\"}}]}"
                + "</script>");
        JsonLd jsonLd = new JsonLd(page);

        assertThat(jsonLd.text(jsonLd.article().orElseThrow().get("author"))).contains("Jane & Doe");
    }
}
