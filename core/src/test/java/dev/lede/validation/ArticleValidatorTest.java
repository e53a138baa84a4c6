package dev.lede.validation;

import static dev.lede.validation.Articles.publishable;
import static dev.lede.validation.Articles.section;
import static dev.lede.validation.Articles.withLead;
import static dev.lede.validation.Articles.withSections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.Article;
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
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleValidatorTest {
    private static final ArticleValidator VALIDATOR = ArticleValidator.standard();

    private static List<Tuple> found(ValidationReport report) {
        return report.violations().stream().map(v -> tuple(v.path(), v.code(), v.severity())).toList();
    }

    private static Tuple error(String path, String code) {
        return tuple(path, code, Severity.ERROR);
    }

    private static Article withMetadata(UnaryOperator<Metadata> change) {
        Article article = publishable();
        return article.withMetadata(change.apply(article.metadata()));
    }

    @Test
    void publishableArticleHasEmptyReports() {
        assertThat(VALIDATOR.validate(publishable()).violations()).isEmpty();
        assertThat(VALIDATOR.validatePublishable(publishable()).violations()).isEmpty();
    }

    @Test
    void standardIsOneSharedInstance() {
        assertThat(ArticleValidator.standard()).isSameAs(ArticleValidator.standard());
        assertThat(ArticleValidator.standard().maxDepth()).isEqualTo(ArticleValidator.DEFAULT_MAX_DEPTH);
    }

    @Test
    void nullArticleIsAProgrammingError() {
        assertThatThrownBy(() -> VALIDATOR.validate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("article must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00a0", "\u2003\u00a0 ", "\u3000"})
    void blankTitle(String title) {
        assertThat(found(VALIDATOR.validate(withMetadata(m -> m.withTitle(title)))))
                .containsExactly(error("metadata.title", "title.blank"));
    }

    @Test
    void titleOfThreeHundredCharactersIsTheLongestAllowed() {
        assertThat(VALIDATOR.validate(withMetadata(m -> m.withTitle("t".repeat(300)))).violations()).isEmpty();
        ValidationReport report = VALIDATOR.validate(withMetadata(m -> m.withTitle("t".repeat(301))));
        assertThat(found(report)).containsExactly(error("metadata.title", "title.too-long"));
        assertThat(report.violations().get(0).message()).isEqualTo("title must be at most 300 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00a0\u00a0", "\u2028"})
    void blankParagraph(String text) {
        assertThat(found(VALIDATOR.validate(withLead(Paragraph.of("Fine."), Paragraph.of(text)))))
                .containsExactly(error("lead[1].text", "paragraph.blank"));
    }

    @Test
    void paragraphOfMarkupAroundWhitespaceIsBlank() {
        Paragraph markup = Paragraph.of(Inline.Emphasis.of(" "), new Inline.Strong(RichText.of("\u00a0")));
        assertThat(found(VALIDATOR.validate(withLead(markup)))).containsExactly(error("lead[0].text", "paragraph.blank"));
    }

    @Test
    void paragraphOfOnlyALineBreakIsBlank() {
        assertThat(found(VALIDATOR.validate(withLead(Paragraph.of(new Inline.LineBreak())))))
                .containsExactly(error("lead[0].text", "paragraph.blank"));
    }

    @Test
    void blankHeading() {
        Article article = withSections(section("one", "One", List.of()), section("two", " \u00a0", List.of()));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(error("sections[1].heading", "heading.blank"));
    }

    @Test
    void blankListItem() {
        ListBlock list = new ListBlock(true, 3, List.of(ListItem.of("Fine"), ListItem.of(new Divider()),
                new ListItem(List.of())));
        Article article = withSections(new Section("s", RichText.of("S"), List.of(Paragraph.of("p"), list), List.of()));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(
                error("sections[0].blocks[1].items[1]", "list-item.blank"),
                error("sections[0].blocks[1].items[2]", "list-item.blank"));
    }

    @Test
    void listItemHoldingABlankParagraphIsReportedWithTheParagraph() {
        Article article = withLead(ListBlock.bulleted("a", " "));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(
                error("lead[0].items[1]", "list-item.blank"),
                error("lead[0].items[1].blocks[0].text", "paragraph.blank"));
    }

    @Test
    void listItemWithTextInANestedListIsNotBlank() {
        ListItem nested = ListItem.of(new Divider(), ListBlock.bulleted("inner"));
        assertThat(VALIDATOR.validate(withLead(new ListBlock(false, 1, List.of(nested)))).violations()).isEmpty();
    }

    @Test
    void duplicateSectionIdsAtAnyDepth() {
        Article article = withSections(
                section("overview", "Overview", List.of(section("detail", "Detail", List.of()))),
                section("other", "Other", List.of(section("overview", "Overview again", List.of()))),
                section("detail", "Detail again", List.of()));
        ValidationReport report = VALIDATOR.validate(article);
        assertThat(found(report)).containsExactly(
                error("sections[1].subsections[0].id", "section-id.duplicate"),
                error("sections[2].id", "section-id.duplicate"));
        assertThat(report.violations()).extracting(Violation::message).containsExactly(
                "section id is already used by sections[0]", "section id is already used by sections[0].subsections[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bad Id", "-lead", "trail-", "two--hyphens", "UPPER", "under_score", "a b"})
    void malformedSectionId(String id) {
        Article article = withSections(section("fine", "Fine", List.of(section(id, "Heading", List.of()))));
        assertThat(found(VALIDATOR.validate(article)))
                .containsExactly(error("sections[0].subsections[0].id", "section-id.malformed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "geography-as-stage", "2025", "überblick", "日本語", "h2-1"})
    void wellFormedSectionId(String id) {
        assertThat(VALIDATOR.validate(withSections(section(id, "Heading", List.of()))).violations()).isEmpty();
    }

    @Test
    void sectionsNestAtMostFiveLevels() {
        Section level6 = section("l6", "6", List.of(section("l7", "7", List.of())));
        Section tree = section("l1", "1", List.of(section("l2", "2", List.of(section("l3", "3", List.of(
                section("l4", "4", List.of(section("l5", "5", List.of(level6))))))))));
        Article article = withSections(section("fine", "Fine", List.of()), tree, section("l6b", "x", List.of()));
        ValidationReport report = VALIDATOR.validate(article);
        assertThat(found(report)).containsExactly(error(
                "sections[1].subsections[0].subsections[0].subsections[0].subsections[0].subsections[0]",
                "section.too-deep"));
        assertThat(report.violations().get(0).message()).isEqualTo("sections nest at most 5 levels (h2 to h6)");
    }

    /**
     * Issue 12, "rendered pages do not always conform to HTML": an address that is not a valid URL string
     * (which the renderer writes as it is, and HTML refuses) is {@code url.invalid}, everywhere an address is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"//cdn.example.org/a b.gif", "https://x/detail-{{size}}.jpg", "/a?q=[]", "50%",
        "https://:0", " /padded"})
    void invalidContentUrlsEverywhere(String url) {
        Article article = publishable()
                .withHero(Optional.of(Figure.of(url, "Alt", "Caption")))
                .withLead(List.of(
                        Paragraph.of(new Inline.Text("See "), Inline.Link.of(url, "this")),
                        new Quote(List.of(Paragraph.of("Quoted.")), Optional.empty(), Optional.of(url))));
        ValidationReport report = VALIDATOR.validate(article);
        assertThat(found(report)).containsExactly(
                error("hero.image.src", "url.invalid"),
                error("lead[0].text.inlines[1].href", "url.invalid"),
                error("lead[1].source", "url.invalid"));
        assertThat(report.violations().get(0).message()).startsWith("address must be a valid URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:x", " javascript:x", "java\tscript:x",
        "java\u0000script:x", "vbscript:x", "file:///etc/passwd", "data:text/html,<b>hi</b>"})
    void unsafeContentUrlsEverywhere(String url) {
        Article article = publishable()
                .withHero(Optional.of(Figure.of(url, "Alt", "Caption")))
                .withLead(List.of(
                        Paragraph.of(new Inline.Text("See "), Inline.Link.of(url, "this")),
                        Paragraph.of(new Inline.Strong(RichText.of(new Inline.Emphasis(RichText.of(Inline.Link.of(url, "x")))))),
                        Figure.of(Image.of(url, "Alt")),
                        new Quote(List.of(Paragraph.of("Quoted.")), Optional.empty(), Optional.of(url))));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(
                error("hero.image.src", "url.unsafe-scheme"),
                error("lead[0].text.inlines[1].href", "url.unsafe-scheme"),
                error("lead[1].text.inlines[0].content.inlines[0].content.inlines[0].href", "url.unsafe-scheme"),
                error("lead[2].image.src", "url.unsafe-scheme"),
                error("lead[3].source", "url.unsafe-scheme"));
    }

    @Test
    void linksAreCheckedWhereverRichTextGoes() {
        RichText bad = RichText.of(Inline.Link.of("javascript:x", "x"));
        Table table = new Table(Optional.of(bad), List.of(new TableRow(List.of(new TableCell(bad, true, 1, 1)))),
                List.of(new TableRow(List.of(new TableCell(bad, false, 1, 1)))));
        SummaryTable summary = new SummaryTable(Optional.of(bad), "Aspect", "Summary",
                List.of(new SummaryRow(bad, bad)));
        Figure figure = new Figure(Image.of("/a.png", "Alt"), Optional.of(bad), Optional.empty());
        Quote quote = new Quote(List.of(new Paragraph(bad)), Optional.of(bad), Optional.empty());
        Section section = new Section("s", bad, List.of(table, summary, figure, quote), List.of());
        Note note = new Note(NoteKind.CORRECTION, Optional.empty(), List.of(new Paragraph(bad)));
        Article article = publishable().withHero(Optional.of(figure)).withLead(List.of())
                .withSections(List.of(section)).withNotes(List.of(note));
        assertThat(VALIDATOR.validate(article).violations()).extracting(Violation::path).containsExactly(
                "hero.caption.inlines[0].href",
                "sections[0].heading.inlines[0].href",
                "sections[0].blocks[0].caption.inlines[0].href",
                "sections[0].blocks[0].head[0].cells[0].content.inlines[0].href",
                "sections[0].blocks[0].body[0].cells[0].content.inlines[0].href",
                "sections[0].blocks[1].caption.inlines[0].href",
                "sections[0].blocks[1].rows[0].aspect.inlines[0].href",
                "sections[0].blocks[1].rows[0].summary.inlines[0].href",
                "sections[0].blocks[2].caption.inlines[0].href",
                "sections[0].blocks[3].blocks[0].text.inlines[0].href",
                "sections[0].blocks[3].attribution.inlines[0].href",
                "notes[0].blocks[0].text.inlines[0].href");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x", "http://x", "mailto:a@b", "/relative", "relative/path", "#anchor", "?q=1",
        "//example.org/x"})
    void safeContentUrlsEverywhere(String url) {
        Article article = publishable()
                .withHero(Optional.of(Figure.of(url, "Alt", "Caption")))
                .withLead(List.of(Paragraph.of(Inline.Link.of(url, "this")), Figure.of(Image.of(url, "Alt")),
                        new Quote(List.of(Paragraph.of("Quoted.")), Optional.empty(), Optional.of(url))));
        assertThat(VALIDATOR.validate(article).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative", "//example.org/x", "mailto:a@b", "ftp://example.org", "urn:isbn:1"})
    void metadataUrlsMustBeAbsoluteHttp(String url) {
        Optional<URI> uri = Optional.of(URI.create(url));
        Article article = withMetadata(m -> m.withCanonicalUrl(uri)
                .withAuthors(List.of(Contributor.of("A"), new Contributor("B", uri)))
                .withPublisher(Optional.of(new Publisher("P", uri))));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(
                error("metadata.authors[1].url", "url.unsafe-scheme"),
                error("metadata.publisher.url", "url.unsafe-scheme"),
                error("metadata.canonicalUrl", "url.unsafe-scheme"));
    }

    @Test
    void missingAltTextIsAWarningByDefaultAndAnErrorWhenPublishing() {
        Article article = withLead(Paragraph.of("Text."), Figure.of(Image.of("/a.png", "")),
                Figure.of(Image.of("/b.png", "\u00a0")));
        ValidationReport report = VALIDATOR.validate(article);
        assertThat(found(report)).containsExactly(
                tuple("lead[1].image.alt", "image.alt-missing", Severity.WARNING),
                tuple("lead[2].image.alt", "image.alt-missing", Severity.WARNING));
        assertThat(report.isValid()).isTrue();
        assertThat(found(VALIDATOR.validatePublishable(article))).containsExactly(
                error("lead[1].image.alt", "image.alt-missing"),
                error("lead[2].image.alt", "image.alt-missing"));
    }

    @Test
    void summaryTableWithoutRows() {
        assertThat(found(VALIDATOR.validate(withLead(SummaryTable.of("Aspect", "Summary")))))
                .containsExactly(error("lead[0].rows", "summary-table.empty"));
    }

    @Test
    void summaryTableWithBlankCells() {
        SummaryTable table = SummaryTable.of("Aspect", "Summary", SummaryRow.of("Players", "Two"),
                SummaryRow.of(" ", "Text"), SummaryRow.of("Venue", "\u00a0"));
        assertThat(found(VALIDATOR.validate(withLead(table)))).containsExactly(
                error("lead[0].rows[1].aspect", "summary-table.cell-blank"),
                error("lead[0].rows[2].summary", "summary-table.cell-blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_US", "english-language-tag", "e", "en-", "-en", "en US"})
    void malformedLanguage(String tag) {
        assertThat(found(VALIDATOR.validate(withMetadata(m -> m.withLanguage(Optional.of(tag))))))
                .containsExactly(error("metadata.language", "language.malformed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "zh-Hant-TW", "de-CH-1996", "x-private", "sr-Latn"})
    void wellFormedLanguage(String tag) {
        assertThat(VALIDATOR.validate(withMetadata(m -> m.withLanguage(Optional.of(tag)))).violations()).isEmpty();
    }

    @Test
    void publishedAfterModified() {
        Article article = withMetadata(m -> m
                .withPublished(Optional.of(OffsetDateTime.parse("2025-08-10T10:00:00Z")))
                .withModified(Optional.of(OffsetDateTime.parse("2025-08-10T11:59:59+02:00"))));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(error("metadata.published", "dates.out-of-order"));
    }

    @Test
    void equalInstantsAreInOrder() {
        Article article = withMetadata(m -> m
                .withPublished(Optional.of(OffsetDateTime.parse("2025-08-10T10:00:00Z")))
                .withModified(Optional.of(OffsetDateTime.parse("2025-08-10T12:00:00+02:00"))));
        assertThat(VALIDATOR.validate(article).violations()).isEmpty();
    }

    @Test
    void draftPassesDefaultRulesButNotPublishableOnes() {
        Article draft = Article.builder().title("A draft").lead("Some text.").build();
        assertThat(VALIDATOR.validate(draft).violations()).isEmpty();
        assertThat(found(VALIDATOR.validatePublishable(draft))).containsExactly(
                error("metadata.publisher", "publisher.missing"),
                error("metadata.published", "published.missing"),
                error("hero", "hero.missing"));
    }

    @Test
    void publishableArticleNeedsContent() {
        Article empty = publishable().withLead(List.of()).withSections(List.of());
        assertThat(VALIDATOR.validate(empty).violations()).isEmpty();
        assertThat(found(VALIDATOR.validatePublishable(empty))).containsExactly(error("", "content.missing"));
        assertThat(VALIDATOR.validatePublishable(publishable().withLead(List.of())).violations()).isEmpty();
        assertThat(VALIDATOR.validatePublishable(publishable().withSections(List.of())).violations()).isEmpty();
    }

    @Test
    void publishableHeroNeedsAltText() {
        Article article = publishable().withHero(Optional.of(Figure.of("/hero.jpg", "", "Caption")));
        assertThat(found(VALIDATOR.validate(article)))
                .containsExactly(tuple("hero.image.alt", "image.alt-missing", Severity.WARNING));
        assertThat(found(VALIDATOR.validatePublishable(article))).containsExactly(error("hero.image.alt", "image.alt-missing"));
    }

    @Test
    void violationsComeInReadingOrder() {
        Article article = withSections(section("Bad Id", " ", List.of()), section("ok", "Ok", List.of()))
                .withLead(List.of(Paragraph.of(" "), new Quote(List.of(Paragraph.of(" ")), Optional.empty(),
                        Optional.of("javascript:x"))))
                .withHero(Optional.of(Figure.of("data:x", "", "Caption")))
                .withMetadata(Metadata.of(" ").withLanguage(Optional.of("en_GB")));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(
                error("metadata.title", "title.blank"),
                error("metadata.language", "language.malformed"),
                error("hero.image.src", "url.unsafe-scheme"),
                tuple("hero.image.alt", "image.alt-missing", Severity.WARNING),
                error("lead[0].text", "paragraph.blank"),
                error("lead[1].blocks[0].text", "paragraph.blank"),
                error("lead[1].source", "url.unsafe-scheme"),
                error("sections[0].id", "section-id.malformed"),
                error("sections[0].heading", "heading.blank"));
    }

    @Test
    void aPartUsedTwiceIsReportedAtBothPlaces() {
        Paragraph blank = Paragraph.of(" ");
        RichText unsafe = RichText.of(new Inline.Emphasis(RichText.of(Inline.Link.of("javascript:x", "x"))));
        Quote quote = new Quote(List.of(blank), Optional.empty(), Optional.empty());
        ListItem empty = new ListItem(List.of());
        Article article = withLead(blank, new Paragraph(unsafe), quote, new Paragraph(unsafe), quote,
                new ListBlock(false, 1, List.of(empty, empty)));
        assertThat(found(VALIDATOR.validate(article))).containsExactly(
                error("lead[0].text", "paragraph.blank"),
                error("lead[1].text.inlines[0].content.inlines[0].href", "url.unsafe-scheme"),
                error("lead[2].blocks[0].text", "paragraph.blank"),
                error("lead[3].text.inlines[0].content.inlines[0].href", "url.unsafe-scheme"),
                error("lead[4].blocks[0].text", "paragraph.blank"),
                error("lead[5].items[0]", "list-item.blank"),
                error("lead[5].items[1]", "list-item.blank"));
    }

    @Test
    void everyMessageIsResolved() {
        Article article = withSections(section("Bad", " ", List.of()), section("bad", "x", List.of()),
                section("bad", "x", List.of()))
                .withLead(List.of(Paragraph.of(" "), ListBlock.bulleted(" "), SummaryTable.of("A", "S"),
                        SummaryTable.of("A", "S", SummaryRow.of(" ", " ")), Figure.of(Image.of("javascript:x", ""))))
                .withHero(Optional.empty())
                .withMetadata(Metadata.of(" ".repeat(301)).withLanguage(Optional.of("_"))
                        .withPublished(Optional.of(OffsetDateTime.parse("2025-01-02T00:00:00Z")))
                        .withModified(Optional.of(OffsetDateTime.parse("2025-01-01T00:00:00Z"))));
        ValidationReport report = VALIDATOR.validatePublishable(article);
        assertThat(report.violations()).extracting(Violation::code).contains("title.blank", "title.too-long",
                "language.malformed", "dates.out-of-order", "publisher.missing", "hero.missing", "paragraph.blank",
                "list-item.blank", "summary-table.empty", "summary-table.cell-blank", "url.unsafe-scheme",
                "image.alt-missing", "section-id.malformed", "heading.blank", "section-id.duplicate");
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank()
                .doesNotContain("{", "}", "lede.", "$"));
    }

    @Test
    void builderChecksMaxDepth() {
        assertThat(ArticleValidator.builder().maxDepth(1).build().maxDepth()).isEqualTo(1);
        assertThat(ArticleValidator.builder().maxDepth(ArticleValidator.MAX_MAX_DEPTH).build().rebuild().build()
                .maxDepth()).isEqualTo(ArticleValidator.MAX_MAX_DEPTH);
        assertThatThrownBy(() -> ArticleValidator.builder().maxDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be between 1 and 128, was 0");
        assertThatThrownBy(() -> ArticleValidator.builder().maxDepth(ArticleValidator.MAX_MAX_DEPTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderChecksMaxViolations() {
        ArticleValidator one = ArticleValidator.builder().maxViolations(1).build();
        assertThat(one.maxViolations()).isEqualTo(1);
        assertThat(found(one.validate(withLead(Paragraph.of(" "), Paragraph.of(" "))))).containsExactly(
                error("lead[0].text", "paragraph.blank"), error("", "report.truncated"));
        assertThatThrownBy(() -> ArticleValidator.builder().maxViolations(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxViolations must be at least 1, was 0");
    }

    /**
     * Violations at one path are ordered by their code, whichever rule found them first and whatever their
     * messages say: a link's address is checked before its lone surrogates, and the title's length (Hibernate
     * Validator's rule) before the metadata's lone surrogates.
     */
    @Test
    void violationsAtOnePathComeInTheOrderOfTheirCodes() {
        Article link = withLead(Paragraph.of(Inline.Link.of("javascript:\uD800", "x")));
        assertThat(found(VALIDATOR.validate(link))).containsExactly(
                error("lead[0].text.inlines[0].href", "text.lone-surrogate"),
                error("lead[0].text.inlines[0].href", "url.unsafe-scheme"));

        String title = "\uD800" + "t".repeat(300);
        assertThat(found(VALIDATOR.validate(withMetadata(m -> m.withTitle(title))))).containsExactly(
                error("metadata.title", "text.lone-surrogate"), error("metadata.title", "title.too-long"));
    }

    @Test
    void noExpressionLanguageOnTheClassPath() {
        for (String name : List.of("jakarta.el.ExpressionFactory", "org.glassfish.expressly.ExpressionFactoryImpl",
                "com.sun.el.ExpressionFactoryImpl", "javax.el.ExpressionFactory")) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
