package dev.lede.examples;

import dev.lede.Article;
import dev.lede.Inline;
import dev.lede.NoteKind;
import dev.lede.html.ArticleHtml;
import dev.lede.json.ArticleJson;
import dev.lede.markdown.ArticleMarkdown;
import dev.lede.validation.ArticleValidator;
import java.time.OffsetDateTime;

/**
 * A sample to copy: build an article, validate it, render it as HTML and write it as JSON. Stateless and
 * thread-safe.
 */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Builds, validates and prints an article as HTML, then as JSON.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Article article = Article.builder()
                .title("Sea Ice at a Record Low")
                .author("A. Reporter")
                .publisher("THE MAG POST")
                .published(OffsetDateTime.parse("2025-09-01T08:00:00Z"))
                .language("en")
                .hero("https://example.org/ice.jpg", "Thin sea ice off Alaska", "Sea ice in September")
                .lead("Arctic sea ice shrank to its smallest extent on record this week.")
                .section("What Was Measured", s -> s
                        .paragraph(new Inline.Text("Satellites measured "), Inline.Emphasis.of("3.4 million"),
                                new Inline.Text(" square kilometres."))
                        .bulleted("Extent", "Thickness", "Age of the ice"))
                .note(NoteKind.CORRECTION, "Correction", "An earlier version gave the wrong month.")
                .build();

        ArticleValidator.standard().validatePublishable(article).throwIfInvalid();

        System.out.println(ArticleHtml.standard().render(article));
        System.out.println(ArticleJson.builder().pretty(true).build().write(article));
        System.out.println(ArticleMarkdown.standard().write(article));
    }
}
