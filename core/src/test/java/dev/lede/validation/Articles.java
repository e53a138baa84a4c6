package dev.lede.validation;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Contributor;
import dev.lede.Inline;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Section;
import dev.lede.SummaryRow;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Articles for the validator's tests: one that passes every rule, and ways to break it in one place. */
final class Articles {
    private Articles() {}

    /** An article using every kind of part, valid and publishable. */
    static Article publishable() {
        return Article.builder()
                .title("US-Russia Alaska Summit: Prospects and Pitfalls")
                .subtitle("Two leaders, a remote Arctic setting")
                .author(new Contributor("Ann Author", Optional.of(URI.create("https://example.org/ann"))))
                .publisher(new Publisher("THE MAG POST", Optional.of(URI.create("http://example.org"))))
                .published(OffsetDateTime.parse("2025-08-10T09:00:00Z"))
                .modified(OffsetDateTime.parse("2025-08-10T11:00:00+02:00"))
                .language("en-GB")
                .canonicalUrl(URI.create("https://example.org/alaska"))
                .hero("https://example.org/alaska.jpg", "US-Russia Alaska summit", "A representative image")
                .lead(Paragraph.of(new Inline.Text("Alaska is a "), Inline.Emphasis.of("rare"),
                        new Inline.Text(" stage; see "), Inline.Link.of("#alaska-as-venue", "below"), new Inline.Text(".")))
                .section("Alaska as Venue", s -> s
                        .paragraph(Inline.Link.of("mailto:desk@example.org", "Write"), new Inline.Text(" to us."))
                        .bulleted("Security", "Symbolism")
                        .quote("Neutral ground.", "An envoy")
                        .figure("/maps/alaska.png", "Map of Alaska", "The venue")
                        .table(List.of("Leader", "Country"), List.of(List.of("Putin", "Russia"), List.of("Trump", "US")))
                        .summaryTable("Aspect", "Summary", SummaryRow.of("Key players", "Putin and Trump"))
                        .code("java", "validate(article);")
                        .divider()
                        .section("Geography as Stage", g -> g.paragraph("Remote and cold.")
                                .section("Level 3", h -> h.section("Level 4", i -> i.section("Level 5",
                                        j -> j.paragraph("As deep as headings go."))))))
                .note(NoteKind.EDITORIAL, "Important Editorial Note", "Some images are representative.")
                .build();
    }

    /** The publishable article with these blocks as its lead. */
    static Article withLead(Block... blocks) {
        return publishable().withLead(List.of(blocks));
    }

    /** The publishable article with these sections only. */
    static Article withSections(Section... sections) {
        return publishable().withSections(List.of(sections));
    }

    /** A section with an explicit id and plain heading. */
    static Section section(String id, String heading, List<Section> subsections) {
        return new Section(id, dev.lede.RichText.of(heading), List.of(Paragraph.of("Text.")), subsections);
    }
}
