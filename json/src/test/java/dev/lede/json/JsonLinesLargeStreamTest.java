package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads a JSON Lines stream of 200,000 articles that the heap could not hold: the stream is made lazily, line by
 * line, while it is read, and is larger than the whole heap. Runs in its own Surefire execution with a small
 * heap (tag {@value #TAG}, see json/pom.xml).
 */
@Tag(JsonLinesLargeStreamTest.TAG)
class JsonLinesLargeStreamTest {
    static final String TAG = "small-heap";
    private static final int ARTICLES = 200_000;
    private static final byte[] TITLE_START = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"".getBytes(
            StandardCharsets.UTF_8);

    @Test
    void readsAStreamLargerThanTheHeapLazily() {
        List<Article> pool = smallArticles(97);
        GeneratedLines lines = new GeneratedLines(pool);
        long count = 0;
        long checksum = 0;
        // Validation is the validator's cost, not the reader's; this test is about memory.
        ArticleJson json = ArticleJson.builder().validate(false).build();
        try (Stream<Article> articles = json.readLines(lines)) {
            Iterator<Article> it = articles.iterator();
            while (it.hasNext()) {
                checksum = checksum * 31 + it.next().hashCode();
                count++;
            }
        }
        assertThat(count).isEqualTo(ARTICLES);
        assertThat(checksum).isEqualTo(lines.checksum);
        assertThat(lines.bytes).as("the stream is larger than the heap").isGreaterThan(Runtime.getRuntime().maxMemory());
    }

    /** Generated articles whose JSON is small, so that 200,000 of them read in seconds and still fill 60 MB. */
    private static List<Article> smallArticles(int count) {
        ArticleGenerator generator = ArticleGenerator.of(5);
        List<Article> pool = new ArrayList<>();
        while (pool.size() < count) {
            Article article = generator.next();
            int length = ArticleJson.standard().write(article).length();
            if (length >= 300 && length <= 800) {
                pool.add(article);
            }
        }
        return pool;
    }

    /** The article with its line number before its title, so that every line is a different article. */
    private static Article numbered(Article article, long number) {
        return article.withMetadata(article.metadata().withTitle(number + " " + article.metadata().title()));
    }

    /**
     * The lines, made one at a time as they are read. A line is a pool article's canonical JSON with the line
     * number spliced in front of its title (the title comes first in the canonical form).
     */
    private static final class GeneratedLines extends InputStream {
        private final List<Article> pool;
        private final List<byte[]> poolLines = new ArrayList<>();
        private long next;
        private byte[] line = new byte[0];
        private int position;
        long bytes;
        long checksum;

        GeneratedLines(List<Article> pool) {
            this.pool = pool;
            for (Article article : pool) {
                byte[] json = (ArticleJson.standard().write(article) + "\n").getBytes(StandardCharsets.UTF_8);
                assertThat(json).startsWith(TITLE_START);
                poolLines.add(json);
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == line.length && !nextLine()) {
                return -1;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            bytes += n;
            return n;
        }

        private boolean nextLine() {
            if (next == ARTICLES) {
                return false;
            }
            int index = (int) (next % pool.size());
            byte[] json = poolLines.get(index);
            byte[] number = (next + " ").getBytes(StandardCharsets.UTF_8);
            line = new byte[json.length + number.length];
            System.arraycopy(json, 0, line, 0, TITLE_START.length);
            System.arraycopy(number, 0, line, TITLE_START.length, number.length);
            System.arraycopy(json, TITLE_START.length, line, TITLE_START.length + number.length,
                    json.length - TITLE_START.length);
            checksum = checksum * 31 + numbered(pool.get(index), next).hashCode();
            position = 0;
            next++;
            return true;
        }
    }
}
