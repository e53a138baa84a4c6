package dev.lede.markdown.internal;

import dev.lede.Inline;
import dev.lede.RichText;
import dev.lede.internal.UrlSafety;
import dev.lede.markdown.MarkdownDiagnostic.Kind;
import java.util.List;
import org.commonmark.text.Characters;

/**
 * Writes rich text as CommonMark inline content so that commonmark's parser reads back the same inlines and
 * text. Text is escaped where Markdown would read it as syntax: {@code \ ` * _ [ ] < & |} everywhere, block
 * markers ({@code # - + = > ~}, {@code 1.}, {@code Table:}) at a line's start, and whitespace or control
 * characters that parsing would strip or turn into line ends as numeric character references. Emphasis
 * delimiters are chosen ({@code *} or {@code _}) so that no two runs touch, and a neighbouring character that
 * would stop a delimiter from opening or closing (a letter beside it, whitespace inside it) is written as a
 * character reference, which the delimiter rules count as punctuation.
 *
 * <p>The text holds a line end only after a hard line break ({@code \}); the caller adds its lines' prefixes.
 * One instance a piece of text; not thread-safe.
 */
final class InlineWriter {
    /** Where the text goes, which changes what must be escaped. */
    enum Place {
        /** A paragraph, caption or list item's text. */
        BLOCK,
        /** An ATX heading: one line, {@code #} and {@code {} escaped so no closing sequence or id is read. */
        HEADING,
        /** A GFM table cell: one line, and {@code |} escaped in code and link targets too. */
        CELL
    }

    private final StringBuilder out = new StringBuilder();
    private final Place place;
    private final Diagnostics diagnostics;
    private final String path;
    /** Where the current line's text starts in {@link #out}. */
    private int lineStart;
    /** Whether the next text's first character must not be whitespace (a line start, or after an opener). */
    private boolean edge = true;
    /** Whether an emphasis delimiter run was just closed, so the next character must be whitespace or punctuation. */
    private boolean afterCloser;

    private InlineWriter(Place place, Diagnostics diagnostics, String path) {
        this.place = place;
        this.diagnostics = diagnostics;
        this.path = path;
    }

    /** The Markdown of {@code text} at the start of a line. */
    static String write(RichText text, Place place, Diagnostics diagnostics, String path) {
        InlineWriter writer = new InlineWriter(place, diagnostics, path);
        writer.inlines(text.inlines(), "");
        writer.endLine();
        return writer.out.toString();
    }

    /** The Markdown of plain {@code text} at the start of a line. */
    static String write(String text, Place place, Diagnostics diagnostics, String path) {
        return write(RichText.of(text), place, diagnostics, path);
    }

