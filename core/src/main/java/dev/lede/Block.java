package dev.lede;

/**
 * A unit of article content: a paragraph, a list, a quote, a figure, a table, a summary table, a code block or
 * a divider. A closed family of immutable records; converters dispatch over it with a {@link Visitor}.
 *
 * <p>No component of any block is ever null. All implementations are immutable and safe to share between
 * threads.
 */
public sealed interface Block
        permits Paragraph, ListBlock, Quote, Figure, Table, SummaryTable, CodeBlock, Divider {

    /**
     * Calls the visitor method for this kind of block.
     *
     * @param visitor the visitor; not null
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * The text of this block without markup, as {@link Article#plainText()} writes it.
     *
     * @return the plain text; never null
     */
    default String plainText() {
        return dev.lede.internal.PlainText.of(this);
    }

    /**
     * One method per kind of block, so that a converter handles every kind or does not compile.
     *
     * @param <R> what each visit returns
     */
    interface Visitor<R> {
        /**
         * @param paragraph the paragraph
         * @return the result
         */
        R visitParagraph(Paragraph paragraph);

        /**
         * @param list the list
         * @return the result
         */
        R visitList(ListBlock list);

        /**
         * @param quote the quote
         * @return the result
         */
        R visitQuote(Quote quote);

        /**
         * @param figure the figure
         * @return the result
         */
        R visitFigure(Figure figure);

        /**
         * @param table the table
         * @return the result
         */
        R visitTable(Table table);

        /**
         * @param table the summary table
         * @return the result
         */
        R visitSummaryTable(SummaryTable table);

        /**
         * @param code the code block
         * @return the result
         */
        R visitCode(CodeBlock code);

        /**
         * @param divider the divider
         * @return the result
         */
        R visitDivider(Divider divider);
    }
}
