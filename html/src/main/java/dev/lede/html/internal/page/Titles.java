package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the titles a page states ({@code <title>}, {@code og:title}, a JSON-LD headline) with each other, its
 * site name and its visible {@code h1}: which title the h1 repeats once a site-name, section or kicker affix is
 * set aside, and what is left of a title without its site name. Stateless and thread-safe.
 */
final class Titles {
    /**
     * Separators between a title and its affixes: " | ", " - ", " – ", " — ", " : ", ": ", " » ", " :: ", and the
     * full-width "｜" and "：" of Japanese and Chinese titles.
     */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[|\\-–—:·•»/]\\s+|\\s+::\\s+|(?<=\\S):\\s+|\\s*[｜：]\\s*");
    /** Titles are short; a longer text is not compared part by part. */
    private static final int MAX_LENGTH = 400;
    /** Separators that may join a site name to a title without spaces. */
    private static final String GLUED_SEPARATORS = ":|_/\uff1a\uff5c\u30fb";
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_COMMON_WORDS = 3;
    /** How many separators are considered, which bounds the pairs compared. */
    private static final int MAX_SEPARATORS = 12;

    private Titles() {}

    /** The letters and digits of a text in lower case, so that quotes, dashes and spacing do not count. */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether a stated title and a heading say the same, once affixes are set aside: equal, or one is a run of
     * the other's separator-delimited parts ("Kicker: Heading | Section | Site" and "Heading").
     */
    static boolean agree(String title, String heading) {
        String a = key(title);
        String b = key(heading);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || isPartOf(heading, a) || isPartOf(title, b);
    }

    /**
     * Whether a heading says a stated title in other words, as an editor's headline does the one written for
     * sharing: the words they share, at least three, are more than half of the longer one's words.
     */
    static boolean rewords(String title, String heading) {
        if (title.length() > MAX_LENGTH || heading.length() > MAX_LENGTH) {
            return false;
        }
        Set<String> titleWords = words(title);
        Set<String> headingWords = words(heading);
        long common = titleWords.stream().filter(headingWords::contains).count();
        return common >= MIN_COMMON_WORDS && common * 2 > Math.max(titleWords.size(), headingWords.size());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether a run of the text's parts between separators has the given key. */
    private static boolean isPartOf(String text, String key) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        List<int[]> separators = separators(text);
        int n = separators.size();
        for (int i = -1; i < n; i++) {
            int start = i < 0 ? 0 : separators.get(i)[1];
            for (int j = i + 1; j <= n; j++) {
                int end = j == n ? text.length() : separators.get(j)[0];
                if (start < end && key(text.substring(start, end)).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<int[]> separators(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        while (m.find() && found.size() < MAX_SEPARATORS) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    /**
     * The title without a site name before the first or after the last separator, when that part is the site's
     * name or its host name; empty when nothing was removed.
     */
    static Optional<String> withoutSiteName(String title, Optional<String> siteName, String host) {
        if (title.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<String> glued = siteName.flatMap(name -> withoutGluedSiteName(title, name));
        if (glued.isPresent()) {
            return glued;
        }
        List<int[]> separators = separators(title);
        if (separators.isEmpty()) {
            return Optional.empty();
        }
        int[] last = separators.get(separators.size() - 1);
        int[] first = separators.get(0);
        if (isSiteName(title.substring(last[1]), siteName, host)) {
            return Optional.of(title.substring(0, last[0]).strip());
        }
        if (isSiteName(title.substring(0, first[0]), siteName, host)) {
            return Optional.of(title.substring(first[1]).strip());
        }
        return Optional.empty();
    }

    /**
     * The title without the site's name written after a separator with no space before it
     * ({@code "…「Treeviz」:phpspot開発日誌"}), as titles in Japanese and Chinese often are; only the exact
     * site name counts, as an unspaced separator is too common inside titles to trust on its own.
     */
    private static Optional<String> withoutGluedSiteName(String title, String siteName) {
        if (siteName.isEmpty() || !title.endsWith(siteName) || title.length() <= siteName.length() + 1) {
            return Optional.empty();
        }
        int separator = title.length() - siteName.length() - 1;
        if (GLUED_SEPARATORS.indexOf(title.charAt(separator)) < 0) {
            return Optional.empty();
        }
        String rest = title.substring(0, separator).strip();
        return key(rest).isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    /** Whether a text is the site's name or the first part of its host name ("Golem.de" on golem.de). */
    static boolean isSiteName(String part, Optional<String> siteName, String host) {
        String letters = key(part);
        if (letters.isEmpty()) {
            return false;
        }
        return siteName.map(Titles::key).filter(letters::equals).isPresent()
                || (letters.length() >= 3 && key(host).startsWith(letters));
    }
}