    /**
     * Writes inlines inside the delimiter runs {@code open}, outermost first (empty outside emphasis, and inside a
     * link's text, where no delimiter outside the brackets can match).
     */
    private void inlines(List<Inline> inlines, String open) {
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            if (inline instanceof Inline.Text text) {
                boolean beforeLink = i + 1 < inlines.size() && inlines.get(i + 1) instanceof Inline.Link;
                text(text.text(), beforeLink);
            } else if (inline instanceof Inline.Emphasis emphasis) {
                delimited(emphasis.content(), 1, open, "emphasis");
            } else if (inline instanceof Inline.Strong strong) {
                delimited(strong.content(), 2, open, "strong");
            } else if (inline instanceof Inline.Code code) {
                code(code.code());
            } else if (inline instanceof Inline.Link link) {
                link(link);
            } else {
                lineBreak();
            }
        }
    }

    private void text(String text, boolean beforeLink) {
        int i = 0;
        if (out.length() == lineStart && text.startsWith(Syntax.CAPTION)) {
            out.append(Syntax.CAPTION, 0, Syntax.CAPTION.length() - 1).append("\\:");
            i = Syntax.CAPTION.length();
            edge = false;
        }
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == 0) {
                notHeld("a NUL character, written as U+FFFD");
                c = 0xFFFD;
            }
            if (edge && Characters.isWhitespaceCodePoint(c) || afterCloser && !isSpaceOrPunctuation(c)) {
                reference(c);
            } else if (out.length() == lineStart) {
                next = lineStartCharacter(text, i, c);
            } else {
                character(c, next == text.length() && beforeLink);
            }
            edge = false;
            afterCloser = false;
            i = next;
        }
    }

    /** Writes a line's first character, escaping a block marker; returns where the text goes on. */
    private int lineStartCharacter(String text, int i, int c) {
        switch (c) {
            case '#':
            case '-':
            case '+':
            case '=':
            case '>':
            case '~':
                out.append('\\').append((char) c);
                return i + 1;
            case '—':
                // The reader takes a quote's last paragraph opening with a literal dash for its attribution.
                reference(c);
                return i + 1;
            default:
                if (c >= '0' && c <= '9') {
                    int end = i;
                    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                        end++;
                    }
                    out.append(text, i, end);
                    if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
                        out.append('\\').append(text.charAt(end));
                        end++;
                    }
                    return end;
                }
                character(c, false);
                return i + Character.charCount(c);
        }
    }

    private void character(int c, boolean lastBeforeLink) {
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '&':
            case '|':
                out.append('\\').append((char) c);
                return;
            case '#':
            case '{':
                if (place == Place.HEADING) {
                    out.append('\\');
                }
                out.append((char) c);
                return;
            case '!':
                // Before a link, a bare '!' would make the link an image.
                out.append(lastBeforeLink ? "\\!" : "!");
                return;
            default:
                if (c < 0x20 || c == 0x7F) {
                    reference(c);
                } else {
                    out.appendCodePoint(c);
                }
        }
    }

    private void reference(int c) {
        out.append("&#").append(c).append(';');
    }

    /**
     * Writes emphasis ({@code width} 1) or strong emphasis (2) around {@code content}, with a delimiter unlike the
     * character before it and unlike the innermost {@code open} one: {@code *a *b* c*} does not read as nested
     * emphasis. An opening run with punctuation on both sides (a letter before it is written as a reference) can
     * also close, and would close an outer run of its character; then that character is not used either.
     */
    private void delimited(RichText content, int width, String open, String what) {
        if (content.isEmpty()) {
            notHeld("empty " + what + ", left out");
            return;
        }
        char before = lastCharacter();
        char enclosing = open.isEmpty() ? 0 : open.charAt(open.length() - 1);
        boolean couldClose = before != 0 && !Characters.isWhitespaceCodePoint(before) && opensOnPunctuation(content);
        char delimiter = usable('*', before, enclosing, couldClose, open) && !isNoteLabel(content, width) ? '*'
                : usable('_', before, enclosing, couldClose, open) ? '_' : 0;
        if (delimiter == 0) {
            notHeld(what + " right beside another, or opening on punctuation inside emphasis of both characters, "
                    + "written as its text");
            inlines(content.inlines(), open);
            return;
        }
        if (!isSpaceOrPunctuation(before)) {
            referenceLast();
        }
        String run = String.valueOf(delimiter).repeat(width);
        out.append(run);
        edge = true;
        afterCloser = false;
        inlines(content.inlines(), open + delimiter);
        if (Characters.isWhitespaceCodePoint(lastCharacter())) {
            referenceLast();
        }
        out.append(run);
        afterCloser = true;
    }

    private static boolean usable(char delimiter, char before, char enclosing, boolean couldClose, String open) {
        return before != delimiter && enclosing != delimiter && !(couldClose && open.indexOf(delimiter) >= 0);
    }

    /**
     * Whether the first character written of {@code content} is punctuation: anything but text opening with a
     * letter, digit or other character written as itself (whitespace there is a reference, so counts too).
     */
    private static boolean opensOnPunctuation(RichText content) {
        Inline first = content.inlines().get(0);
        if (!(first instanceof Inline.Text) || ((Inline.Text) first).text().isEmpty()) {
            return true;
        }
        int c = ((Inline.Text) first).text().codePointAt(0);
        return c < 0x20 || c == 0x7F || isSpaceOrPunctuation(c);
    }

    /**
     * Whether this is strong text at a line's start that reads as a note's label: written with {@code __}, as the
     * reader takes only {@code **} for a label.
     */
    private boolean isNoteLabel(RichText content, int width) {
        return width == 2 && out.length() == lineStart && content.isPlain()
                && Syntax.kind(content.plainText()).isPresent();
    }

    private void code(String code) {
        String literal = code;
        if (literal.indexOf('\n') >= 0 || literal.indexOf('\r') >= 0) {
            notHeld("a line end in inline code, written as a space");
            literal = literal.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        }
        if (literal.indexOf('\0') >= 0) {
            notHeld("a NUL character, written as U+FFFD");
            literal = literal.replace('\0', '\uFFFD');
        }
        if (literal.isEmpty()) {
            notHeld("empty inline code, left out");
            return;
        }
        if (place == Place.CELL) {
            literal = literal.replace("|", "\\|");
        }
        String fence = "`".repeat(longestRun(literal, '`') + 1);
        boolean pad = literal.startsWith("`") || literal.endsWith("`")
                || literal.startsWith(" ") && literal.endsWith(" ") && !literal.isBlank();
        out.append(fence).append(pad ? " " : "").append(literal).append(pad ? " " : "").append(fence);
        edge = false;
        afterCloser = false;
    }

    private void link(Inline.Link link) {
        if (!UrlSafety.isSafeContentUrl(link.href())) {
            diagnostics.add(Kind.UNSAFE_URL, path, "a link to \"" + link.href() + "\", written as its text");
            inlines(link.content().inlines(), "");
            return;
        }
        out.append('[');
        edge = false;
        afterCloser = false;
        inlines(link.content().inlines(), "");
        out.append("](").append(destination(link.href(), place == Place.CELL));
        link.title().ifPresent(title -> out.append(' ').append(title(title, place == Place.CELL)));
        out.append(')');
        afterCloser = false;
    }

    private void lineBreak() {
        if (place != Place.BLOCK) {
            notHeld("a line break in a " + (place == Place.HEADING ? "heading" : "table cell") + ", written as a space");
            text(" ", false);
            return;
        }
        endLine();
        out.append("\\\n");
        lineStart = out.length();
        edge = true;
        afterCloser = false;
    }

    /**
     * Writes a line's trailing whitespace, which parsing would strip, as it must be kept: the last character as a
     * character reference, after which the rest no longer trails.
     */
    private void endLine() {
        if (Characters.isWhitespaceCodePoint(lastCharacter())) {
            referenceLast();
        }
    }

    /** Rewrites the last character written, a letter or whitespace of text, as a character reference. */
    private void referenceLast() {
        if (out.length() == lineStart) {
            return;
        }
        int c = out.codePointBefore(out.length());
        out.setLength(out.length() - Character.charCount(c));
        reference(c);
    }

    /** The last character written on this line, or 0 at a line's start, which counts as whitespace. */
    private char lastCharacter() {
        return out.length() == lineStart ? 0 : out.charAt(out.length() - 1);
    }

    private static boolean isSpaceOrPunctuation(int c) {
        return c == 0 || Characters.isWhitespaceCodePoint(c) || Characters.isPunctuationCodePoint(c);
    }

    private void notHeld(String detail) {
        diagnostics.add(Kind.NOT_HELD, path, detail);
    }

    /** A link or image target: bare when it can be, else in angle brackets; escaped either way. */
    static String destination(String href, boolean cell) {
        boolean angle = href.isEmpty();
        StringBuilder escaped = new StringBuilder(href.length() + 2);
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c < 0x20 || c == 0x7F) {
                angle = true;
            }
            if (c == '\\' || c == '&' || c == '<' || c == '>' || c == '(' || c == ')' || cell && c == '|') {
                escaped.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                escaped.append("&#").append((int) c).append(';');
            } else {
                escaped.append(c);
            }
        }
        return angle ? "<" + escaped + ">" : escaped.toString();
    }

    /** A link or image title in double quotes, escaped. */
    static String title(String title, boolean cell) {
        StringBuilder quoted = new StringBuilder(title.length() + 2).append('"');
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '"' || c == '\\' || c == '&' || cell && c == '|') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                quoted.append("&#").append((int) c).append(';');
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
