package dev.lede.html.internal;

import dev.lede.Inline;
import dev.lede.RichText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the text and inline markup of one block and collapses white space as a browser does: a run of ASCII
 * white space becomes one space, and none is kept at the start or end of a line (the block's edges and either
 * side of a line break). A kept space stays in the element it was written in, so {@code a <em>b</em>} and
 * {@code a<em> b</em>} read differently, as they render. Not thread-safe.
 */
final class InlineCollector {
    enum Kind { ROOT, EMPHASIS, STRONG, CODE, LINK }

    private static final Object LINE_BREAK = new Object();

    private static final class Frame {
        final Kind kind;
        final String href;
        final Optional<String> title;
        final List<Object> children = new ArrayList<>();

        Frame(Kind kind, String href, Optional<String> title) {
            this.kind = kind;
            this.href = href;
            this.title = title;
        }

        void append(CharSequence text, int start, int end) {
            Object last = children.isEmpty() ? null : children.get(children.size() - 1);
            if (last instanceof StringBuilder builder) {
                builder.append(text, start, end);
            } else {
                children.add(new StringBuilder(end - start + 16).append(text, start, end));
            }
        }
    }

    private final boolean plain;
    private final Deque<Frame> open = new ArrayDeque<>();
    private boolean lineHasContent;
    private Frame spaceFrame;
    private int spaceIndex;

    /**
     * @param plain true to keep text only: markup is ignored and a line break counts as a space
     */
    InlineCollector(boolean plain) {
        this.plain = plain;
        open.push(new Frame(Kind.ROOT, null, Optional.empty()));
    }

    /** Whether a frame of this kind is open, so that a link is not opened inside a link. */
    boolean isOpen(Kind kind) {
        for (Frame frame : open) {
            if (frame.kind == kind) {
                return true;
            }
        }
        return false;
    }

    /** Opens emphasis, strong or code; returns whether a frame was opened (and must be closed). */
    boolean open(Kind kind) {
        return open(kind, null, Optional.empty());
    }

    boolean openLink(String href, Optional<String> title) {
        return open(Kind.LINK, href, title);
    }

    private boolean open(Kind kind, String href, Optional<String> title) {
        if (plain || isOpen(Kind.CODE)) {
            return false;
        }
        Frame frame = new Frame(kind, href, title);
        open.peek().children.add(frame);
        open.push(frame);
        return true;
    }

    private static boolean isWordCharacter(char c) {
        return !InputText.isWhitespace(c) && Escaping.isCarried(c);
    }

    void close() {
        open.pop();
    }

    void text(String text) {
        Frame frame = open.peek();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > start && i + 1 < text.length() && isWordCharacter(text.charAt(i + 1))) {
                continue; // one space between words stays as written: the common case, read in one piece
            }
            if (InputText.isWhitespace(c) || !Escaping.isCarried(c)) {
                if (i > start) {
                    content(frame, text, start, i);
                }
                start = i + 1;
                if (InputText.isWhitespace(c)) {
                    space();
                }
            }
        }
        if (start < text.length()) {
            content(frame, text, start, text.length());
        }
    }

    /** White space at a block boundary inside inline content: collapses like a space. */
    void space() {
        if (lineHasContent && spaceFrame == null) {
            spaceFrame = open.peek();
            spaceIndex = spaceFrame.children.size();
        }
    }

    void lineBreak() {
        if (plain || isOpen(Kind.CODE)) {
            space();
            return;
        }
        spaceFrame = null;
        open.peek().children.add(LINE_BREAK);
        lineHasContent = false;
    }

    private void content(Frame frame, String text, int start, int end) {
        if (spaceFrame != null) {
            if (spaceFrame == frame && spaceIndex == frame.children.size()) {
                frame.append(" ", 0, 1);
            } else {
                spaceFrame.children.add(spaceIndex, " ");
            }
            spaceFrame = null;
        }
        frame.append(text, start, end);
        lineHasContent = true;
    }

    /**
     * Ends the block: returns what was collected and starts again empty, with the frames that are still open
     * reopened, so that text after a block interrupting an {@code <em>} is still emphasised.
     */
    RichText finish() {
        Frame root = open.getLast();
        RichText text = new RichText(build(root));
        lineHasContent = false;
        spaceFrame = null;
        if (open.size() == 1) {
            root.children.clear();
            return text;
        }
        List<Frame> reopen = new ArrayList<>();
        Iterator<Frame> outward = open.iterator();
        while (outward.hasNext()) {
            reopen.add(0, outward.next());
        }
        open.clear();
        Frame parent = null;
        for (Frame frame : reopen) {
            Frame copy = new Frame(frame.kind, frame.href, frame.title);
            if (parent != null) {
                parent.children.add(copy);
            }
            open.push(copy);
            parent = copy;
        }
        return text;
    }

    /** The collected text without markup, line breaks as spaces. */
    String finishPlain() {
        return finish().plainText();
    }

    /** Rich text as plain text the way a plain collector would have read it: line breaks as spaces. */
    static String plain(RichText text) {
        InlineCollector collector = new InlineCollector(true);
        collector.feed(text);
        return collector.finishPlain();
    }

    private void feed(RichText text) {
        for (Inline inline : text.inlines()) {
            inline.accept(new Inline.Visitor<Void>() {
                @Override
                public Void visitText(Inline.Text text) {
                    text(text.text());
                    return null;
                }

                @Override
                public Void visitEmphasis(Inline.Emphasis emphasis) {
                    feed(emphasis.content());
                    return null;
                }

                @Override
                public Void visitStrong(Inline.Strong strong) {
                    feed(strong.content());
                    return null;
                }

                @Override
                public Void visitCode(Inline.Code code) {
                    text(code.code());
                    return null;
                }

                @Override
                public Void visitLink(Inline.Link link) {
                    feed(link.content());
                    return null;
                }

                @Override
                public Void visitLineBreak(Inline.LineBreak lineBreak) {
                    space();
                    return null;
                }
            });
        }
    }

    private static List<Inline> build(Frame frame) {
        List<Inline> inlines = new ArrayList<>(frame.children.size());
        for (Object child : frame.children) {
            if (child == LINE_BREAK) {
                inlines.add(new Inline.LineBreak());
            } else if (child instanceof Frame nested) {
                inline(nested).ifPresent(inlines::add);
            } else {
                inlines.add(new Inline.Text(child.toString()));
            }
        }
        return inlines;
    }

    private static Optional<Inline> inline(Frame frame) {
        if (frame.kind == Kind.CODE) {
            StringBuilder code = new StringBuilder();
            frame.children.forEach(code::append);
            return code.length() == 0 ? Optional.empty() : Optional.of(new Inline.Code(code.toString()));
        }
        RichText content = new RichText(build(frame));
        if (content.isEmpty()) {
            return Optional.empty();
        }
        switch (frame.kind) {
            case EMPHASIS:
                return Optional.of(new Inline.Emphasis(content));
            case STRONG:
                return Optional.of(new Inline.Strong(content));
            default:
                return Optional.of(new Inline.Link(frame.href, frame.title, content));
        }
    }

}
