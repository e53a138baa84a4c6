package dev.lede.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageImport;
import dev.lede.json.ArticleJson;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imports every page of the shared corpora (each corpus skipped, saying so, when {@code ../shared/corpora}
 * lacks it): Readability's 130 test pages, Postlight Parser's 151 fixtures and jsoup's inputs that once hung
 * or crashed its parser. Every page imports to an article with no validation error, or is refused with the
 * library's own exception saying that it holds no article; real pages (the first two corpora) are never
 * refused. Every imported article comes back equal through JSON and through HTML. All failures of a corpus are
 * collected and listed at once.
 */
class ImportCorpusTest {
    private static final ArticleHtml HTML = ArticleHtml.standard();
    private static final ArticleJson JSON = ArticleJson.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"readability-test-pages, 120, false", "postlight-fixtures, 150, false", "jsoup-fuzztests, 40, true"})
    void everyPageImportsToAValidArticleThatRoundTripsOrIsRefusedSayingWhy(String corpus, int atLeast,
            boolean mayRefuse) throws IOException {
        List<Corpora.Page> pages = Corpora.pages(corpus);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(atLeast);
        List<String> failures = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        Map<String, Integer> repairs = new TreeMap<>();
        for (Corpora.Page page : pages) {
            Article article;
            try {
                PageImport imported = HTML.importPage(page.html(), page.url());
                article = imported.article();
                for (PageDiagnostic diagnostic : imported.diagnostics()) {
                    if (diagnostic.reason() == PageDiagnostic.Reason.REPAIRED) {
                        repairs.merge(diagnostic.detail().split(":", 2)[0], 1, Integer::sum);
                    }
                }
            } catch (ArticleHtmlException e) {
                // The importer also throws for its own bugs, an invalid article included: only this is a refusal.
                if (mayRefuse && e.getMessage().startsWith("the page holds no article")) {
                    refusals.add(page.name());
                } else {
                    failures.add(page.name() + ": refused: " + e.getMessage());
                }
                continue;
            } catch (RuntimeException e) {
                failures.add(page.name() + ": import threw " + e);
                continue;
            }
            ValidationReport report = ArticleValidator.standard().validate(article);
            if (!report.isValid()) {
                failures.add(page.name() + ": invalid: " + report.errors());
                continue;
            }
            check(failures, page.name(), "JSON", () -> JSON.read(JSON.write(article)), article);
            check(failures, page.name(), "HTML", () -> HTML.read(HTML.render(article)), article);
        }
        System.out.printf("%s: %d pages, %d imported valid, %d refused as holding no article %s; repairs %s%n",
                corpus, pages.size(), pages.size() - refusals.size() - failures.size(), refusals.size(), refusals,
                repairs);
        assertThat(failures).as("pages that failed").isEmpty();
    }

    private static void check(List<String> failures, String page, String format, Supplier<Article> readBack,
            Article article) {
        try {
            Article back = readBack.get();
            if (!back.equals(article)) {
                failures.add(page + ": differs after " + format + " and back");
            }
        } catch (RuntimeException e) {
            failures.add(page + ": " + format + " round trip threw " + e);
        }
    }
}
