package dev.lede.diff;

import dev.lede.Inline;
import dev.lede.RichText;
import java.util.List;

/**
 * Rich text written so that its marks show, for two rich texts whose plain text is the same: each run of text
 * quoted, {@code _…_} around emphasis, {@code **…**} around strong, {@code `"…"`} for code,
 * {@code […]("href" "title")} for a link, {@code <br>} for a line break, the parts separated by a space. For
 * example {@code "Alaska’s " _"rare"_ " neutrality"}. Text is quoted as strings are, so no text can pass for a
 * mark.
 */
final class Marks {
    private Marks() {}

    /**
     * The rich text in the notation above.
     *
     * @param ascii whether every character outside printable ASCII is escaped, for two texts that look alike
     */
    static String of(RichText text, boolean ascii) {
        StringBuilder out = new StringBuilder();
        new Writer(out, ascii).write(text);
        return out.toString();
    }

    /**
     * Whether two rich texts have the same inlines of the same kinds, the same text and code, and differ at most
     * in their links' addresses and titles.
     */
    static boolean sameShape(RichText expected, RichText actual) {
        List<Inline> e = expected.inlines();
        List<Inline> a = actual.inlines();
        if (e.size() != a.size()) {
            return false;
        }
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i).getClass() != a.get(i).getClass() || !e.get(i).accept(new SameShape(a.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Compares one inline with another of the same kind. */
    private static final class SameShape implements Inline.Visitor<Boolean> {
        private final Inline actual;

        SameShape(Inline actual) {
            this.actual = actual;
        }

        @Override
        public Boolean visitText(Inline.Text text) {
            return text.text().equals(((Inline.Text) actual).text());
        }

        @Override
        public Boolean visitEmphasis(Inline.Emphasis emphasis) {
            return sameShape(emphasis.content(), ((Inline.Emphasis) actual).content());
        }

        @Override
        public Boolean visitStrong(Inline.Strong strong) {
            return sameShape(strong.content(), ((Inline.Strong) actual).content());
        }

        @Override
        public Boolean visitCode(Inline.Code code) {
            return code.code().equals(((Inline.Code) actual).code());
        }

        @Override
        public Boolean visitLink(Inline.Link link) {
            return sameShape(link.content(), ((Inline.Link) actual).content());
        }

        @Override
        public Boolean visitLineBreak(Inline.LineBreak lineBreak) {
            return true;
        }
    }

    /** Writes inlines, nested ones included, to one buffer. */
    private static final class Writer implements Inline.Visitor<Void> {
        private final StringBuilder out;
        private final boolean ascii;

        Writer(StringBuilder out, boolean ascii) {
            this.out = out;
            this.ascii = ascii;
        }

        void write(RichText text) {
            if (text.isEmpty()) {
                quote("");
                return;
            }
            for (int i = 0; i < text.inlines().size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                text.inlines().get(i).accept(this);
            }
        }

        private void quote(String text) {
            out.append('"');
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                Values.escape(out, codePoint, ascii);
                i += Character.charCount(codePoint);
            }
            out.append('"');
        }

        @Override
        public Void visitText(Inline.Text text) {
            quote(text.text());
            return null;
        }

        @Override
        public Void visitEmphasis(Inline.Emphasis emphasis) {
            out.append('_');
            write(emphasis.content());
            out.append('_');
            return null;
        }

        @Override
        public Void visitStrong(Inline.Strong strong) {
            out.append("**");
            write(strong.content());
            out.append("**");
            return null;
        }

        @Override
        public Void visitCode(Inline.Code code) {
            out.append('`');
            quote(code.code());
            out.append('`');
            return null;
        }

        @Override
        public Void visitLink(Inline.Link link) {
            out.append('[');
            write(link.content());
            out.append("](");
            quote(link.href());
            link.title().ifPresent(title -> {
                out.append(' ');
                quote(title);
            });
            out.append(')');
            return null;
        }

        @Override
        public Void visitLineBreak(Inline.LineBreak lineBreak) {
            out.append("<br>");
            return null;
        }
    }
}
