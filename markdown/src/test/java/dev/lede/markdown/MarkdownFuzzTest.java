package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.Severity;
import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jazzer fuzz test of the Markdown reader, with the standard converter and one with {@code rawHtml(true)}.
 * Whatever the text:
 * <ul>
 *   <li>reading returns an article or throws {@link ArticleMarkdownException} (validation is off, as by
 *       default), nothing else;</li>
 *   <li>the article breaks no structural rule of the validator. Markdown in the wild is mostly a fragment, so
 *       reading does not promise a valid article: what the text itself says may break a content rule (no
 *       title, a blank paragraph or heading, a summary table with no row or a blank cell, a title over 300
 *       characters, a malformed language, dates out of order, a link target that is not a valid URL string). What the reader builds must not: unique slug
 *       ids, nesting, table shapes, safe URL schemes, no lone surrogate;</li>
 *   <li>writing that article does not throw and the Markdown written reads again; when the article is valid
 *       and the writer reports nothing, it reads back equal, as the module's README promises.</li>
 * </ul>
 * A normal {@code mvn test} replays {@code MarkdownFuzzTestInputs/readWritesAndReadsAgain/}; {@code JAZZER_FUZZ=1}
 * fuzzes ({@code testing/fuzz.sh markdown-read}).
 */
class MarkdownFuzzTest {
    private static final List<ArticleMarkdown> CONVERTERS = List.of(ArticleMarkdown.standard(),
            ArticleMarkdown.builder().rawHtml(true).build());
    /** Rules the text being read may break by what it says; every other error is the reader's. */
    private static final Set<String> CONTENT_RULES = Set.of("title.blank", "title.too-long", "paragraph.blank",
            "heading.blank", "list-item.blank", "summary-table.empty", "summary-table.cell-blank",
            "language.malformed", "dates.out-of-order", "url.invalid");

    @FuzzTest(maxDuration = "60s")
    void readWritesAndReadsAgain(@NotNull String markdown) {
        for (ArticleMarkdown converter : CONVERTERS) {
            Article article;
            try {
                article = converter.read(markdown);
            } catch (ArticleMarkdownException refused) {
                continue;
            }
            ValidationReport report = ArticleValidator.standard().validate(article);
            assertThat(structural(report.violations())).as("%s%nread from%n%s", article, markdown).isEmpty();

            MarkdownWriteResult written = converter.writeWithDiagnostics(article);
            Article again = converter.read(written.markdown());
            if (report.isValid() && written.diagnostics().isEmpty()) {
                assertThat(again).as("written as%n%s", written.markdown()).isEqualTo(article);
            }
        }
    }

    private static List<String> structural(List<Violation> violations) {
        return violations.stream()
                .filter(v -> v.severity() == Severity.ERROR && !CONTENT_RULES.contains(v.code()))
                .map(Violation::toString)
                .collect(Collectors.toList());
    }
}
