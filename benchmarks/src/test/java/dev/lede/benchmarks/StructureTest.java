package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void htmlCountsHeadingsOtherThanTheTitleTablesItemsAndFigures() {
        String html = "<h1>The  Title</h1><h2>One</h2><h3>Two</h3>"
                + "<ul><li>a<ol><li>b</li></ol></li></ul>"
                + "<table><tr><td>x</td></tr></table>"
                + "<figure><img src=a.png><figcaption>c</figcaption></figure><p><img src=b.png></p>";

        assertThat(Structure.of(Jsoup.parse(html).body(), "the title")).isEqualTo(new Structure(2, 1, 2, 2));
    }

    @Test
    void articleCountsSectionsTablesNestedItemsAndFiguresIncludingTheHero() {
        Article article = Article.builder()
                .title("T")
                .hero("hero.png", "hero", "caption")
                .lead(new ListBlock(false, 1, List.of(
                        ListItem.of(Paragraph.of("a"), ListBlock.numbered("b", "c")))))
                .section("One", s -> s
                        .block(Table.of(List.of("h"), List.of(List.of("x"))))
                        .section("Two", t -> t.block(new Quote(List.of(Figure.of("f.png", "f", "c")),
                                Optional.empty(), Optional.empty()))))
                .note(new Note(NoteKind.UPDATE, Optional.empty(), List.of(new SummaryTable(Optional.empty(),
                        "Aspect", "Summary", List.of(SummaryRow.of("a", "s"))))))
                .build();

        assertThat(Structure.of(article)).isEqualTo(new Structure(2, 2, 3, 2));
    }
}
