package dev.lede;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Small model values for tests: one of every block and inline kind, and a small article using them. Public for
 * the tests of core's other packages.
 */
public final class Samples {
    private Samples() {}

    /** One block of every kind, each with its optional parts filled so that nothing is trivially empty. */
    public static List<Block> everyBlock() {
        return List.of(
                Paragraph.of(new Inline.Text("A "), Inline.Emphasis.of("rare"), new Inline.Text(" neutrality")),
                new ListBlock(true, 3, List.of(ListItem.of("three"), ListItem.of("four"))),
                Quote.of("Diplomacy is the art of the possible.", "an analyst"),
                new Figure(new Image("https://example.org/a.jpg", "a map", OptionalInt.of(640), OptionalInt.of(480)),
                        Optional.of(RichText.of("The Bering Strait")), Optional.of("Photo: Example")),
                Table.of(List.of("Day", "Event"), List.of(List.of("1", "Arrival"), List.of("2", "Talks"))),
                SummaryTable.of("Aspect", "Summary", SummaryRow.of("Venue", "Alaska")),
                CodeBlock.of("java", "int x = 1;\n"),
                new Divider());
    }

    /** One inline of every kind. */
    static List<Inline> everyInline() {
        return List.of(
                new Inline.Text("text"),
                Inline.Emphasis.of("emphasis"),
                Inline.Strong.of("strong"),
                new Inline.Code("code()"),
                Inline.Link.of("https://example.org/", "link"),
                new Inline.LineBreak());
    }

    /** A small article with metadata, a hero, a lead, nested sections and a note. */
    static Article article() {
        return Article.builder()
                .title("Alaska Summit")
                .subtitle("Prospects and pitfalls")
                .description("What the summit may bring.")
                .author("A. Writer")
                .publisher("THE MAG POST")
                .language("en")
                .tags("diplomacy", "arctic")
                .hero("https://example.org/hero.jpg", "The summit venue", "The venue")
                .lead("Two leaders, a remote Arctic setting.")
                .section("Alaska as Venue", s -> s
                        .paragraph("Alaska’s chill and vastness.")
                        .section("Geography as Stage", g -> g.paragraph("Vast distances.")))
                .section("Global Reactions", s -> s.bulleted("Europe", "Ukraine"))
                .note(NoteKind.EDITORIAL, "Editorial Note", "Views are the author’s.")
                .build();
    }
}
