package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Blank judges rich text and blocks part by part; it must agree with judging their whole plain text. */
class BlankTest {
    private static final RichText BLANK = RichText.of(new Inline.Emphasis(RichText.of(" \u00a0")),
            new Inline.LineBreak(), new Inline.Text("\u2003"));
    private static final RichText WORD = RichText.of(new Inline.Strong(RichText.of(" \u00a0")),
            new Inline.Link("/x", Optional.empty(), RichText.of("word")));

    static Stream<RichText> richTexts() {
        return Stream.of(RichText.empty(), BLANK, WORD, RichText.of(new Inline.Code(" ")),
                RichText.of(new Inline.Code("x")), RichText.of(" \t\n"), RichText.of("\ud83d\ude00"),
                RichText.of(new Inline.Link("/x", Optional.empty(), RichText.of(" \u00a0"))),
                RichText.of(new Inline.Text("\ud83d"), new Inline.Emphasis(RichText.of("\ude00"))));
    }

    static Stream<Block> blocks() {
        Image image = new Image("a.png", "", OptionalInt.empty(), OptionalInt.empty());
        return Stream.of(
                new Paragraph(BLANK), new Paragraph(WORD),
                list(BLANK), list(WORD), new ListBlock(false, 1, List.of(new ListItem(List.of(list(WORD))))),
                new Quote(List.of(new Paragraph(BLANK)), Optional.of(BLANK), Optional.of("https://q")),
                new Quote(List.of(new Paragraph(BLANK)), Optional.of(WORD), Optional.empty()),
                new Quote(List.of(new Paragraph(WORD)), Optional.empty(), Optional.empty()),
                new Figure(image, Optional.of(BLANK), Optional.of(" ")),
                new Figure(image, Optional.of(BLANK), Optional.of("credit")),
                new Figure(image, Optional.of(WORD), Optional.empty()),
                table(Optional.of(BLANK), BLANK, BLANK), table(Optional.of(WORD), BLANK, BLANK),
                table(Optional.empty(), BLANK, WORD), table(Optional.empty(), WORD, BLANK),
                summary(Optional.of(BLANK), " ", BLANK), summary(Optional.empty(), "aspect", BLANK),
                summary(Optional.empty(), " ", WORD),
                new CodeBlock(Optional.of("java"), " \n "), new CodeBlock(Optional.empty(), "x"), new Divider());
    }

    private static ListBlock list(RichText text) {
        return new ListBlock(true, 1, List.of(new ListItem(List.of(new Paragraph(BLANK))),
                new ListItem(List.of(new Paragraph(text)))));
    }

    private static Table table(Optional<RichText> caption, RichText head, RichText body) {
        return new Table(caption, List.of(TableRow.of(new TableCell(head, true, 1, 1))),
                List.of(TableRow.of(new TableCell(BLANK, false, 1, 1), new TableCell(body, false, 1, 1))));
    }

    private static SummaryTable summary(Optional<RichText> caption, String label, RichText cell) {
        return new SummaryTable(caption, label, " ", List.of(new SummaryRow(BLANK, cell)));
    }

    @ParameterizedTest
    @MethodSource("richTexts")
    void richTextIsBlankExactlyWhenItsPlainTextIs(RichText text) {
        assertThat(Blank.isBlank(text)).isEqualTo(Blank.isBlank(PlainText.of(text)));
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void blockIsBlankExactlyWhenItsPlainTextIs(Block block) {
        assertThat(Blank.isBlank(block)).isEqualTo(Blank.isBlank(PlainText.of(block)));
    }

    @Test
    void theCasesCoverBothAnswers() {
        assertThat(blocks().map(Blank::isBlank)).contains(true, false);
        assertThat(richTexts().map(Blank::isBlank)).contains(true, false);
    }

    @Test
    void whitespaceAndSpaceSeparatorsAreBlankOtherCharactersAreNot() {
        assertThat(Blank.isBlank("")).isTrue();
        assertThat(Blank.isBlank(" \t\r\n\u00a0\u2007\u202f\u3000")).isTrue();
        assertThat(Blank.isBlank(" .")).isFalse();
        assertThat(Blank.isBlank("\u200b")).isFalse();
        assertThat(Blank.isBlank("\ud83d")).isFalse();
    }
}
