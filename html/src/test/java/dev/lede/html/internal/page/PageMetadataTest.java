package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Contributor;
import dev.lede.Publisher;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.Provenance.Source;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static final URI PAGE = URI.create("https://news.example.com/world/2025/summit.html");

    private static PageMetadata extract(String html) {
        return PageMetadata.extract(Jsoup.parse(html, PAGE.toString()), PAGE);
    }

    @Test
    void readsArticleNodeInsideGraphWithReferences() {
        PageMetadata metadata = extract("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"Organization","@id":"#org","name":"Example News","url":"https://news.example.com/"},
                  {"@type":"Person","@id":"#jane","name":"Jane Doe","url":"/people/jane"},
                  {"@type":["NewsArticle"],"headline":"Summit  ends","author":[{"@id":"#jane"},"By John Roe"],
                   "publisher":{"@id":"#org"},"datePublished":"2025-08-14T09:00:00+0200",
                   "dateModified":"2025-08-15","inLanguage":"en-gb","keywords":"Arctic, diplomacy ,Arctic",
                   "mainEntityOfPage":{"@id":"https://news.example.com/summit"},
                   "image":[{"@type":"ImageObject","url":"/img/hero.jpg"}]}
                ]}</script></head><body></body></html>""");

        assertThat(metadata.title()).contains("Summit ends");
        assertThat(metadata.authors()).containsExactly(
                new Contributor("Jane Doe", Optional.of(URI.create("https://news.example.com/people/jane"))),
                Contributor.of("John Roe"));
        assertThat(metadata.publisher()).contains(
                new Publisher("Example News", Optional.of(URI.create("https://news.example.com/"))));
        assertThat(metadata.published()).contains(OffsetDateTime.of(2025, 8, 14, 9, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(metadata.modified()).as("a date without a time is noon UTC")
                .contains(OffsetDateTime.of(2025, 8, 15, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(metadata.language()).contains("en-GB");
        assertThat(metadata.tags()).containsExactly("Arctic", "diplomacy");
        assertThat(metadata.canonicalUrl()).contains(URI.create("https://news.example.com/summit"));
        assertThat(metadata.image()).contains("https://news.example.com/img/hero.jpg");
        assertThat(metadata.picks().title().chosen()).hasValueSatisfying(e -> assertThat(e.candidate().source())
                .isEqualTo(Source.JSON_LD));
        assertThat(metadata.picks().authors().chosen()).hasValueSatisfying(e -> assertThat(e.candidate().source())
                .isEqualTo(Source.JSON_LD));
    }

    @Test
    void fallsBackToMetaTagsThenPlainHtml() {
        PageMetadata metadata = extract("""
                <html lang="fr"><head><title>Le sommet | Exemple Infos</title>
                <meta property="og:site_name" content="Exemple Infos">
                <meta name="description" content="Un résumé.">
                <meta property="article:tag" content="Arctique"><meta property="article:tag" content="Diplomatie">
                <link rel="canonical" href="/monde/sommet">
                </head><body><p class="byline">Par Marie Curie</p>
                <time datetime="2025-08-14T09:00:00Z">14 août</time></body></html>""");

        assertThat(metadata.title()).contains("Le sommet");
        assertThat(metadata.publisher()).contains(Publisher.of("Exemple Infos"));
        assertThat(metadata.description()).contains("Un résumé.");
        assertThat(metadata.language()).contains("fr");
        assertThat(metadata.tags()).containsExactly("Arctique", "Diplomatie");
        assertThat(metadata.canonicalUrl()).contains(URI.create("https://news.example.com/monde/sommet"));
        assertThat(metadata.authors()).containsExactly(Contributor.of("Marie Curie"));
        assertThat(metadata.published()).contains(OffsetDateTime.of(2025, 8, 14, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(metadata.picks().title().chosen()).hasValueSatisfying(e -> assertThat(e.candidate().source())
                .isEqualTo(Source.TITLE_ELEMENT));
        assertThat(metadata.picks().published().chosen()).hasValueSatisfying(e -> assertThat(e.candidate().source())
                .isEqualTo(Source.TIME_ELEMENT));
    }

    @Test
    void removesSiteNameFromEitherEndOfTheTitleOnlyWhenItIsTheSiteName() {
        assertThat(extract("<title>Example News — Summit ends</title>"
                + "<meta property=og:site_name content='Example News'>").title()).contains("Summit ends");
        assertThat(extract("<title>Summit ends | news.example.com</title>").title()).contains("Summit ends");
        assertThat(extract("<title>Rhetoric Meets Reality - What Leaders Want</title>").title())
                .contains("Rhetoric Meets Reality - What Leaders Want");
    }

    @Test
    void reportsDisagreementAndKeepsTheMoreTrustedSource() {
        PageMetadata metadata = extract("""
                <head><meta property="og:title" content="Old headline">
                <script type="application/ld+json">{"@type":"Article","headline":"New headline"}</script></head>""");

        assertThat(metadata.title()).contains("New headline");
        assertThat(metadata.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(PageDiagnostic.Reason.METADATA);
            assertThat(d.detail()).contains("json-ld \"New headline\"", "og:title says \"Old headline\"");
        });
    }

    @Test
    void toleratesCommentAndCdataWrappersAndReportsBrokenBlocks() {
        PageMetadata metadata = extract("""
                <head><script type="application/ld+json">//<![CDATA[
                {"@type":"BlogPosting","headline":"Wrapped"}
                //]]></script><script type="application/ld+json">{"@type": "Article", headline: 1}</script></head>""");

        assertThat(metadata.title()).contains("Wrapped");
        assertThat(metadata.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.detail()).startsWith("JSON-LD block 2 is not JSON"));
    }

    @Test
    void followsCyclicReferencesWithoutOverflowing() {
        PageMetadata metadata = extract("""
                <script type="application/ld+json">[{"@id":"#a","@type":"Article","headline":{"@id":"#a"},
                "author":{"@id":"#a"}}]</script>""");

        assertThat(metadata.title()).isEmpty();
        assertThat(metadata.authors()).isEmpty();
    }

    @Test
    void ignoresUnsafeAndMalformedUrlsAndLanguages() {
        PageMetadata metadata = extract("""
                <html lang="not a tag"><head><link rel="canonical" href="javascript:alert(1)">
                <meta property="og:image" content="java&#10;script:alert(1)"></head></html>""");

        assertThat(metadata.canonicalUrl()).isEmpty();
        assertThat(metadata.image()).isEmpty();
        assertThat(metadata.language()).isEmpty();
    }
}
