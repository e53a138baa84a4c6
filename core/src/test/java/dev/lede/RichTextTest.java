package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RichTextTest {
    private static final Inline.Text A = new Inline.Text("a");
    private static final Inline.Text B = new Inline.Text("b");
    private static final Inline.Text EMPTY_TEXT = new Inline.Text("");

    @Test
    void adjacentTextsAreMerged() {
        assertThat(RichText.of(A, B, new Inline.Text("c")).inlines()).containsExactly(new Inline.Text("abc"));
    }

    @Test
    void textsAreMergedAcrossAnEmptyTextButNotAcrossMarkup() {
        Inline.Emphasis em = Inline.Emphasis.of("x");
        assertThat(RichText.of(A, EMPTY_TEXT, B, em, A, B).inlines())
                .containsExactly(new Inline.Text("ab"), em, new Inline.Text("ab"));
    }

    @Test
    void emptyTextsAreDropped() {
        Inline.LineBreak br = new Inline.LineBreak();
        assertThat(RichText.of(EMPTY_TEXT, br, EMPTY_TEXT).inlines()).containsExactly(br);
        assertThat(RichText.of(EMPTY_TEXT, EMPTY_TEXT)).isEqualTo(RichText.empty());
        assertThat(RichText.of("")).isEqualTo(RichText.empty()).isSameAs(RichText.empty());
        assertThat(RichText.of(EMPTY_TEXT).isEmpty()).isTrue();
    }

    @Test
    void whitespaceIsKeptExactlyWhenMerging() {
        assertThat(RichText.of(new Inline.Text("a "), new Inline.Text(" b\n")).inlines())
                .containsExactly(new Inline.Text("a  b\n"));
    }

    @Test
    void nestedRichTextIsCanonicalToo() {
        Inline.Strong strong = new Inline.Strong(RichText.of(A, EMPTY_TEXT, B));
        assertThat(strong).isEqualTo(Inline.Strong.of("ab"));
        assertThat(strong.content().inlines()).containsExactly(new Inline.Text("ab"));
    }

    @Test
    void richTextsThatReadTheSameAreEqual() {
        RichText plain = RichText.of("ab");
        RichText split = RichText.of(A, B);
        RichText padded = new RichText(List.of(EMPTY_TEXT, A, EMPTY_TEXT, B, EMPTY_TEXT));
        assertThat(split).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(padded).isEqualTo(plain).hasSameHashCodeAs(plain);
    }

    @Test
    void markupMakesRichTextsDifferent() {
        assertThat(RichText.of(Inline.Emphasis.of("ab"))).isNotEqualTo(RichText.of("ab"));
        assertThat(RichText.of(Inline.Emphasis.of("ab"))).isNotEqualTo(RichText.of(Inline.Strong.of("ab")));
        assertThat(RichText.of(new Inline.Code("ab"))).isNotEqualTo(RichText.of("ab"));
    }

    @Test
    void canonicalFormIsStable() {
        RichText text = RichText.of(A, EMPTY_TEXT, B, new Inline.LineBreak(), A);
        assertThat(new RichText(text.inlines())).isEqualTo(text);
        assertThat(new RichText(text.inlines()).inlines()).isEqualTo(text.inlines());
    }

    @Test
    void isPlainWhenEmptyOrOneText() {
        assertThat(RichText.empty().isPlain()).isTrue();
        assertThat(RichText.of("x").isPlain()).isTrue();
        assertThat(RichText.of(A, B).isPlain()).isTrue();
        assertThat(RichText.of(A, new Inline.LineBreak()).isPlain()).isFalse();
        assertThat(RichText.of(Inline.Emphasis.of("x")).isPlain()).isFalse();
        assertThat(RichText.of(new Inline.Code("x")).isPlain()).isFalse();
    }

    @Test
    void isEmptyOnlyWithoutInlines() {
        assertThat(RichText.empty().isEmpty()).isTrue();
        assertThat(RichText.of(" ").isEmpty()).isFalse();
        assertThat(RichText.of(new Inline.LineBreak()).isEmpty()).isFalse();
    }

    @Test
    void plainTextFlattensNestedInlines() {
        RichText text = RichText.of(
                new Inline.Text("Read "),
                new Inline.Strong(RichText.of(new Inline.Text("the "), Inline.Emphasis.of("full"),
                        new Inline.Text(" "), new Inline.Link("https://example.org/", Optional.of("title"),
                                RichText.of(Inline.Emphasis.of("report"))))),
                new Inline.LineBreak(),
                new Inline.Code("x < y"));
        assertThat(text.plainText()).isEqualTo("Read the full report\nx < y");
        assertThat(RichText.empty().plainText()).isEmpty();
    }

    @Test
    void nullsAreRejectedNamingThem() {
        assertThatThrownBy(() -> RichText.of((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> RichText.of(A, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("inlines[1] must not be null");
    }
}
