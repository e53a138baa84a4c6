package dev.lede.diff;

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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One block of every kind, for the diff's tests. */
final class Samples {
    private Samples() {}

    static List<Block> everyBlock() {
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
}
