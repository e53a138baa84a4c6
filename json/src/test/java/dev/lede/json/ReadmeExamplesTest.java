package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.SeedArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The snippets of json/README.md, so that the README never shows code that does not compile or work. */
class ReadmeExamplesTest {
    private final List<Article> indexed = new ArrayList<>();

    @Test
    void usingIt() {
        Article article = SeedArticle.article();
        List<Article> articles = List.of(article, ArticleGenerator.of(1).next());
        ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

        ArticleJson json = ArticleJson.standard();           // compact, strict, validating, default limits
        String text = json.write(article);                   // also write(article, OutputStream | Writer)
        Article back = json.read(text);                      // also read(byte[] | InputStream | Reader | Path)

        ArticleJson pretty = ArticleJson.builder().pretty(true).build();

        try (JsonLinesWriter out = json.linesWriter(outputStream)) {    // JSON Lines: one article per line
            articles.forEach(out::write);
        }
        InputStream inputStream = new ByteArrayInputStream(outputStream.toByteArray());
        try (Stream<Article> in = json.readLines(inputStream)) {        // lazy: one line in memory at a time
            in.forEach(this::index);
        }

        JsonMapper mapper = JsonMapper.builder().addModule(new LedeJsonModule()).build();  // or findAndAddModules()
        Article fromMapper = mapper.readValue(text, Article.class);

        assertThat(back).isEqualTo(article);
        assertThat(pretty.read(pretty.write(article))).isEqualTo(article);
        assertThat(indexed).isEqualTo(articles);
        assertThat(fromMapper).isEqualTo(article);
    }

    private void index(Article article) {
        indexed.add(article);
    }
}
