package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;

import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.testing.SeedArticle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every check and navigation of {@link NoteAssert}, on the seed article's editorial note. */
class NoteAssertTest {
    private static final Note NOTE = SeedArticle.article().notes().get(0);

    @Test
    void isOfKind() {
        assertThat(NOTE).isOfKind(NoteKind.EDITORIAL);
        failureOf(() -> assertThat(SeedArticle.article()).note(0).isOfKind(NoteKind.CORRECTION))
                .isEqualTo(message("notes[0]", "Expecting a note of kind CORRECTION, but it is of kind EDITORIAL"));
    }

    @Test
    void hasTitle() {
        assertThat(NOTE).hasTitle("Important Editorial Note");
        failureOf(() -> assertThat(NOTE).hasTitle("Editorial Note")).isEqualTo(message("",
                "Expecting title:", "  \"Editorial Note\"", "but was:", "  \"Important Editorial Note\""));
        failureOf(() -> assertThat(new Note(NoteKind.UPDATE, Optional.empty(), List.of())).hasTitle("Update"))
                .isEqualTo(message("", "Expecting title:", "  \"Update\"", "but there is none"));
    }

    @Test
    void containsText() {
        assertThat(NOTE).containsText("personal opinions");
        failureOf(() -> assertThat(NOTE).containsText("sponsored")).isEqualTo(message("",
                "Expecting the note's text to contain:", "  [\"sponsored\"]", "but could not find:", "  [\"sponsored\"]"));
    }

    @Test
    void doesNotContainText() {
        assertThat(NOTE).doesNotContainText("sponsored");
        failureOf(() -> assertThat(SeedArticle.article()).note(0).doesNotContainText("advice"))
                .isEqualTo(message("notes[0]", "Expecting the note's text not to contain:", "  [\"advice\"]", "but",
                        "found \"advice\" in:", "  notes[0]"));
    }

    @Test
    void blockNavigates() {
        assertThat(NOTE).block(0).isParagraph().containsText("informational purposes");
        failureOf(() -> assertThat(SeedArticle.article()).note(0).block(1)).isEqualTo(message("notes[0]",
                "Expecting a block at index 1 in the note, but there is 1 block:",
                "  notes[0].blocks[0]: paragraph \"The views and insights shared in this article represent the…\""));
    }
}
