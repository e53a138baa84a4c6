package dev.lede.html.internal.page;

import dev.lede.NoteKind;
import dev.lede.html.PageDiagnostic.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What an element's own markup says about it: the tag, ARIA role and label, and the words of its id, class and
 * {@code data-hook}/{@code data-testid} attributes, plus the label or heading it opens with. Stateless and
 * thread-safe.
 */
final class Signals {
    /** Reasons that say where a region sits rather than what it is. */
    static final Set<Reason> GENERAL = Set.of(Reason.SITE_HEADER, Reason.SITE_FOOTER, Reason.SIDEBAR);

    private static final Map<String, Reason> TOKENS = new HashMap<>();

    static {
        tokens(Reason.NAVIGATION, "nav", "navigation", "navbar", "menu", "menubar", "breadcrumb", "breadcrumbs",
                "pagination", "pager", "skiplink");
        tokens(Reason.SITE_HEADER, "masthead", "topbar");
        tokens(Reason.SITE_FOOTER, "footer", "colophon", "copyright");
        tokens(Reason.SIDEBAR, "sidebar", "widget", "widgets", "rail");
        tokens(Reason.SHARE, "share", "sharing", "social", "sharebar", "addthis", "sharethis", "like", "likes",
                "reactions", "ufi");
        tokens(Reason.SUBSCRIBE, "subscribe", "subscription", "newsletter", "signup", "cta");
        tokens(Reason.RELATED, "related", "latest", "recommended", "recommendations", "popular", "trending",
                "taboola", "outbrain", "teasers", "readnext", "network");
        tokens(Reason.COMMENTS, "comment", "comments", "disqus", "discussion", "replies", "respond");
        tokens(Reason.RATING, "rating", "ratings", "stars");
        tokens(Reason.COOKIE_BANNER, "cookie", "cookies", "consent", "gdpr", "cmp");
        tokens(Reason.ADVERTISEMENT, "ad", "ads", "advert", "advertisement", "adslot", "sponsor", "sponsored",
                "promo", "promoted", "dfp", "adsense");
    }

    /** Word beginnings that mark chrome even inside longer words, such as "relatedposts" or "sharedaddy". */
    private static final List<Map.Entry<String, Reason>> STEMS = List.of(Map.entry("related", Reason.RELATED),
            Map.entry("comment", Reason.COMMENTS), Map.entry("share", Reason.SHARE),
            Map.entry("sidebar", Reason.SIDEBAR), Map.entry("cookie", Reason.COOKIE_BANNER),
            Map.entry("newsletter", Reason.SUBSCRIBE), Map.entry("subscri", Reason.SUBSCRIBE),
            Map.entry("advert", Reason.ADVERTISEMENT), Map.entry("sponsor", Reason.ADVERTISEMENT),
            Map.entry("breadcrumb", Reason.NAVIGATION), Map.entry("disqus", Reason.COMMENTS),
            Map.entry("outbrain", Reason.RELATED), Map.entry("taboola", Reason.RELATED));

    /** Words that begin like a stem but mean content. */
    private static final Set<String> NOT_PREFIXED = Set.of("commentary", "commentator", "commentators",
            "shareholder", "shareholders");

