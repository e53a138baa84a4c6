package dev.lede.assertj;

import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Parts;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a {@link Note}: an editorial note, correction, disclosure or update. Made by
 * {@link LedeAssertions#assertThat(Note)} or {@link ArticleAssert#note(int)}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class NoteAssert extends AbstractLedeAssert<NoteAssert, Note> {
    /**
     * @param actual the note; may be null, which every check reports as a failure
     */
    public NoteAssert(Note actual) {
        super(actual, NoteAssert.class);
    }

    /**
     * Checks the kind.
     *
     * @param kind the expected kind
     * @return this assertion
     */
    public NoteAssert isOfKind(NoteKind kind) {
        nonNull(kind, "kind");
        return check(n -> n.kind() == kind ? Optional.empty()
                : Optional.of("Expecting a note of kind " + kind + ", but it is of kind " + n.kind()));
    }

    /**
     * Checks the title.
     *
     * @param title the expected title
     * @return this assertion
     */
    public NoteAssert hasTitle(String title) {
        nonNull(title, "title");
        return check(n -> {
            if (n.title().isEmpty()) {
                return Optional.of("Expecting title:\n  " + Texts.quote(title) + "\nbut there is none");
            }
            return n.title().get().equals(title) ? Optional.empty()
                    : Optional.of("Expecting title:\n  " + Texts.quote(title) + "\nbut was:\n  "
                            + Texts.quote(n.title().get()));
        });
    }

    /**
     * Checks that the note's plain text (title and blocks) holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public NoteAssert containsText(String... values) {
        return checkContains("the note's text", Note::plainText, values);
    }

    /**
     * Checks that the note's plain text holds none of the values.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public NoteAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the note's text",
                n -> List.of(new Located<>(path().isEmpty() ? "the note" : path(), n.plainText())),
                Note::plainText, values);
    }

    /**
     * Navigates to a block of the note; fails listing the blocks there are.
     *
     * @param index from 0
     * @return an assertion on the block
     */
    public BlockAssert block(int index) {
        return blockAt(Note::blocks, Parts.join(path(), "blocks"), index, () -> "the note");
    }
}
