package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static final String LINE = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"}}";

    @Test
    void writesOneCompactLinePerArticleAndReadsThemBack() {
        ArticleGenerator generator = ArticleGenerator.of(7);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            articles.add(generator.next());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = ArticleJson.builder().pretty(true).build().linesWriter(out)) {
            articles.forEach(writer::write);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        assertThat(text.split("\n", -1)).hasSize(51);
        assertThat(text.lines().collect(Collectors.toList()))
                .isEqualTo(articles.stream().map(ArticleJson.standard()::write).collect(Collectors.toList()));
        try (Stream<Article> back = ArticleJson.standard().readLines(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(back).containsExactlyElementsOf(articles);
        }
    }

    @Test
    void acceptsCrLfAndAMissingFinalNewline() {
        String text = LINE + "\r\n" + LINE;
        try (Stream<Article> articles = read(text)) {
            assertThat(articles).hasSize(2);
        }
        try (Stream<Article> articles = read("")) {
            assertThat(articles).isEmpty();
        }
    }

    @Test
    void aBadLineReportsItsLineNumber() {
        String text = LINE + "\n" + LINE + "\n" + "{\"format\":\"lede/1\",\"metadata\":{\"title\":1}}\n" + LINE + "\n";
        List<Article> before = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (Stream<Article> articles = read(text)) {
                articles.forEach(before::add);
            }
        }).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(40);
            assertThat(e.pointer()).isEqualTo("/metadata/title");
            assertThat(e).hasMessage("expected a string, found an integer at \"/metadata/title\" (line 3, column 40)");
        });
        assertThat(before).hasSize(2);
    }

    @Test
    void aBlankLineIsAnError() {
        assertThatThrownBy(() -> {
            try (Stream<Article> articles = read(LINE + "\n\n" + LINE)) {
                articles.count();
            }
        }).isInstanceOfSatisfying(ArticleJsonException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void aLineOverTheSizeLimitIsRefusedWithoutReadingItAll() {
        ArticleJson json = ArticleJson.builder().maxDocumentLength(1000).build();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> {
            try (Stream<Article> articles = json.readLines(endless)) {
                articles.count();
            }
        }).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.problem()).isEqualTo("line longer than the limit of 1000 bytes");
        });
    }

    /** The limit is on a line's bytes without its LF: a line as long as the limit is read, one byte more is not. */
    @Test
    void aLineAsLongAsTheLimitIsReadAndOneByteLongerIsRefused() {
        assertThat(LINE).hasSize(44);
        byte[] twoLines = (LINE + "\n" + LINE + "\n").getBytes(StandardCharsets.UTF_8);
        try (Stream<Article> articles = ArticleJson.builder().maxDocumentLength(44).build()
                .readLines(new ByteArrayInputStream(twoLines))) {
            assertThat(articles).hasSize(2);
        }
        assertThatThrownBy(() -> {
            try (Stream<Article> articles = ArticleJson.builder().maxDocumentLength(43).build()
                    .readLines(new ByteArrayInputStream(twoLines))) {
                articles.count();
            }
        }).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.code()).isEqualTo(ArticleJsonException.OVER_LIMIT);
            assertThat(e.problem()).isEqualTo("line longer than the limit of 43 bytes");
            assertThat(e.pointer()).isEmpty();
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(-1);
        });
    }

    @Test
    void aBadLastLineWithoutANewlineReportsItsLineNumber() {
        String text = LINE + "\n" + LINE + "\n" + "{\"format\":\"lede/1\",\"metadata\":{\"title\":1}}";
        assertThatThrownBy(() -> {
            try (Stream<Article> articles = read(text)) {
                articles.count();
            }
        }).isInstanceOfSatisfying(ArticleJsonException.class,
                e -> assertThat(e).hasMessage("expected a string, found an integer at \"/metadata/title\" (line 3, "
                        + "column 40)"));
    }

    /**
     * Only LF ends a line of the stream, but the parser counts a lone CR inside a line as a line break, as editors
     * do; a problem after one is placed on the line after, at the parser's column.
     */
    @Test
    void aProblemAfterALoneCarriageReturnIsPlacedOnTheLineAfter() {
        String text = LINE + "\n" + "{\"format\":\"lede/1\",\r\"metadata\":{\"title\":1}}\n";
        assertThatThrownBy(() -> {
            try (Stream<Article> articles = read(text)) {
                articles.count();
            }
        }).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(21);
        });
    }

    /** A spliterator that has reported its end keeps reporting it, and never calls the action again. */
    @Test
    void theEndIsReportedAgainOnEveryLaterAdvance() {
        List<Article> seen = new ArrayList<>();
        try (Stream<Article> articles = read("")) {
            Spliterator<Article> spliterator = articles.spliterator();
            assertThat(spliterator.tryAdvance(seen::add)).isFalse();
            assertThat(spliterator.tryAdvance(seen::add)).isFalse();
        }
        try (Stream<Article> articles = read(LINE + "\n")) {
            Spliterator<Article> spliterator = articles.spliterator();
            assertThat(spliterator.tryAdvance(seen::add)).isTrue();
            assertThat(spliterator.tryAdvance(seen::add)).isFalse();
            assertThat(spliterator.tryAdvance(seen::add)).isFalse();
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    void readsLazilyAndClosingTheStreamClosesTheInput() {
        AtomicBoolean closed = new AtomicBoolean();
        byte[] bytes = (LINE + "\n" + "not json\n").getBytes(StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (Stream<Article> articles = ArticleJson.standard().readLines(in)) {
            assertThat(articles.findFirst()).isPresent();
        }
        assertThat(closed).isTrue();
    }

    /** A failure of the target stream is an UncheckedIOException holding it, on flush and on close (which closes it). */
    @Test
    void aFailingTargetIsAnUncheckedIOException() {
        IOException failure = new IOException("disk full");
        AtomicBoolean closed = new AtomicBoolean();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw failure;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        Article article = Article.builder().title("T").build();
        JsonLinesWriter flushed = ArticleJson.standard().linesWriter(full).write(article);
        assertThatThrownBy(flushed::flush).isInstanceOf(UncheckedIOException.class).hasRootCause(failure)
                .cause().isInstanceOf(IOException.class).hasMessage("disk full");
        JsonLinesWriter closing = ArticleJson.standard().linesWriter(full).write(article);
        assertThatThrownBy(closing::close).isInstanceOf(UncheckedIOException.class).hasRootCause(failure);
        assertThat(closed).isTrue();
    }

    private static Stream<Article> read(String text) {
        return ArticleJson.standard().readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
