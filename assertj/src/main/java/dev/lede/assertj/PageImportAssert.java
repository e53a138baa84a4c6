package dev.lede.assertj;

import dev.lede.Article;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Texts;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageImport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Assertions on a {@link PageImport}, a web page imported as an article: what the importer dropped, what it
 * kept, and the article itself. Made by {@link LedeImportAssertions#assertThat(PageImport)}; needs
 * {@code lede-html}, an optional dependency of this module.
 *
 * <pre>{@code
 * assertThat(imported).dropped(Reason.NAVIGATION, Reason.COMMENTS).kept("Geography as Stage");
 * }</pre>
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class PageImportAssert extends AbstractLedeAssert<PageImportAssert, PageImport> {
    /**
     * @param actual the import; may be null, which every check reports as a failure
     */
    public PageImportAssert(PageImport actual) {
        super(actual, PageImportAssert.class);
    }

    /**
     * Checks that, for each reason, the importer reported at least one diagnostic with it: a dropped region for
     * the reasons of page chrome ({@link PageDiagnostic#isDroppedRegion()}), and the diagnostic itself for
     * {@code METADATA}, {@code NOT_REPRESENTED}, {@code REPAIRED} and {@code TRUNCATED}. The failure lists the
     * import's diagnostics.
     *
     * @param reasons the reasons expected
     * @return this assertion
     */
    public PageImportAssert dropped(PageDiagnostic.Reason... reasons) {
        nonNull(reasons, "reasons");
        List<PageDiagnostic.Reason> expected = new ArrayList<>();
        for (int i = 0; i < reasons.length; i++) {
            expected.add(nonNull(reasons[i], "reasons[" + i + "]"));
        }
        return check(p -> {
            Set<PageDiagnostic.Reason> found = EnumSet.noneOf(PageDiagnostic.Reason.class);
            p.diagnostics().forEach(d -> found.add(d.reason()));
            List<PageDiagnostic.Reason> missing = expected.stream().filter(r -> !found.contains(r)).toList();
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of("Expecting the import to have dropped content for:\n  " + expected
                            + "\nbut nothing was dropped for:\n  " + missing + "\nThe import's diagnostics are:\n"
                            + Texts.listing(p.diagnostics().stream().map(PageImportAssert::line).toList()));
        });
    }

    /**
     * Checks that the article's plain text holds each text; the failure says when the importer dropped a region
     * whose detail names the text.
     *
     * @param texts the texts that must have been kept
     * @return this assertion
     */
    public PageImportAssert kept(String... texts) {
        nonNull(texts, "texts");
        return check(p -> {
            String plain = p.article().plainText();
            List<String> lost = new ArrayList<>();
            for (String text : texts) {
                if (!plain.contains(text)) {
                    lost.add(text);
                }
            }
            if (lost.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder message = new StringBuilder("Expecting the import to keep in the article:\n  ")
                    .append(Texts.quotedList(List.of(texts))).append("\nbut its text lacks:\n  ")
                    .append(Texts.quotedList(lost));
            for (String text : lost) {
                List<String> naming = p.diagnostics().stream().filter(d -> d.detail().contains(text))
                        .map(PageImportAssert::line).toList();
                if (!naming.isEmpty()) {
                    message.append("\n").append(Texts.quote(text)).append(" was dropped:\n")
                            .append(Texts.listing(naming));
                }
            }
            return Optional.of(message.toString());
        });
    }

    /**
     * Navigates to the imported article.
     *
     * @return an assertion on the article
     */
    public ArticleAssert article() {
        return navigate(ArticleAssert.class, Article.class, ArticleAssert::new,
                () -> Optional.of(new Located<>("article", actual.article())), () -> "");
    }

    private static String line(PageDiagnostic diagnostic) {
        return diagnostic.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (diagnostic.path().isEmpty() ? "" : " at " + diagnostic.path())
                + " (" + Texts.count(diagnostic.words(), "word") + "): " + diagnostic.detail();
    }
}