    /** Label patterns, tried in order on an element's opening words in lower case. */
    private static final List<Map.Entry<Reason, Pattern>> LABELS = List.of(
            Map.entry(Reason.RELATED, Pattern.compile("^(?:(?:latest|recent|related|recommended|popular|trending"
                    + "|more|top) (?:posts|articles|stories|news|reads|reading)\\b|more (?:analysis|from|in|on"
                    + "|like this|stories)\\b|from our network|you (?:may|might) also like|read (?:more|next)\\b"
                    + "|most (?:read|popular)\\b|also on\\b|(?:breaking news|latest|top stories|recommended for you"
                    + "|what to read next|(?:popular|trending) now|editor[’']?s picks)$"
                    + "|(?:à )?lire aussi\\b|les plus lus\\b|sur le même sujet\\b|dernières (?:actualités|infos)\\b"
                    + "|lesen sie auch\\b|mehr zum thema\\b|meistgelesen|weitere artikel\\b|auch interessant\\b"
                    + "|lo más leído\\b|más leíd[oa]s\\b|(?:también )?te puede interesar\\b|últimas noticias\\b"
                    + "|noticias relacionadas\\b|leia também\\b|mais lidas\\b|veja também\\b|últimas notícias\\b"
                    + "|leggi anche\\b|i più letti\\b|ultime notizie\\b|lees ook\\b|meest gelezen\\b)")),
            Map.entry(Reason.COMMENTS, Pattern.compile("^(?:\\d+ )?(?:comments?|responses?)\\b|^(?:leave a "
                    + "(?:reply|comment)|join the (?:discussion|conversation)|write a comment)")),
            Map.entry(Reason.RATING, Pattern.compile("^rated \\d|out of \\d+ stars|^rate this\\b")),
            Map.entry(Reason.SUBSCRIBE, Pattern.compile("^(?:subscribe|sign up)\\b|\\bnewsletter\\b")),
            Map.entry(Reason.SHARE, Pattern.compile("^share(?: this(?: article| post| story)?)?:?$")),
            Map.entry(Reason.COOKIE_BANNER, Pattern.compile("\\bcookies?\\b.*\\b(?:use|consent|accept)"
                    + "|^we use cookies")),
            Map.entry(Reason.NAVIGATION, Pattern.compile("^(?:top|bottom) of page$|^skip to\\b|^back to top$")),
            Map.entry(Reason.ADVERTISEMENT, Pattern.compile("^(?:advertisement|sponsored(?: content)?|ad|anzeige)$")));

    private static final List<Map.Entry<Pattern, NoteKind>> NOTES = List.of(
            Map.entry(Pattern.compile("^(?:important )?(?:editorial note|editor[’']?s note|note from the editors?|"
                    + "note to readers)\\b"), NoteKind.EDITORIAL),
            Map.entry(Pattern.compile("^corrections?\\b"), NoteKind.CORRECTION),
            Map.entry(Pattern.compile("^(?:disclosure|disclaimer)s?\\b"), NoteKind.DISCLOSURE),
            Map.entry(Pattern.compile("^(?:update|updated)\\b"), NoteKind.UPDATE));

    /** How many nodes into an element its label may start; a label is near the top, and this keeps it cheap. */
    private static final int MAX_LABEL_STEPS = 40;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** How many words of an element's opening text count as its label. */
    private static final int LABEL_WORDS = 12;
    /**
     * How many characters of those words are read: a few words can still be one huge word, full of the word
     * boundaries where a label pattern starts, and the patterns are linear only in a short text.
     */
    private static final int LABEL_CHARACTERS = 200;

    private static final Set<String> BYLINE_TOKENS = Set.of("byline", "author", "dateline", "posted", "postmeta",
            "meta", "metadata", "timestamp", "published", "pubdate", "date", "time", "categories", "category", "tags",
            "catlinks", "taglinks");
    private static final Evaluator MEDIA_OR_TABLE = QueryParser.parse("img, picture, figure, table, pre");

    /** Classes that hide text from sight, leaving it to screen readers ("Categories", "Share on X"). */
    private static final Set<String> SCREEN_READER_ONLY = Set.of("screen-reader-text", "sr-only",
            "visually-hidden", "visuallyhidden", "a11y-hidden", "assistive-text");

    private static final Set<String> HIDDEN_STYLE = Set.of("display:none", "visibility:hidden");

    private Signals() {}

    private static void tokens(Reason reason, String... words) {
        for (String word : words) {
            TOKENS.put(word, reason);
        }
    }

    /** What the element's markup or opening label says it is, if either says it is chrome. */
    static Optional<Reason> chrome(Element element) {
        Optional<Reason> markup = byMarkup(element);
        return markup.isPresent() ? markup : byLabel(element);
    }

