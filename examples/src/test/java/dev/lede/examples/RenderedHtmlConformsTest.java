package dev.lede.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import dev.lede.html.ArticleHtmlException;
import dev.lede.testing.ArticleGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Issue 12, "rendered pages do not always conform to HTML": the W3C Nu HTML checker, run in-process, finds no
 * error in the full pages ({@code renderDocument}, compact and pretty) of 2,000 generated articles and of every
 * page of the shared corpora as imported (each corpus skipped, saying so, when {@code ../shared/corpora} lacks
 * it). Errors are collected per message and listed at once, with the first page that showed each.
 *
 * <p>The articles come from {@link ArticleGenerator#forHtml}: text HTML can carry (the other generator's C1
 * controls and carriage returns cannot be written conformingly; a code block's CR is written as {@code &#13;}
 * on purpose, so that it reads back exact). Every error fails the test. Two kinds once came from the model
 * rather than the markup, and are now the model's rules: a URL holding characters a URL may not hold (a space,
 * braces, brackets, or naming no host: {@code url.invalid}; the importer and the HTML reader percent-encode as
 * a browser does, the generator writes {@code a%20b.gif}), and a table whose spans leave a row with no cell
 * beginning in it or run past the end of their row group ({@code table.span}; the importer shortens rowspans
 * and drops such rows) or leave a column with no cell beginning in it (which the generator no longer
 * produces).
 */
class RenderedHtmlConformsTest {
    private static final ArticleHtml HTML = ArticleHtml.standard();
    private static final ArticleHtml PRETTY = ArticleHtml.builder().pretty(true).build();
    private static Checker checker;

    @BeforeAll
    static void loadTheChecker() throws Exception {
        checker = new Checker();
    }

    @Test
    void pagesOfGeneratedArticlesConform() throws Exception {
        ArticleGenerator generator = ArticleGenerator.forHtml(20261202L);
        for (int i = 0; i < 2000; i++) {
            Article article = generator.next();
            checker.check("generated article " + i, (i % 2 == 0 ? HTML : PRETTY).renderDocument(article));
        }
        checker.assertNoErrors();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"readability-test-pages", "postlight-fixtures"})
    void pagesOfImportedCorpusPagesConform(String corpus) throws Exception {
        for (Corpora.Page page : Corpora.pages(corpus)) {
            Article article;
            try {
                article = HTML.importPage(page.html(), page.url()).article();
            } catch (ArticleHtmlException e) {
                continue; // ImportCorpusTest says which pages may be refused; here only imported pages count.
            }
            checker.check(corpus + "/" + page.name(), HTML.renderDocument(article));
        }
        checker.assertNoErrors();
    }

    /** One Nu checker, reused page after page: loading its schemas takes seconds, checking a page milliseconds. */
    private static final class Checker implements ErrorHandler {
        private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
        private final Map<String, String> errors = new TreeMap<>();
        private String page;

        Checker() throws Exception {
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", this);
            validator.setUpValidatorAndParsers(this, true, false);
        }

        void check(String name, String html) throws IOException, SAXException {
            page = name;
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        }

        void assertNoErrors() {
            List<String> found = new ArrayList<>();
            errors.forEach((message, where) -> found.add(message + " (first in " + where + ")"));
            errors.clear();
            assertThat(found).as("Nu HTML checker errors").isEmpty();
        }

        @Override
        public void warning(SAXParseException exception) {
            // Warnings are advice (such as "consider adding a lang attribute"), not conformance errors.
        }

        @Override
        public void error(SAXParseException exception) {
            errors.putIfAbsent(exception.getMessage(), page + " line " + exception.getLineNumber());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
