package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 2, -1, Integer.MAX_VALUE})
    void bulletedListMustStartAtOne(int start) {
        assertThatThrownBy(() -> new ListBlock(false, start, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must be 1 for a bulleted list, was " + start);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, -3})
    void numberedListMayStartAnywhere(int start) {
        assertThat(new ListBlock(true, start, List.of()).start()).isEqualTo(start);
    }

    @Test
    void listFactoriesMakeOneParagraphItemsFromOne() {
        assertThat(ListBlock.bulleted("a", "b")).isEqualTo(
                new ListBlock(false, 1, List.of(ListItem.of(Paragraph.of("a")), ListItem.of(Paragraph.of("b")))));
        assertThat(ListBlock.numbered("a")).isEqualTo(new ListBlock(true, 1, List.of(ListItem.of("a"))));
        assertThat(ListItem.of("a").blocks()).containsExactly(Paragraph.of("a"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void tableCellSpansMustBeAtLeastOne(int span) {
        assertThatThrownBy(() -> new TableCell(RichText.of("x"), false, span, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("colspan must be at least 1, was " + span);
        assertThatThrownBy(() -> new TableCell(RichText.of("x"), false, 1, span))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rowspan must be at least 1, was " + span);
    }

    @Test
    void tableCellAcceptsWideSpans() {
        TableCell cell = new TableCell(RichText.of("x"), true, 3, 2);
        assertThat(cell.colspan()).isEqualTo(3);
        assertThat(cell.rowspan()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void imageSizeMustBePositive(int size) {
        assertThatThrownBy(() -> new Image("a.jpg", "a", OptionalInt.of(size), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width must be positive, was " + size);
        assertThatThrownBy(() -> new Image("a.jpg", "a", OptionalInt.empty(), OptionalInt.of(size)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("height must be positive, was " + size);
    }

    @Test
    void imageSizeIsOptional() {
        assertThat(Image.of("a.jpg", "").width()).isEmpty();
        assertThat(new Image("a.jpg", "a", OptionalInt.of(1), OptionalInt.of(2)).height()).hasValue(2);
    }

    @Test
    void tableRowWidthCountsColspans() {
        TableRow row = TableRow.of(TableCell.of("a"), new TableCell(RichText.of("b"), false, 3, 1),
                new TableCell(RichText.of("c"), false, 1, 4));
        assertThat(row.width()).isEqualTo(5);
        assertThat(TableRow.of().width()).isZero();
    }

    @Test
    void tableOfMakesHeaderCellsThenDataRows() {
        Table table = Table.of(List.of("Day", "Event"), List.of(List.of("1", "Arrival")));
        assertThat(table.caption()).isEmpty();
        assertThat(table.head()).containsExactly(TableRow.of(TableCell.header("Day"), TableCell.header("Event")));
        assertThat(table.body()).containsExactly(TableRow.of(TableCell.of("1"), TableCell.of("Arrival")));
        assertThat(table.head().get(0).cells()).allMatch(TableCell::header);
        assertThat(table.body().get(0).cells()).noneMatch(TableCell::header);
    }

    @Test
    void smallFactoriesFillTheExpectedComponents() {
        assertThat(Quote.of("q", "who")).isEqualTo(
                new Quote(List.of(Paragraph.of("q")), Optional.of(RichText.of("who")), Optional.empty()));
        assertThat(Figure.of("a.jpg", "alt", "caption")).isEqualTo(
                new Figure(Image.of("a.jpg", "alt"), Optional.of(RichText.of("caption")), Optional.empty()));
        assertThat(Figure.of(Image.of("a.jpg", "alt")).caption()).isEmpty();
        assertThat(CodeBlock.of("java", "  x\n")).isEqualTo(new CodeBlock(Optional.of("java"), "  x\n"));
        assertThat(SummaryTable.of("Aspect", "Summary", SummaryRow.of("a", "b")).rows())
                .containsExactly(new SummaryRow(RichText.of("a"), RichText.of("b")));
        assertThat(Note.of(NoteKind.CORRECTION, "t", "x"))
                .isEqualTo(new Note(NoteKind.CORRECTION, Optional.of("t"), List.of(Paragraph.of("x"))));
        assertThat(new Divider()).isEqualTo(new Divider()).hasSameHashCodeAs(new Divider());
    }

    @Test
    void varargsFactoriesNameANullElement() {
        assertThatThrownBy(() -> TableRow.of(TableCell.of("a"), null)).hasMessage("cells[1] must not be null");
        assertThatThrownBy(() -> ListItem.of(Paragraph.of("a"), null)).hasMessage("blocks[1] must not be null");
        assertThatThrownBy(() -> SummaryTable.of("a", "b", (SummaryRow) null)).hasMessage("rows[0] must not be null");
        assertThatThrownBy(() -> Paragraph.of((Inline) null)).hasMessage("inlines[0] must not be null");
    }

    @Test
    void samplesCoverEveryBlockKind() {
        assertThat(Samples.everyBlock()).extracting(Object::getClass)
                .containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());
    }

    private enum Kind { PARAGRAPH, LIST, QUOTE, FIGURE, TABLE, SUMMARY_TABLE, CODE, DIVIDER }

    @Test
    void visitorCallsTheMethodForEachKindOnce() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        Block.Visitor<Kind> counting = new Block.Visitor<>() {
            @Override
            public Kind visitParagraph(Paragraph paragraph) {
                return count(Kind.PARAGRAPH);
            }

            @Override
            public Kind visitList(ListBlock list) {
                return count(Kind.LIST);
            }

            @Override
            public Kind visitQuote(Quote quote) {
                return count(Kind.QUOTE);
            }

            @Override
            public Kind visitFigure(Figure figure) {
                return count(Kind.FIGURE);
            }

            @Override
            public Kind visitTable(Table table) {
                return count(Kind.TABLE);
            }

            @Override
            public Kind visitSummaryTable(SummaryTable table) {
                return count(Kind.SUMMARY_TABLE);
            }

            @Override
            public Kind visitCode(CodeBlock code) {
                return count(Kind.CODE);
            }

            @Override
            public Kind visitDivider(Divider divider) {
                return count(Kind.DIVIDER);
            }

            private Kind count(Kind kind) {
                counts.merge(kind, 1, Integer::sum);
                return kind;
            }
        };

        List<Kind> results = Samples.everyBlock().stream().map(block -> block.accept(counting)).toList();

        assertThat(results).containsExactly(Kind.values());
        assertThat(counts).hasSize(Kind.values().length).allSatisfy((kind, count) -> assertThat(count).isOne());
    }
}