    /**
     * What the element's markup alone says it is: hidden, its tag or role, or a word of its id, classes or
     * hooks. Among several words the most specific wins: "post-footer share-bar" is a share box before it is a
     * footer.
     */
    static Optional<Reason> byMarkup(Element element) {
        if (isHidden(element)) {
            return Optional.of(Reason.HIDDEN);
        }
        Optional<Reason> byTag = byTagAndRole(element);
        if (byTag.isPresent()) {
            return byTag;
        }
        Reason best = null;
        for (String token : tokens(element)) {
            Reason reason = reasonOf(token);
            if (reason != null && (best == null || GENERAL.contains(best) && !GENERAL.contains(reason))) {
                best = reason;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Reason> byTagAndRole(Element element) {
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        switch (element.normalName()) {
            case "nav":
                return Optional.of(Reason.NAVIGATION);
            case "footer":
                return Optional.of(Reason.SITE_FOOTER);
            case "header":
                return Optional.of(Reason.SITE_HEADER);
            case "aside":
                return Optional.of(Reason.SIDEBAR);
            default:
                break;
        }
        switch (role) {
            case "navigation", "menubar", "menu":
                return Optional.of(Reason.NAVIGATION);
            case "banner":
                return Optional.of(Reason.SITE_HEADER);
            case "contentinfo":
                return Optional.of(Reason.SITE_FOOTER);
            case "complementary":
                return Optional.of(Reason.SIDEBAR);
            default:
                return Optional.empty();
        }
    }

    private static Reason reasonOf(String token) {
        Reason reason = TOKENS.get(token);
        if (reason != null || NOT_PREFIXED.contains(token)) {
            return reason;
        }
        for (Map.Entry<String, Reason> stem : STEMS) {
            if (token.startsWith(stem.getKey())) {
                return stem.getValue();
            }
        }
        return null;
    }

    /** What the element's first words of text (a heading, a label, an ARIA label) say it is. */
    static Optional<Reason> byLabel(Element element) {
        return new Labels().reason(element);
    }

    /**
     * The labels of one page, each worked out once: an element and its ancestors open with the same block, and
     * many elements with the same words. Valid while the blocks it has read do not change. Not thread-safe.
     */
    static final class Labels {
        private final Map<String, Optional<Reason>> reasons = new HashMap<>();
        private final Map<Element, String> blockWords = new IdentityHashMap<>();

        /** As {@link Signals#byLabel(Element)}. */
        Optional<Reason> reason(Element element) {
            String aria = element.attr("aria-label");
            if (!aria.isBlank()) {
                // Only its first words, as of the opening text: a label is short, and the patterns then cost
                // constant time however long the attribute a page writes.
                Optional<Reason> reason = reasons.computeIfAbsent(leadingWords(aria), Signals::labelReason);
                if (reason.isPresent()) {
                    return reason;
                }
            }
            return openingText(element).flatMap(label -> reasons.computeIfAbsent(label, Signals::labelReason));
        }

        /** As {@link Signals#openingText(Element)}. */
        Optional<String> openingText(Element element) {
            return openingBlock(element).map(block -> blockWords.computeIfAbsent(block, Signals::firstWords));
        }
    }

    private static Optional<Reason> labelReason(String label) {
        String normal = normalise(label);
        for (Map.Entry<Reason, Pattern> entry : LABELS) {
            if (entry.getValue().matcher(normal).find()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The kind of note a heading such as "Important Editorial Note" or "Correction" opens. */
    static Optional<NoteKind> noteKind(String heading) {
        String normal = normalise(heading);
        if (normal.chars().filter(c -> c == ' ').count() > 5) {
            return Optional.empty(); // more than six words: a sentence, not a label
        }
        for (Map.Entry<Pattern, NoteKind> entry : NOTES) {
            if (entry.getKey().matcher(normal).find()) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        for (String name : element.classNames()) {
            if (SCREEN_READER_ONLY.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        for (String declaration : WHITESPACE.matcher(style.toLowerCase(Locale.ROOT)).replaceAll("").split(";")) {
            if (HIDDEN_STYLE.contains(declaration)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the element's id, classes and hook attributes, lower case, split at every non-letter and at
     * camel-case humps ({@code SITE_HEADER} gives "site" and "header", {@code shareBar} "share" and "bar").
     */
    static List<String> tokens(Element element) {
        List<String> tokens = new ArrayList<>();
        for (String attribute : List.of("id", "class", "data-hook", "data-testid", "itemprop")) {
            String value = element.attr(attribute);
            if (!value.isEmpty()) {
                split(value, tokens);
            }
        }
        return tokens;
    }

    private static void split(String value, List<String> out) {
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (!letter || (Character.isUpperCase(c) && Character.isLowerCase(previous))) {
                flush(word, out);
            }
            if (letter) {
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        flush(word, out);
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** The first run of text in the element, up to the first element boundary that ends a block. */
    static Optional<String> openingText(Element element) {
        return openingBlock(element).map(Signals::firstWords);
    }

    /** The element that holds the element's first text, when that is near enough its start to be a label. */
    private static Optional<Element> openingBlock(Element element) {
        Node node = element;
        int steps = 0;
        while (node != null && steps++ < MAX_LABEL_STEPS) {
            if (node instanceof TextNode text && !text.isBlank()) {
                return Optional.of(text.parent() == null ? element : text.parent());
            }
            node = next(node, element);
        }
        return Optional.empty();
    }

    /**
     * The first {@value #LABEL_WORDS} words of the block's text, spaced as {@code Element.text()} spaces them.
     * It reads no further than those words: a label is asked of every element, and the block of an element's
     * first text can be a large part of the page.
     */
    private static String firstWords(Element block) {
        return leadingWords(Text.spacedUntil(block, new MoreWords()));
    }

    /**
     * The first {@value #LABEL_WORDS} words of a text, joined by single spaces, and no more than
     * {@value #LABEL_CHARACTERS} characters of them.
     */
    private static String leadingWords(String text) {
        // A scan rather than a split and a join: it is asked of nearly every element of a page.
        String stripped = text.strip();
        StringBuilder label = new StringBuilder(Math.min(stripped.length(), LABEL_CHARACTERS));
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < stripped.length() && label.length() < LABEL_CHARACTERS; i++) {
            char c = stripped.charAt(i);
            if (isRegexSpace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                if (words == LABEL_WORDS) {
                    break;
                }
                if (words > 0) {
                    label.append(' ');
                }
                words++;
                inWord = true;
            }
            label.append(c);
        }
        return label.length() > LABEL_CHARACTERS ? label.substring(0, LABEL_CHARACTERS) : label.toString();
    }

    /** Whether the character is one the regex {@code \\s} matches, which splits the words of a label. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Whether a growing text holds more than {@value #LABEL_WORDS} words or {@value #LABEL_CHARACTERS}
     * characters. It is asked after every node of a
     * block and reads only what was added since, so a block of 100,000 {@code <br>}s and no words costs one
     * pass, not one pass a node.
     */
    private static final class MoreWords implements Predicate<CharSequence> {
        private int read;
        private int words;
        private boolean inWord;

        @Override
        public boolean test(CharSequence text) {
            if (text.length() > LABEL_CHARACTERS) {
                return true;
            }
            for (; read < text.length(); read++) {
                char c = text.charAt(read);
                boolean space = isRegexSpace(c);
                if (!space && !inWord && ++words > LABEL_WORDS) {
                    return true;
                }
                inWord = !space;
            }
            return false;
        }
    }

    private static Node next(Node node, Element root) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        Node current = node;
        while (current != null && current != root) {
            Node sibling = current.nextSibling();
            if (sibling != null) {
                return sibling;
            }
            current = current.parent();
        }
        return null;
    }

    /**
     * The text in lower case, no-break spaces as spaces, stripped, each run of white space one space. A scan, not
     * a regex replacement: every heading of a page is asked whether it opens a note.
     */
    static String normalise(String text) {
        String stripped = text.replace('\u00A0', ' ').strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean afterSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
            } else if (!afterSpace) {
                out.append(' ');
            }
            afterSpace = isRegexSpace(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A byline, dateline or post-meta line: named so by its markup, short, and holding no content blocks. */
    static boolean isByline(Element element) {
        String name = element.normalName();
        return name.equals("address") || hasToken(element, BYLINE_TOKENS)
                && (!name.equals("p") || element.text().length() < 120) && headingLevel(element) == 0
                && element.getElementsByTag("p").size() <= 1
                && element.selectFirst(MEDIA_OR_TABLE) == null
                && Text.words(element.text()) <= 30;
    }

    /** Whether a word of the element's id, classes or hooks ({@link #tokens}) is one of {@code tokens}. */
    static boolean hasToken(Element element, Set<String> tokens) {
        for (String token : Signals.tokens(element)) {
            if (tokens.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** The level of a heading element, 1 to 6; 7 for a paragraph; 0 for anything else. */
    static int headingLevel(Element element) {
        String name = element.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return element.normalName().equals("p") ? 7 : 0;
    }
}
