package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Inline;
import dev.lede.Paragraph;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.Table;
import dev.lede.internal.UrlSafety;
import dev.lede.testing.ArticleGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any text written to Markdown and parsed back by commonmark is the same text, with no raw HTML node, in a
 * paragraph, a heading, a table cell, a link's text and the title; and a URL is a link only when it is safe.
 */
class SafetyTest {
    private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final ArticleMarkdown MARKDOWN = ArticleMarkdown.standard();

    @Test
    void everyStringOfTheGeneratorReadsBackAsTheSameText() {
        Set<String> strings = new LinkedHashSet<>();
        ArticleGenerator generator = ArticleGenerator.of(11);
        JsonMapper mapper = JsonMapper.builder().build();
        for (int i = 0; i < 40; i++) {
            collect(mapper.readTree(Json.pretty(generator.next())), strings);
        }
        assertThat(strings).hasSizeGreaterThan(1000);
        strings.forEach(SafetyTest::textSurvives);
    }

    @Test
    void everyLineOfTheXssCorporaIsTextAndNeverAnUnsafeLink() throws IOException {
        Path corpus = Corpora.folder("xss");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(file -> file.toString().endsWith(".txt") && !file.toString().contains("LICENSE"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                textSurvives(line);
                urlIsLinkOnlyWhenSafe(line);
            }
        }
    }

    private static void collect(JsonNode node, Set<String> strings) {
        if (node.isString()) {
            strings.add(node.stringValue());
        }
        node.values().forEach(child -> collect(child, strings));
    }

    static void textSurvives(String text) {
        if (text.isEmpty()) {
            return;
        }
        RichText rich = RichText.of(text);
        Article article = Article.builder().title(text)
                .lead(Paragraph.of(Inline.Link.of("https://example.org/", text)))
                .lead(new Paragraph(rich))
                .section(Section.builder(rich).table(List.of(text), List.of(List.of(text))))
                .build();
        MarkdownWriteResult written = MARKDOWN.writeWithDiagnostics(article);
        noRawHtml(written.markdown(), text);

        String expected = text.replace('\0', '\uFFFD');
        Article back = MARKDOWN.read(written.markdown());
        // NUL is the one character Markdown cannot carry (CommonMark reads it as U+FFFD); each is reported.
        assertThat(written.diagnostics()).as(text).hasSize(5 * (int) text.chars().filter(c -> c == 0).count())
                .allMatch(d -> d.detail().startsWith("a NUL character"));
        assertThat(back.metadata().title()).as(text).isEqualTo(text);
        assertThat(back.lead().get(1)).as(text).isEqualTo(Paragraph.of(expected));
        assertThat(back.lead().get(0)).as(text).isEqualTo(Paragraph.of(Inline.Link.of("https://example.org/", expected)));
        assertThat(back.sections().get(0).heading()).as(text).isEqualTo(RichText.of(expected));
        Table table = (Table) back.sections().get(0).blocks().get(0);
        assertThat(table.head().get(0).cells().get(0).content()).as(text).isEqualTo(RichText.of(expected));
        assertThat(table.body().get(0).cells().get(0).content()).as(text).isEqualTo(RichText.of(expected));
    }

    private static void urlIsLinkOnlyWhenSafe(String url) {
        Article article = Article.builder().title("t").lead(Paragraph.of(Inline.Link.of(url, "x"))).build();
        MarkdownWriteResult written = MARKDOWN.writeWithDiagnostics(article);
        noRawHtml(written.markdown(), url);
        Node document = COMMONMARK.parse(written.markdown().substring(written.markdown().indexOf("\n---\n") + 5));
        boolean[] linked = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                linked[0] = true;
                assertThat(link.getDestination()).as(url).isEqualTo(url.replace('\0', '\uFFFD'));
            }
        });
        assertThat(linked[0]).as(url).isEqualTo(UrlSafety.isSafeContentUrl(url));
        Article back = MARKDOWN.read(written.markdown());
        assertThat(back.lead()).as(url).hasSize(1);
        if (UrlSafety.isSafeContentUrl(url) && url.indexOf('\0') < 0) {
            assertThat(back).isEqualTo(article);
        }
    }

    /** Checks the Markdown after the front matter, which is YAML for front-matter-aware tools. */
    private static void noRawHtml(String written, String text) {
        String markdown = written.substring(written.indexOf("\n---\n") + 5);
        COMMONMARK.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                throw new AssertionError("raw HTML " + html.getLiteral() + " from " + text);
            }

            @Override
            public void visit(HtmlBlock html) {
                throw new AssertionError("raw HTML " + html.getLiteral() + " from " + text);
            }
        });
    }
}
