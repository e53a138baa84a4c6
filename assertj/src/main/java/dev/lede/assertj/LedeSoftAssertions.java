package dev.lede.assertj;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.validation.ValidationReport;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions: every failure is collected and reported together by {@link #assertAll()} (or by AssertJ's
 * JUnit 5 extension at the end of the test). Holds AssertJ's standard soft assertions too
 * ({@code softly.assertThat("text")}), and Lede's for articles and their parts.
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class SeedTest {
 *     @InjectSoftAssertions
 *     LedeSoftAssertions softly;
 *
 *     @Test
 *     void checksEverything() {
 *         softly.assertThat(article).hasTitle("...").isPublishable();
 *         softly.assertThat(article).section("geography-as-stage").containsText("juxtaposition");
 *     }
 * }
 * }</pre>
 *
 * <p>Navigating to a part that is missing records one failure; the checks on that part are then skipped, rather
 * than each failing again. This class refers to no {@code lede-html} type; {@link LedeImportSoftAssertions}
 * adds page imports. Not thread-safe: one instance per test, as AssertJ's {@code SoftAssertions}.
 */
public class LedeSoftAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {
    /** Creates an instance that has collected nothing yet. */
    public LedeSoftAssertions() {}

    /** Makes a soft assertion whose navigation is soft too. */
    final <A extends AbstractLedeAssert<A, T>, T> A soft(Class<A> type, Class<T> actualType, T actual) {
        A assertion = proxy(type, actualType, actual);
        assertion.softly(this);
        return assertion;
    }

    /**
     * Starts soft assertions on an article: its metadata, validity, outline, text, length and parts.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public ArticleAssert assertThat(Article actual) {
        return soft(ArticleAssert.class, Article.class, actual);
    }

    /**
     * Starts soft assertions on a section: its heading, content, outline, text and subsections.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public SectionAssert assertThat(Section actual) {
        return soft(SectionAssert.class, Section.class, actual);
    }

    /**
     * Starts soft assertions on a block of any kind: its kind ({@code isParagraph()}, {@code isSummaryTable()}, ...) and text.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public BlockAssert assertThat(Block actual) {
        return soft(BlockAssert.class, Block.class, actual);
    }

    /**
     * Starts soft assertions on a paragraph: its text.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public ParagraphAssert assertThat(Paragraph actual) {
        return soft(ParagraphAssert.class, Paragraph.class, actual);
    }

    /**
     * Starts soft assertions on a list: whether it is numbered, and its items.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public ListBlockAssert assertThat(ListBlock actual) {
        return soft(ListBlockAssert.class, ListBlock.class, actual);
    }

    /**
     * Starts soft assertions on a quote: its text, attribution and blocks.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public QuoteAssert assertThat(Quote actual) {
        return soft(QuoteAssert.class, Quote.class, actual);
    }

    /**
     * Starts soft assertions on a figure: its image and caption.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public FigureAssert assertThat(Figure actual) {
        return soft(FigureAssert.class, Figure.class, actual);
    }

    /**
     * Starts soft assertions on a table: its caption, header and rows.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public TableAssert assertThat(Table actual) {
        return soft(TableAssert.class, Table.class, actual);
    }

    /**
     * Starts soft assertions on a summary table: its labels, rows, aspects and summaries.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public SummaryTableAssert assertThat(SummaryTable actual) {
        return soft(SummaryTableAssert.class, SummaryTable.class, actual);
    }

    /**
     * Starts soft assertions on a code block: its language and code.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public CodeBlockAssert assertThat(CodeBlock actual) {
        return soft(CodeBlockAssert.class, CodeBlock.class, actual);
    }

    /**
     * Starts soft assertions on a note: its kind, title, text and blocks.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public NoteAssert assertThat(Note actual) {
        return soft(NoteAssert.class, Note.class, actual);
    }

    /**
     * Starts soft assertions on a rich text: its plain text and markup.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public RichTextAssert assertThat(RichText actual) {
        return soft(RichTextAssert.class, RichText.class, actual);
    }

    /**
     * Starts soft assertions on an article's metadata: title, authors, publisher, date and language.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public MetadataAssert assertThat(Metadata actual) {
        return soft(MetadataAssert.class, Metadata.class, actual);
    }

    /**
     * Starts soft assertions on a validation report: its violations.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public ValidationReportAssert assertThat(ValidationReport actual) {
        return soft(ValidationReportAssert.class, ValidationReport.class, actual);
    }
}
