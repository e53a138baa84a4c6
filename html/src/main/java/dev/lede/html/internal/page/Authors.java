package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns byline texts into people's names: drops "By"-style prefixes, e-mail addresses, handles, parenthesised
 * credits and initials, roles, dates and numeric ids, and splits lists of names ("A, B and C", "A und B, dpa",
 * "A y B"). Tells news agencies apart from people. Stateless and thread-safe; every pattern is linear.
 */
final class Authors {
    /** A name has at most this many words; longer texts are sentences, not bylines. */
    private static final int MAX_WORDS = 5;
    private static final int MAX_LENGTH = 300;

    /** "By", "Von", "Par" and the like, also alone (a part of "By, A") and glued to the name ("ByJane"). */
    private static final Pattern PREFIX = Pattern.compile("^(?:(?i:(?:(?:written|posted|reported|story|words|"
            + "text|published)\\s+)?by|von|par|por|door|di|av|przez|bei|autor(?:in)?|author|text|bylined?|بقلم)"
            + "(?:\\s*[:\\s]\\s*|$)|(?:[Bb]y)+(?=\\p{Lu}))");
    /** A credit for pictures rather than words: "Photographs by A", "Illustration: B", "Foto: C". */
    private static final Pattern CREDIT = Pattern.compile("^(?i:(?:photo(?:graph)?s?|illustrations?|images?|"
            + "graphics?|pictures?|video|fotos?|bilder?)\\s*(?:by\\b|:))");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@,;()<>]+@[^\\s@,;()<>]+\\.[a-zA-Z]{2,}");
    private static final Pattern URL = Pattern.compile("\\S+://\\S*");
    private static final Pattern HANDLE = Pattern.compile("(?<!\\S)@\\w+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]{0,80}\\)|\\[[^\\[\\]]{0,80}]");
    /** Where a byline goes on to say something else: a date, a time, "Updated", a profile link. */
    private static final Pattern TAIL = Pattern.compile("(?i)\\s*(?:\\b(?:updated|published|posted|aktualisiert|"
            + "veröffentlicht|mis à jour|publié|on|am|le|el|last)\\b\\s*:?\\s*)?"
            + "(?:\\d{1,2}[:./]\\d|\\b(?:19|20)\\d{2}\\b"
            + "|\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d+\\s+(?:min|hours?|days?)\\b"
            + "|\\b(?:updated|aktualisiert)\\b|\\bfollow\\b|\\btwitter\\b|\\bemail\\b|\\|"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b).*$");
    /** Between names: commas, semicolons, "and" in the common languages, ampersands, slashes. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[,;/]\\s*|\\s+(?i:and|&|und|et|y|e|og|och|en|with|mit|avec|con)\\s+|\\s*&\\s*|\\s+·\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\b\\d+\\b");
    /** What a part says when it is a link beside the name rather than a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)\\b(?:archive|rss|feed|profile|subscribe|share|"
            + "shop|view|posts|articles)\\b");
    /** Punctuation left at either end once dates and ids are gone. */
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[\\s\\p{Pd}|:;,·/]+|[\\s\\p{Pd}|:;,·/]+$");
    private static final Set<String> ROLES = Set.of("staff", "writer", "reporter", "correspondent", "editor",
            "contributor", "columnist", "journalist", "author", "senior", "chief", "deputy", "associate",
            "contributing", "political", "politics", "business", "sports", "science", "technology", "tech",
            "news", "foreign", "national", "managing", "executive", "special", "producer", "photographer",
            "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin", "rédacteur",
            "rédactrice", "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "spéciale",
            "redactor", "redactora", "corresponsal", "illustrator", "analyst", "intern", "freelance",
            "international", "bureau", "culture", "entertainment", "opinion", "desk", "digital", "officer",
            "director");
    private static final Set<String> ROLE_NOUNS = Set.of("writer", "reporter", "correspondent", "editor",
            "contributor", "columnist", "journalist", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
            "rédacteur", "rédactrice", "correspondant", "correspondante", "corresponsal", "redactor", "redactora",
            "producer", "photographer", "illustrator", "analyst", "intern", "envoyé", "envoyée", "officer",
            "director");
    private static final Set<String> AGENCIES = Set.of("dpa", "ap", "afp", "reuters", "ansa", "efe", "epd", "kna",
            "apa", "sda", "sid", "ddp", "dapd", "xinhua", "kyodo", "tass", "pa", "upi", "associatedpress",
            "theassociatedpress", "agencefrancepresse", "pressassociation", "bloomberg", "ians", "pti", "tnn", "aap",
            "anp", "belga", "afpdpa", "dpaafp", "apdpa", "reutersdpa");

    private Authors() {}

    /** The names in one byline text, in order; empty when it names nobody. */
    static List<String> names(String byline) {
        String text = Text.clean(byline);
        if (text.length() > MAX_LENGTH) {
            return List.of();
        }
        text = URL.matcher(text).replaceAll(" ");
        text = EMAIL.matcher(text).replaceAll(" ");
        text = HANDLE.matcher(text).replaceAll(" ");
        text = PARENTHESES.matcher(text).replaceAll(" ");
        text = Text.clean(PREFIX.matcher(text).replaceFirst(""));
        text = TAIL.matcher(text).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            if (CREDIT.matcher(Text.clean(part)).find() || NOT_A_NAME.matcher(part).find()) {
                continue;
            }
            String name = Text.clean(DIGITS.matcher(PREFIX.matcher(Text.clean(part)).replaceFirst("")).replaceAll(" "));
            name = withoutRole(Text.clean(LOOSE_ENDS.matcher(name).replaceAll("")));
            if (looksLikeName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether a name is a news agency's ("dpa", "Reuters", "The Associated Press"). */
    static boolean isAgency(String name) {
        return AGENCIES.contains(Titles.key(name));
    }

    /**
     * A name without the role words after it ("Jane Doe Senior Staff Writer"), or empty when it is only a role.
     * Words such as "Staff" or "Senior" go only along with a role noun, so "TMZ Staff" stays.
     */
    private static String withoutRole(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        boolean role = false;
        while (end > 0 && ROLES.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            role |= ROLE_NOUNS.contains(words[end - 1].toLowerCase(Locale.ROOT));
            end--;
        }
        return role ? String.join(" ", Arrays.copyOf(words, end)) : name;
    }

    private static boolean looksLikeName(String name) {
        if (name.isEmpty() || name.contains("://") || name.contains("www.")) {
            return false;
        }
        int words = name.split(" ").length;
        boolean letter = name.codePoints().anyMatch(Character::isLetter);
        return letter && words <= MAX_WORDS && name.length() <= 80;
    }
}
