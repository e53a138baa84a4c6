package dev.lede.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Samples;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ArticleDiffTest {
    private static final Article ARTICLE = Article.builder()
            .title("US-Russia Alaska Summit")
            .subtitle("Prospects and pitfalls")
            .author(new Contributor("Ann Author", Optional.of(URI.create("https://example.org/ann"))))
            .author("Bo Writer")
            .publisher("THE MAG POST")
            .published(OffsetDateTime.parse("2025-08-15T09:00Z"))
            .language("en")
            .tags("diplomacy", "arctic")
            .hero(new Figure(new Image("https://example.org/hero.jpg", "The venue", OptionalInt.of(1200),
                    OptionalInt.empty()), Optional.of(RichText.of("The venue")), Optional.empty()))
            .lead("Two leaders, a remote Arctic setting.")
            .section("Alaska as Venue", s -> s
                    .paragraph("Alaska’s chill.")
                    .section("Domestic Signals", g -> g.paragraph("Vast distances.")))
            .note(NoteKind.EDITORIAL, "Editorial Note", "Views are the author’s.")
            .build();

    @Test
    void equalArticlesHaveNoDifference() {
        Article copy = new Article(ARTICLE.metadata(), ARTICLE.hero(), ARTICLE.lead(), ARTICLE.sections(),
                ARTICLE.notes());
        for (ArticleDiff diff : List.of(ArticleDiff.between(ARTICLE, ARTICLE), ArticleDiff.between(ARTICLE, copy),
                ArticleDiff.between(lead(Samples.everyBlock()), lead(Samples.everyBlock())))) {
            assertThat(diff.isEmpty()).isTrue();
            assertThat(diff.differences()).isEmpty();
            assertThat(diff.format(5)).isEmpty();
            assertThat(diff).hasToString("");
        }
    }

    @Test
    void theIssuesExample() {
        Section venue = ARTICLE.sections().get(0);
        Section signals = venue.subsections().get(0).withHeading(RichText.of("Domestic signals"));
        Article actual = ARTICLE.withSections(List.of(venue.withSubsections(List.of(signals))));

        ArticleDiff diff = ArticleDiff.between(ARTICLE, actual);

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.differences()).containsExactly(
                new Difference("sections[0].subsections[0].heading", "\"Domestic Signals\"", "\"Domestic signals\""));
        assertThat(diff)
                .hasToString("sections[0].subsections[0].heading: \"Domestic Signals\" → \"Domestic signals\"");
    }

    @Test
    void everyMetadataComponentInDeclarationOrder() {
        Metadata m = ARTICLE.metadata();
        Metadata changed = new Metadata("US–Russia Alaska Summit", Optional.empty(),
                Optional.of("What the summit may bring."),
                List.of(Contributor.of("Ann Author"), Contributor.of("Bo Writer Jr."), Contributor.of("Cy")),
                Optional.of(new Publisher("THE MAG POST", Optional.of(URI.create("https://magpost.example")))),
                Optional.of(OffsetDateTime.parse("2025-08-15T11:00+02:00")),
                Optional.of(OffsetDateTime.parse("2025-08-16T10:30Z")), Optional.of("en-GB"),
                Optional.of(URI.create("https://example.org/alaska")), List.of("diplomacy", "Arctic", "summit"));

        assertThat(lines(ARTICLE, ARTICLE.withMetadata(changed))).containsExactly(
                "metadata.title: \"US-Russia Alaska Summit\" → \"US–Russia Alaska Summit\"",
                "metadata.subtitle: \"Prospects and pitfalls\" → (none)",
                "metadata.description: (none) → \"What the summit may bring.\"",
                "metadata.authors[0].url: \"https://example.org/ann\" → (none)",
                "metadata.authors[1].name: \"Bo Writer\" → \"Bo Writer Jr.\"",
                "metadata.authors[2]: (none) → Contributor \"Cy\"",
                "metadata.publisher.url: (none) → \"https://magpost.example\"",
                "metadata.published: 2025-08-15T09:00Z → 2025-08-15T11:00+02:00",
                "metadata.modified: (none) → 2025-08-16T10:30Z",
                "metadata.language: \"en\" → \"en-GB\"",
                "metadata.canonicalUrl: (none) → \"https://example.org/alaska\"",
                "metadata.tags[1]: \"arctic\" → \"Arctic\"",
                "metadata.tags[2]: (none) → \"summit\"");
        assertThat(lines(ARTICLE, ARTICLE.withMetadata(m.withPublisher(Optional.empty()).withAuthors(List.of()))))
                .containsExactly(
                        "metadata.authors[0]: Contributor \"Ann Author\" → (none)",
                        "metadata.authors[1]: Contributor \"Bo Writer\" → (none)",
                        "metadata.publisher: Publisher \"THE MAG POST\" → (none)");
    }

    @Test
    void addressesCompareAsUris() {
        Metadata upper = ARTICLE.metadata().withCanonicalUrl(Optional.of(URI.create("HTTPS://EXAMPLE.org/a")));
        Metadata lower = ARTICLE.metadata().withCanonicalUrl(Optional.of(URI.create("https://example.org/a")));
        Metadata other = ARTICLE.metadata().withCanonicalUrl(Optional.of(URI.create("https://example.org/A")));

        assertThat(ARTICLE.withMetadata(upper)).isEqualTo(ARTICLE.withMetadata(lower));
        assertThat(lines(ARTICLE.withMetadata(upper), ARTICLE.withMetadata(lower))).isEmpty();
        assertThat(lines(ARTICLE.withMetadata(lower), ARTICLE.withMetadata(other)))
                .containsExactly("metadata.canonicalUrl: \"https://example.org/a\" → \"https://example.org/A\"");
    }

    @Test
    void heroAndFigureComponents() {
        Figure changed = new Figure(new Image("https://example.org/hero.png", "", OptionalInt.of(640),
                OptionalInt.of(480)), Optional.empty(), Optional.of("Photo: Example"));

        assertThat(lines(ARTICLE, ARTICLE.withHero(Optional.of(changed)))).containsExactly(
                "hero.image.src: \"https://example.org/hero.jpg\" → \"https://example.org/hero.png\"",
                "hero.image.alt: \"The venue\" → \"\"",
                "hero.image.width: 1200 → 640",
                "hero.image.height: (none) → 480",
                "hero.caption: \"The venue\" → (none)",
                "hero.credit: (none) → \"Photo: Example\"");
        assertThat(lines(ARTICLE, ARTICLE.withHero(Optional.empty())))
                .containsExactly("hero: Figure \"https://example.org/hero.jpg\" → (none)");
        assertThat(lines(lead(ARTICLE.hero().orElseThrow()), lead(changed))).first()
                .isEqualTo("lead[0].image.src: \"https://example.org/hero.jpg\" → \"https://example.org/hero.png\"");
    }

    @Test
    void blocksOfAnotherKindAndMissingBlocksAreDescribed() {
        assertThat(lines(lead(Samples.everyBlock()), lead(List.of()))).containsExactly(
                "lead[0]: Paragraph \"A rare neutrality\" → (none)",
                "lead[1]: ListBlock numbered, 2 items → (none)",
                "lead[2]: Quote, 1 block → (none)",
                "lead[3]: Figure \"https://example.org/a.jpg\" → (none)",
                "lead[4]: Table 3×2 → (none)",
                "lead[5]: SummaryTable, 1 row → (none)",
                "lead[6]: CodeBlock \"int x = 1;\\n\" → (none)",
                "lead[7]: Divider → (none)");
        Table table = Table.of(List.of("Day", "Event"), List.of(List.of("1", "Arrival"), List.of("2", "Talks")));
        assertThat(lines(ARTICLE, ARTICLE.withLead(List.of(table, new Divider())))).containsExactly(
                "lead[0]: Paragraph \"Two leaders, a remote Arctic s…\" → Table 3×2",
                "lead[1]: (none) → Divider");
        assertThat(lines(lead(new ListBlock(false, 1, List.of()), new Quote(List.of(), Optional.empty(),
                Optional.empty())), lead(new Quote(List.of(), Optional.empty(), Optional.empty()),
                        new ListBlock(true, 1, List.of(ListItem.of("one")))))).containsExactly(
                "lead[0]: ListBlock bulleted, 0 items → Quote, 0 blocks",
                "lead[1]: Quote, 0 blocks → ListBlock numbered, 1 item");
    }

    @Test
    void paragraphText() {
        assertThat(lines(ARTICLE, ARTICLE.withLead(List.of(Paragraph.of("Two leaders, a remote Arctic venue.")))))
                .containsExactly("lead[0].text: \"Two leaders, a remote Arctic setting.\" → "
                        + "\"Two leaders, a remote Arctic venue.\"");
    }

    @Test
    void listComponentsAndItems() {
        ListBlock expected = new ListBlock(true, 3, List.of(ListItem.of("three"), ListItem.of("four")));
        ListBlock actual = new ListBlock(false, 1, List.of(ListItem.of("three"), ListItem.of("five"),
                ListItem.of("six"), ListItem.of(new Divider())));

        assertThat(lines(lead(expected), lead(actual))).containsExactly(
                "lead[0].ordered: true → false",
                "lead[0].start: 3 → 1",
                "lead[0].items[1].blocks[0].text: \"four\" → \"five\"",
                "lead[0].items[2]: (none) → ListItem \"six\"",
                "lead[0].items[3]: (none) → ListItem, 1 block");
    }

    @Test
    void quoteComponents() {
        Quote expected = Quote.of("Neutral ground.", "An envoy");
        Quote actual = new Quote(List.of(Paragraph.of("Neutral ground!")), Optional.empty(),
                Optional.of("https://example.org/q"));

        assertThat(lines(lead(expected), lead(actual))).containsExactly(
                "lead[0].blocks[0].text: \"Neutral ground.\" → \"Neutral ground!\"",
                "lead[0].attribution: \"An envoy\" → (none)",
                "lead[0].source: (none) → \"https://example.org/q\"");
    }

    @Test
    void tableCaptionRowsAndEveryCellComponent() {
        Table expected = new Table(Optional.of(RichText.of("Days")),
                List.of(TableRow.of(TableCell.header("Day"), TableCell.header("Event"))),
                List.of(TableRow.of(TableCell.of("1"), TableCell.of("Arrival")),
                        TableRow.of(TableCell.of("2"), TableCell.of("Talks"))));
        Table actual = new Table(Optional.of(RichText.of("Schedule")),
                List.of(TableRow.of(TableCell.header("Day"), TableCell.header("What"))),
                List.of(TableRow.of(TableCell.header("1"), TableCell.of("Arrival"), TableCell.of("x")),
                        TableRow.of(TableCell.of("2"), new TableCell(RichText.of("Talks"), false, 2, 3)),
                        TableRow.of(TableCell.of("3"))));

        assertThat(lines(lead(expected), lead(actual))).containsExactly(
                "lead[0].caption: \"Days\" → \"Schedule\"",
                "lead[0].head[0].cells[1].content: \"Event\" → \"What\"",
                "lead[0].body[0].cells[0].header: false → true",
                "lead[0].body[0].cells[2]: (none) → TableCell \"x\"",
                "lead[0].body[1].cells[1].colspan: 1 → 2",
                "lead[0].body[1].cells[1].rowspan: 1 → 3",
                "lead[0].body[2]: (none) → TableRow, 1 cell");
    }

    @Test
    void summaryTableComponents() {
        SummaryTable expected = SummaryTable.of("Aspect", "Summary", SummaryRow.of("Venue", "Alaska"));
        SummaryTable actual = new SummaryTable(Optional.of(RichText.of("Key facts")), "Topic", "Gist",
                List.of(SummaryRow.of("Place", "Anchorage"), SummaryRow.of("Players", "Two")));

        assertThat(lines(lead(expected), lead(actual))).containsExactly(
                "lead[0].caption: (none) → \"Key facts\"",
                "lead[0].aspectLabel: \"Aspect\" → \"Topic\"",
                "lead[0].summaryLabel: \"Summary\" → \"Gist\"",
                "lead[0].rows[0].aspect: \"Venue\" → \"Place\"",
                "lead[0].rows[0].summary: \"Alaska\" → \"Anchorage\"",
                "lead[0].rows[1]: (none) → SummaryRow \"Players\"");
    }

    @Test
    void codeBlockComponents() {
        assertThat(lines(lead(CodeBlock.of("java", "int x = 1;\n")),
                lead(new CodeBlock(Optional.empty(), "int x = 2;\r\n")))).containsExactly(
                "lead[0].language: \"java\" → (none)",
                "lead[0].code: \"int x = 1;\\n\" → \"int x = 2;\\r\\n\"");
        assertThat(lines(lead(new Divider()), lead(new Divider()))).isEmpty();
    }

    @Test
    void sectionsDepthFirstThenNotes() {
        Section venue = ARTICLE.sections().get(0);
        Section signals = venue.subsections().get(0).withBlocks(List.of(Paragraph.of("Vast distance.")));
        Section changed = venue.withId("venue").withHeading(RichText.of("Alaska, the Venue"))
                .withBlocks(List.of()).withSubsections(List.of(signals));
        Note note = new Note(NoteKind.CORRECTION, Optional.empty(), List.of(Paragraph.of("Views are the author's.")));
        Article actual = ARTICLE
                .withSections(List.of(changed, Section.builder("Global Reactions").build()))
                .withNotes(List.of(note, Note.of(NoteKind.UPDATE, "Update", "Talks ended.")));

        assertThat(lines(ARTICLE, actual)).containsExactly(
                "sections[0].id: \"alaska-as-venue\" → \"venue\"",
                "sections[0].heading: \"Alaska as Venue\" → \"Alaska, the Venue\"",
                "sections[0].blocks[0]: Paragraph \"Alaska’s chill.\" → (none)",
                "sections[0].subsections[0].blocks[0].text: \"Vast distances.\" → \"Vast distance.\"",
                "sections[1]: (none) → Section \"Global Reactions\"",
                "notes[0].kind: EDITORIAL → CORRECTION",
                "notes[0].title: \"Editorial Note\" → (none)",
                "notes[0].blocks[0].text: \"Views are the author’s.\" → \"Views are the author's.\"",
                "notes[1]: (none) → Note UPDATE \"Update\"");
        assertThat(lines(ARTICLE, ARTICLE.withSections(List.of()).withNotes(List.of()))).containsExactly(
                "sections[0]: Section \"Alaska as Venue\" → (none)",
                "notes[0]: Note EDITORIAL \"Editorial Note\" → (none)");
    }

    @Test
    void richTextWhosePlainTextDiffersShowsThePlainText() {
        assertThat(lines(lead(Paragraph.of(Inline.Emphasis.of("rare"))), lead(Paragraph.of("rarer"))))
                .containsExactly("lead[0].text: \"rare\" → \"rarer\"");
        assertThat(lines(lead(Paragraph.of(new Inline.Text("a"), new Inline.LineBreak(), new Inline.Text("b"))),
                lead(Paragraph.of("a b")))).containsExactly("lead[0].text: \"a\\nb\" → \"a b\"");
        assertThat(lines(lead(new Paragraph(RichText.empty())), lead(Paragraph.of("x"))))
                .containsExactly("lead[0].text: \"\" → \"x\"");
        assertThat(lines(lead(new Table(Optional.of(RichText.empty()), List.of(), List.of())),
                lead(new Table(Optional.empty(), List.of(), List.of()))))
                .containsExactly("lead[0].caption: \"\" → (none)");
    }

    @Test
    void richTextWhoseMarksDifferShowsTheMarks() {
        Paragraph emphasis = Paragraph.of(new Inline.Text("A "), Inline.Emphasis.of("rare"),
                new Inline.Text(" neutrality"));
        Paragraph strong = Paragraph.of(new Inline.Text("A "), Inline.Strong.of("rare"),
                new Inline.Text(" neutrality"));

        assertThat(lines(lead(emphasis), lead(strong))).containsExactly(
                "lead[0].text: \"A \" _\"rare\"_ \" neutrality\" → \"A \" **\"rare\"** \" neutrality\"");
        assertThat(lines(lead(Paragraph.of("A rare neutrality")), lead(emphasis)))
                .containsExactly("lead[0].text: \"A rare neutrality\" → \"A \" _\"rare\"_ \" neutrality\"");
        assertThat(lines(lead(Paragraph.of(new Inline.Text("a"), new Inline.LineBreak(), new Inline.Text("b"))),
                lead(Paragraph.of("a\nb")))).containsExactly("lead[0].text: \"a\" <br> \"b\" → \"a\\nb\"");
        assertThat(lines(lead(Paragraph.of(new Inline.Text("call "), new Inline.Code("f()"))),
                lead(Paragraph.of("call f()")))).containsExactly("lead[0].text: \"call \" `\"f()\"` → \"call f()\"");
        assertThat(lines(lead(Paragraph.of(new Inline.Link("https://a.example/", Optional.of("More"),
                RichText.of("here")))), lead(Paragraph.of("here"))))
                .containsExactly("lead[0].text: [\"here\"](\"https://a.example/\" \"More\") → \"here\"");
        assertThat(lines(lead(Paragraph.of(new Inline.Emphasis(RichText.empty()))),
                lead(Paragraph.of(new Inline.Strong(RichText.empty())))))
                .containsExactly("lead[0].text: _\"\"_ → **\"\"**");
    }

    @Test
    void linksWhoseAddressOrTitleAloneDiffersAreReportedAtTheLink() {
        Paragraph expected = Paragraph.of(new Inline.Text("See "), Inline.Link.of("https://a.example/", "below"),
                new Inline.Text(" and "), new Inline.Emphasis(RichText.of(Inline.Link.of("#x", "there"))));
        Paragraph actual = Paragraph.of(new Inline.Text("See "),
                new Inline.Link("https://b.example/", Optional.of("More"), RichText.of("below")),
                new Inline.Text(" and "), new Inline.Emphasis(RichText.of(Inline.Link.of("#y", "there"))));

        assertThat(lines(lead(expected), lead(actual))).containsExactly(
                "lead[0].text.inlines[1].href: \"https://a.example/\" → \"https://b.example/\"",
                "lead[0].text.inlines[1].title: (none) → \"More\"",
                "lead[0].text.inlines[3].content.inlines[0].href: \"#x\" → \"#y\"");
    }

    /**
     * Rich texts whose inlines are of the same kinds and differ only in a link's address are compared at the link;
     * every other kind of inline must then be the same, or the texts are compared whole.
     */
    @Test
    void richTextsOfTheSameShapeAreComparedAtTheirLinks() {
        Paragraph expected = Paragraph.of(Inline.Strong.of("s"), new Inline.Code("c"), new Inline.LineBreak(),
                Inline.Emphasis.of("e"), Inline.Link.of("https://a.example/", "l"));
        Paragraph actual = Paragraph.of(Inline.Strong.of("s"), new Inline.Code("c"), new Inline.LineBreak(),
                Inline.Emphasis.of("e"), Inline.Link.of("https://b.example/", "l"));

        assertThat(lines(lead(expected), lead(actual)))
                .containsExactly("lead[0].text.inlines[4].href: \"https://a.example/\" → \"https://b.example/\"");
    }

    /** Inlines of the same kind whose text or content differs make rich texts of different shapes. */
    @Test
    void inlinesOfTheSameKindWithOtherContentAreDifferences() {
        assertThat(lines(lead(Paragraph.of(Inline.Emphasis.of("a"))), lead(Paragraph.of(Inline.Emphasis.of("b")))))
                .containsExactly("lead[0].text: \"a\" → \"b\"");
        assertThat(lines(lead(Paragraph.of(Inline.Strong.of("a"))), lead(Paragraph.of(Inline.Strong.of("b")))))
                .containsExactly("lead[0].text: \"a\" → \"b\"");
        assertThat(lines(lead(Paragraph.of(new Inline.Code("a"))), lead(Paragraph.of(new Inline.Code("b")))))
                .containsExactly("lead[0].text: \"a\" → \"b\"");
        assertThat(lines(lead(Paragraph.of(Inline.Link.of("#x", "a"))), lead(Paragraph.of(Inline.Link.of("#x", "b")))))
                .containsExactly("lead[0].text: \"a\" → \"b\"");
    }

    /** A link inside strong text or inside another link is compared where it is. */
    @Test
    void linksNestedInStrongTextAndLinksAreReportedAtTheLink() {
        assertThat(lines(lead(Paragraph.of(new Inline.Strong(RichText.of(Inline.Link.of("#x", "t"))))),
                lead(Paragraph.of(new Inline.Strong(RichText.of(Inline.Link.of("#y", "t")))))))
                .containsExactly("lead[0].text.inlines[0].content.inlines[0].href: \"#x\" → \"#y\"");
        assertThat(lines(
                lead(Paragraph.of(new Inline.Link("#a", Optional.empty(), RichText.of(Inline.Link.of("#x", "t"))))),
                lead(Paragraph.of(new Inline.Link("#a", Optional.empty(), RichText.of(Inline.Link.of("#y", "t")))))))
                .containsExactly("lead[0].text.inlines[0].content.inlines[0].href: \"#x\" → \"#y\"");
    }

    /** Marks that differ on text that does not look alike are written as they are, not escaped. */
    @Test
    void marksOfNonAsciiTextAreWrittenUnescaped() {
        assertThat(lines(lead(Paragraph.of(Inline.Emphasis.of("café"))), lead(Paragraph.of(Inline.Strong.of("café")))))
                .containsExactly("lead[0].text: _\"café\"_ → **\"café\"**");
    }

    @Test
    void publisherName() {
        Metadata other = ARTICLE.metadata().withPublisher(Optional.of(Publisher.of("THE OTHER POST")));

        assertThat(lines(ARTICLE, ARTICLE.withMetadata(other)))
                .containsExactly("metadata.publisher.name: \"THE MAG POST\" → \"THE OTHER POST\"");
    }

    @Test
    void stringsAreQuotedWithJavasEscapes() {
        assertThat(title("a", "He said \"no\"\n\tC:\\dir\r\b\f"))
                .isEqualTo("metadata.title: \"a\" → \"He said \\\"no\\\"\\n\\tC:\\\\dir\\r\\b\\f\"");
        assertThat(title("a b", "a\u00A0b")).isEqualTo("metadata.title: \"a b\" → \"a\\u00A0b\"");
        assertThat(title("xy", "x\u200By")).isEqualTo("metadata.title: \"xy\" → \"x\\u200By\"");
        assertThat(title("x", "x\u0001\u007F\u0085")).isEqualTo("metadata.title: \"x\" → \"x\\u0001\\u007F\\u0085\"");
        assertThat(title("x", "x\uD800")).isEqualTo("metadata.title: \"x\" → \"x\\uD800\"");
        assertThat(title("👍 日本語 café", "👎 日本語 café"))
                .isEqualTo("metadata.title: \"👍 日本語 café\" → \"👎 日本語 café\"");
    }

    @Test
    void valuesThatWouldLookAlikeAreWrittenInAscii() {
        assertThat(title("caf\u00E9", "cafe\u0301")).isEqualTo("metadata.title: \"caf\\u00E9\" → \"cafe\\u0301\"");
        assertThat(title("❄", "❄\uFE0F")).isEqualTo("metadata.title: \"\\u2744\" → \"\\u2744\\uFE0F\"");
        assertThat(title("👍", "👍\uFE0F"))
                .isEqualTo("metadata.title: \"\\uD83D\\uDC4D\" → \"\\uD83D\\uDC4D\\uFE0F\"");
        assertThat(title("ﬁnance", "finance")).isEqualTo("metadata.title: \"\\uFB01nance\" → \"finance\"");
    }

    @Test
    void longValuesAreCutAroundTheirFirstDifference() {
        String a = "a".repeat(100);
        String b = "b".repeat(100);

        assertThat(title(a + "X" + b, a + "Y" + b)).isEqualTo("metadata.title: \"…" + "a".repeat(20) + "X"
                + "b".repeat(39) + "…\" → \"…" + "a".repeat(20) + "Y" + "b".repeat(39) + "…\"");
        assertThat(title("X" + b, "Y" + b))
                .isEqualTo("metadata.title: \"X" + "b".repeat(59) + "…\" → \"Y" + "b".repeat(59) + "…\"");
        assertThat(title(a + "X", a + "Y"))
                .isEqualTo("metadata.title: \"…" + "a".repeat(20) + "X\" → \"…" + "a".repeat(20) + "Y\"");
        assertThat(title("short", "short" + b))
                .isEqualTo("metadata.title: \"short\" → \"short" + "b".repeat(55) + "…\"");
        assertThat(title(a, "")).isEqualTo("metadata.title: \"" + "a".repeat(60) + "…\" → \"\"");
    }

    @Test
    void escapesCountTowardsTheWidthAndTheDifferenceIsAlwaysShown() {
        String newlines = "\n".repeat(100);

        assertThat(title(newlines + "X", newlines + "Y"))
                .isEqualTo("metadata.title: \"…" + "\\n".repeat(10) + "X\" → \"…" + "\\n".repeat(10) + "Y\"");
        assertThat(title("\u0001".repeat(100), "\u0002" + "\u0001".repeat(99))).isEqualTo("metadata.title: \""
                + "\\u0001".repeat(10) + "…\" → \"\\u0002" + "\\u0001".repeat(9) + "…\"");
        assertThat(title("\u0001".repeat(100), "\u0001".repeat(99) + "\u0002")).isEqualTo("metadata.title: \"…"
                + "\\u0001".repeat(4) + "\" → \"…" + "\\u0001".repeat(3) + "\\u0002\"");
    }

    @Test
    void marksOfLongRichTextAreCutAroundTheirFirstDifference() {
        String words = "word ".repeat(30);
        Paragraph emphasis = Paragraph.of(new Inline.Text(words), Inline.Emphasis.of("rare"), new Inline.Text(words));
        Paragraph strong = Paragraph.of(new Inline.Text(words), Inline.Strong.of("rare"), new Inline.Text(words));

        assertThat(lines(lead(emphasis), lead(strong))).containsExactly("lead[0].text: "
                + "…rd word word word \" _\"rare\"_ \"word word word word word word … → "
                + "…rd word word word \" **\"rare\"** \"word word word word word wor…");
    }

    @Test
    void aCutNeverSplitsAnEscape() {
        String hidden = "\u200B".repeat(30) + "x";
        Paragraph emphasis = Paragraph.of(new Inline.Text(hidden), Inline.Emphasis.of("rare"),
                new Inline.Text("\n".repeat(40)));
        Paragraph strong = Paragraph.of(new Inline.Text(hidden), Inline.Strong.of("rare"),
                new Inline.Text("\n".repeat(40)));

        assertThat(lines(lead(emphasis), lead(strong))).containsExactly("lead[0].text: "
                + "…" + "\\u200B".repeat(3) + "x\" _\"rare\"_ \"" + "\\n".repeat(15) + "… → "
                + "…" + "\\u200B".repeat(3) + "x\" **\"rare\"** \"" + "\\n".repeat(14) + "…");
    }

    @Test
    void aHugeTextCostsALineOfBoundedLength() {
        String half = "x".repeat(2_500_000);
        Article expected = lead(Paragraph.of(half + "1" + half));
        Article actual = lead(Paragraph.of(half + "2" + half));

        assertThat(lines(expected, actual)).containsExactly("lead[0].text: \"…" + "x".repeat(20) + "1"
                + "x".repeat(39) + "…\" → \"…" + "x".repeat(20) + "2" + "x".repeat(39) + "…\"");
    }

    @Test
    void formatWritesAtMostMaxLinesThenHowManyMore() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            tags.add("tag " + i);
        }
        Article expected = ARTICLE.withMetadata(ARTICLE.metadata().withTags(tags));
        Article actual = ARTICLE.withMetadata(ARTICLE.metadata().withTags(List.of()));

        ArticleDiff diff = ArticleDiff.between(expected, actual);

        assertThat(diff.differences()).hasSize(25);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add("metadata.tags[" + i + "]: \"tag " + i + "\" → (none)");
        }
        assertThat(diff.toString()).isEqualTo(String.join("\n", all.subList(0, 20)) + "\n… and 5 more");
        assertThat(diff.format(ArticleDiff.DEFAULT_MAX_LINES)).isEqualTo(diff.toString());
        assertThat(diff.format(25)).isEqualTo(String.join("\n", all));
        assertThat(diff.format(100)).isEqualTo(String.join("\n", all));
        assertThat(diff.format(24)).endsWith("tags[23]: \"tag 23\" → (none)\n… and 1 more");
        assertThat(diff.format(1)).isEqualTo(all.get(0) + "\n… and 24 more");
        assertThat(diff.format(0)).isEqualTo("… and 25 more");
        assertThatThrownBy(() -> diff.format(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLines must not be negative, was -1");
    }

    @Test
    void differencesAreUnmodifiable() {
        ArticleDiff diff = ArticleDiff.between(ARTICLE, lead(Paragraph.of("x")));

        assertThatThrownBy(() -> diff.differences().add(new Difference("p", "a", "b")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> diff.differences().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> ArticleDiff.between(null, ARTICLE)).isInstanceOf(NullPointerException.class)
                .hasMessage("expected must not be null");
        assertThatThrownBy(() -> ArticleDiff.between(ARTICLE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("actual must not be null");
        assertThatThrownBy(() -> new Difference(null, "a", "b")).isInstanceOf(NullPointerException.class)
                .hasMessage("path must not be null");
        assertThatThrownBy(() -> new Difference("p", null, "b")).isInstanceOf(NullPointerException.class)
                .hasMessage("expected must not be null");
        assertThatThrownBy(() -> new Difference("p", "a", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("actual must not be null");
    }

    @Test
    void differenceIsOneLine() {
        assertThat(new Difference("metadata.title", "\"A\"", "\"B\"")).hasToString("metadata.title: \"A\" → \"B\"");
    }

    @Test
    void swappingTheArticlesSwapsTheValues() {
        Article actual = lead(Paragraph.of(Inline.Strong.of("Two leaders")), new Divider())
                .withMetadata(ARTICLE.metadata().withTitle("Other"));

        List<Difference> forward = ArticleDiff.between(ARTICLE, actual).differences();
        List<Difference> backward = ArticleDiff.between(actual, ARTICLE).differences();

        assertThat(backward).hasSameSizeAs(forward).isNotEmpty();
        for (int i = 0; i < forward.size(); i++) {
            Difference d = forward.get(i);
            assertThat(backward.get(i)).isEqualTo(new Difference(d.path(), d.actual(), d.expected()));
        }
    }

    private static String title(String expected, String actual) {
        Metadata metadata = ARTICLE.metadata();
        List<String> lines = lines(ARTICLE.withMetadata(metadata.withTitle(expected)),
                ARTICLE.withMetadata(metadata.withTitle(actual)));
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    static List<String> lines(Article expected, Article actual) {
        ArticleDiff diff = ArticleDiff.between(expected, actual);
        assertThat(diff.isEmpty()).isEqualTo(expected.equals(actual));
        return diff.differences().stream().map(Difference::toString).toList();
    }

    static Article lead(Block... blocks) {
        return lead(List.of(blocks));
    }

    static Article lead(List<Block> blocks) {
        return Article.builder().title("T").build().withLead(blocks);
    }
}
