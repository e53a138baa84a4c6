package dev.lede.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Section-id slugs: how one is made from a heading, and what shape one must have. Not part of the API. */
public final class Slugs {
    /** Slugs longer than this are cut at a hyphen, so that anchors stay readable. */
    public static final int MAX_LENGTH = 100;

    /** Used when a heading has no letter or digit to make a slug of. */
    public static final String FALLBACK = "section";

    private Slugs() {}

    /**
     * A slug of {@code text}: NFKC-normalised, lower-cased, apostrophes inside words dropped ("Alaska’s" gives
     * "alaskas"), each run of characters that are not letters, marks or numbers turned into one hyphen, no
     * hyphen at either end. Letters of any script are kept.
     */
    public static String slug(String text) {
        // ASCII is its own NFKC form: most headings skip the normaliser's copy.
        String normal = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(Math.min(normal.length(), MAX_LENGTH));
        boolean hyphen = false;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            if (Words.isInnerApostrophe(normal, i)) {
                i++;
                continue;
            }
            i += Character.charCount(cp);
            if (Words.isWordChar(cp)) {
                if (hyphen && slug.length() > 0) {
                    if (slug.length() + 1 >= MAX_LENGTH) {
                        break;
                    }
                    slug.append('-');
                }
                hyphen = false;
                if (slug.length() + Character.charCount(cp) > MAX_LENGTH) {
                    break;
                }
                slug.appendCodePoint(cp);
            } else {
                hyphen = true;
            }
        }
        String result = slug.toString();
        return isSlug(result) ? result : FALLBACK;
    }

    /**
     * Whether {@code id} has the shape {@link #slug} produces (a hyphen-separated run of lower-case words): one
     * or more runs of lower-case, other and modifier letters, marks and numbers (Unicode categories Ll, Lo, Lm,
     * M and N), joined by single hyphens. A loop rather than a regular expression of those classes, which was
     * most of the time of validating a typical article.
     */
    public static boolean isSlug(String id) {
        boolean inWord = false;
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-' && inWord) {
                inWord = false;
            } else if (isSlugChar(cp)) {
                inWord = true;
            } else {
                return false;
            }
        }
        return inWord;
    }

    /** A word character that a lower-cased text can hold: upper and title case letters are not. */
    private static boolean isSlugChar(int cp) {
        int type = Character.getType(cp);
        return Words.isWordChar(cp) && type != Character.UPPERCASE_LETTER && type != Character.TITLECASE_LETTER;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
