package dev.lede.html.internal.page;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element that states the article's title, and a standfirst beside it. Not thread-safe: one per
 * search.
 */
final class TitleFinder {
    private static final Set<String> SUBTITLE_TOKENS = Set.of("subtitle", "standfirst", "dek", "deck", "subheadline",
            "subhead", "strapline");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final SearchState state;
    private final Optional<String> expectedTitle;
    /** The words of {@code expectedTitle}, looked up once per heading word; worked out when first asked. */
    private Set<String> titleWords;

    /**
     * Prepares to search.
     *
     * @param state the search, weighed
     * @param expectedTitle the title the metadata names, normalised as {@link Signals#normalise}
     */
    TitleFinder(SearchState state, Optional<String> expectedTitle) {
        this.state = state;
        this.expectedTitle = expectedTitle;
    }

    /**
     * The element that states the article's title, which leaves the content. With a title from the metadata,
     * only an {@code h1} that repeats it (most of its words are the title's) qualifies: an {@code h1} that says
     * something else is a heading of the content and stays in it.
     */
    Optional<Element> findTitle(Element main) {
        Elements headings = state.document.body().select("h1");
        if (expectedTitle.isPresent()) {
            for (Element h1 : headings) {
                String text = Signals.normalise(Text.upTo(h1, expectedTitle.get().length()));
                if (!text.isEmpty() && (text.equals(expectedTitle.get()) || Text.holds(expectedTitle.get(), text))) {
                    return Optional.of(h1);
                }
            }
        }
        Element before = null;
        for (Element h1 : headings) {
            if (expectedTitle.isPresent() && !repeatsTitle(h1)) {
                continue;
            }
            if (Trees.isAncestor(main, h1)) {
                return Optional.of(h1);
            }
            if (Trees.precedes(h1, main) && !state.insideChrome(h1) && !h1.text().isBlank()) {
                before = h1;
            }
        }
        if (before == null && expectedTitle.isPresent()) {
            for (Element candidate : state.document.body().select("h2, h3, [class~=(?i)title|headline]")) {
                String text = Signals.normalise(Text.upTo(candidate, expectedTitle.get().length()));
                if (text.equals(expectedTitle.get()) && !state.insideChrome(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.ofNullable(before);
    }

    /** A standfirst beside the title: an element among the title's relatives whose class names it so. */
    Optional<Element> findSubtitle(Element title) {
        Element scope = title.parent();
        for (Element candidate : scope == null ? List.<Element>of() : scope.select("*")) {
            if (candidate != title && Signals.hasToken(candidate, SUBTITLE_TOKENS) && !candidate.text().isBlank()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether at least the options' {@code titleWordShare} of the heading's words are the metadata title's. */
    private boolean repeatsTitle(Element heading) {
        if (titleWords == null) {
            titleWords = Set.copyOf(words(expectedTitle.orElseThrow()));
        }
        List<String> words = words(Signals.normalise(heading.text()));
        long shared = words.stream().filter(titleWords::contains).count();
        return !words.isEmpty() && shared >= state.options.titleWordShare() * words.size();
    }

    private static List<String> words(String text) {
        return WORD_SPLIT.splitAsStream(text).filter(word -> !word.isEmpty()).toList();
    }
}
