package dev.lede.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The wrappers round the caller's source, byte by byte and char by char: Jackson reads them in blocks, so these
 * paths are not reached through the codec.
 */
class SourcesTest {
    @Test
    void aLimitedStreamReadsSingleBytesUnsignedUpToTheLimit() throws IOException {
        InputStream in = Sources.limited(new ByteArrayInputStream(new byte[] {'A', (byte) 0xFF, 0}), 3);
        assertThat(in.read()).isEqualTo('A');
        assertThat(in.read()).isEqualTo(0xFF);
        assertThat(in.read()).isZero();
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aLimitedStreamFailsOnTheFirstByteOverTheLimit() throws IOException {
        InputStream in = Sources.limited(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 3);
        byte[] buffer = new byte[3];
        assertThat(in.read(buffer, 0, 3)).isEqualTo(3);
        assertThat(buffer).containsExactly(1, 2, 3);
        assertThatThrownBy(in::read).isInstanceOf(Sources.LimitException.class)
                .hasMessage("the input is longer than the limit of 3 bytes");
    }

    @Test
    void skippedBytesCountTowardsTheLimit() throws IOException {
        InputStream in = Sources.limited(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6}), 4);
        assertThat(in.skip(3)).isEqualTo(3);
        assertThat(in.read()).isEqualTo(4);
        assertThatThrownBy(in::read).isInstanceOf(Sources.LimitException.class);

        InputStream past = Sources.limited(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6}), 4);
        assertThatThrownBy(() -> past.skip(100)).isInstanceOf(Sources.LimitException.class);
    }

    @Test
    void aFailureOfTheSourceIsMarkedAsTheSources() {
        IOException failure = new IOException("gone");
        InputStream in = Sources.limited(new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        }, 10);
        assertThatThrownBy(in::read).isInstanceOfSatisfying(Sources.SourceException.class,
                e -> assertThat(e.source()).isSameAs(failure));
    }

    @Test
    void aLeadingByteOrderMarkIsDroppedFromSingleCharReads() throws IOException {
        Reader in = Sources.withoutBom(new StringReader("\uFEFFab"));
        assertThat(in.read()).isEqualTo('a');
        assertThat(in.read()).isEqualTo('b');
        assertThat(in.read()).isEqualTo(-1);
    }

    /** Only U+FEFF is dropped: any other first character is read, a NUL too. */
    @Test
    void anyOtherFirstCharacterIsKept() throws IOException {
        Reader nul = Sources.withoutBom(new StringReader("\0x"));
        assertThat(nul.read()).isZero();
        assertThat(nul.read()).isEqualTo('x');
        Reader text = Sources.withoutBom(new StringReader("ab\uFEFF"));
        char[] buffer = new char[8];
        assertThat(text.read(buffer, 0, 8)).isEqualTo(3);
        assertThat(new String(buffer, 0, 3)).isEqualTo("ab\uFEFF");
        assertThat(Sources.withoutBom(new StringReader("")).read()).isEqualTo(-1);
    }
}
