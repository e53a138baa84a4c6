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

/**
 * The entry point of Lede's assertions: {@code assertThat(...)} for articles and their parts, in the manner of
 * AssertJ's {@code Assertions}. Import it statically beside AssertJ's own; the overloads do not clash.
 *
 * <pre>{@code
 * import static dev.lede.assertj.LedeAssertions.assertThat;
 *
 * assertThat(article).isPublishable().hasTitle("US-Russia Alaska Summit: Prospects and Pitfalls");
 * assertThat(article).sectionTitled("Geography as Stage").block(0).isParagraph().containsText("Alaska");
 * }</pre>
 *
 * <p>A block can be checked as a {@link Block} (then {@link BlockAssert#isParagraph()} and its siblings check
 * the kind and lead to the kind's assertions) or, when the static type is already a kind, directly: there is an
 * overload for each kind, as AssertJ has one for {@code List} beside the one for {@code Object}.
 *
 * <p>This class refers to no {@code lede-html} type, so it works without that optional dependency; page imports
 * have their own entry point, {@link LedeImportAssertions}. Stateless and thread-safe; the assertions it makes
 * are not thread-safe, like AssertJ's.
 */
public class LedeAssertions {
    /** Not for instances, but open to subclasses that add entry points. */
    protected LedeAssertions() {}

    /**
     * Starts assertions on an article: its metadata, validity, outline, text, length and parts.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static ArticleAssert assertThat(Article actual) {
        return new ArticleAssert(actual);
    }

    /**
     * Starts assertions on a section: its heading, content, outline, text and subsections.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static SectionAssert assertThat(Section actual) {
        return new SectionAssert(actual);
    }

    /**
     * Starts assertions on a block of any kind: its kind ({@code isParagraph()}, {@code isSummaryTable()}, ...) and text.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static BlockAssert assertThat(Block actual) {
        return new BlockAssert(actual);
    }

    /**
     * Starts assertions on a paragraph: its text.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static ParagraphAssert assertThat(Paragraph actual) {
        return new ParagraphAssert(actual);
    }

    /**
     * Starts assertions on a list: whether it is numbered, and its items.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static ListBlockAssert assertThat(ListBlock actual) {
        return new ListBlockAssert(actual);
    }

    /**
     * Starts assertions on a quote: its text, attribution and blocks.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static QuoteAssert assertThat(Quote actual) {
        return new QuoteAssert(actual);
    }

    /**
     * Starts assertions on a figure: its image and caption.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static FigureAssert assertThat(Figure actual) {
        return new FigureAssert(actual);
    }

    /**
     * Starts assertions on a table: its caption, header and rows.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static TableAssert assertThat(Table actual) {
        return new TableAssert(actual);
    }

    /**
     * Starts assertions on a summary table: its labels, rows, aspects and summaries.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static SummaryTableAssert assertThat(SummaryTable actual) {
        return new SummaryTableAssert(actual);
    }

    /**
     * Starts assertions on a code block: its language and code.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static CodeBlockAssert assertThat(CodeBlock actual) {
        return new CodeBlockAssert(actual);
    }

    /**
     * Starts assertions on a note: its kind, title, text and blocks.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static NoteAssert assertThat(Note actual) {
        return new NoteAssert(actual);
    }

    /**
     * Starts assertions on a rich text: its plain text and markup.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static RichTextAssert assertThat(RichText actual) {
        return new RichTextAssert(actual);
    }

    /**
     * Starts assertions on an article's metadata: title, authors, publisher, date and language.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static MetadataAssert assertThat(Metadata actual) {
        return new MetadataAssert(actual);
    }

    /**
     * Starts assertions on a validation report: its violations.
     *
     * @param actual the value to check; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static ValidationReportAssert assertThat(ValidationReport actual) {
        return new ValidationReportAssert(actual);
    }
}
