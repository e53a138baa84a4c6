package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.NoteKind;
import dev.lede.Publisher;
import dev.lede.SummaryRow;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exact layout of indented output ({@code pretty(true)}) for an article holding every kind of block, and the
 * exact head {@code renderDocument} writes for it (meta tags, Open Graph, JSON-LD). The other tests read rendered
 * HTML back or query it, which whitespace and a missing head tag pass unnoticed; mutation testing showed it.
 */
class RenderedLayoutTest {
    private static final Article EVERY_BLOCK = Article.builder()
            .title("Every block")
            .subtitle("Laid out")
            .description("One of each")
            .author(new Contributor("Ann Writer", Optional.of(URI.create("https://example.org/ann"))))
            .author("Bo Reporter")
            .publisher(new Publisher("The Post", Optional.of(URI.create("https://example.org/"))))
            .published(OffsetDateTime.parse("2025-08-14T09:00+02:00"))
            .modified(OffsetDateTime.parse("2025-08-15T10:00Z"))
            .language("en")
            .canonicalUrl(URI.create("https://example.org/every"))
            .tags("a", "b")
            .hero("https://example.org/hero.jpg", "Hero", "The hero")
            .lead("Lead.")
            .section("Blocks", s -> s.paragraph("One.")
                    .bulleted("x", "y")
                    .numbered("first")
                    .quote("Said.", "Someone")
                    .figure("https://example.org/f.png", "F", "Fig")
                    .table(List.of("H1", "H2"), List.of(List.of("a", "b")))
                    .summaryTable("Aspect", "Summary", SummaryRow.of("Who", "Two"))
                    .code("java", "int x;")
                    .divider()
                    .section("Sub", t -> t.paragraph("Deeper.")))
            .note(NoteKind.CORRECTION, "Correction", "A date was wrong.")
            .build();

    @Test
    void indentedOutputPutsEachBlockElementOnItsOwnLineAtItsDepth() throws IOException {
        assertThat(ArticleHtml.builder().pretty(true).build().render(EVERY_BLOCK))
                .isEqualTo(resource("every-block-pretty.html"));
    }

    @Test
    void compactOutputIsTheIndentedOutputWithoutTheLineBreaksAndIndents() throws IOException {
        assertThat(ArticleHtml.standard().render(EVERY_BLOCK))
                .isEqualTo(resource("every-block-pretty.html").replaceAll("\n *", ""));
    }

    @Test
    void theDocumentHeadCarriesEveryMetadataFieldAsMetaTagsAndJsonLd() throws IOException {
        String document = ArticleHtml.builder().stylesheet(false).build().renderDocument(EVERY_BLOCK);
        assertThat(document.substring(0, document.indexOf("</head>") + "</head>".length()) + "\n")
                .isEqualTo(resource("every-block-head.html"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RenderedLayoutTest.class.getResourceAsStream("layout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
