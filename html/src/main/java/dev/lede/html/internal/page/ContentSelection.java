package dev.lede.html.internal.page;

import dev.lede.NoteKind;
import dev.lede.html.PageDiagnostic;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * What {@link ContentFinder} found in a page: the article's content gathered into one {@code <article>}
 * element (the hero first when it stood outside the main text), the article's heading and subtitle, the notes,
 * and every region it dropped. The elements belong to the import that made them.
 *
 * @param content an {@code <article>} element holding the content, ready for the semantic reader
 * @param heading the text of the article's {@code h1}, removed from the content
 * @param subtitle the text of a standfirst next to the heading, removed from the content
 * @param notes editorial notes, corrections and the like, each with its body
 * @param dropped every region that held text and was left out, in document order of discovery
 */
public record ContentSelection(Element content, Optional<String> heading, Optional<String> subtitle,
        List<NoteRegion> notes, List<PageDiagnostic> dropped) {
    /** Copies the lists. */
    public ContentSelection {
        notes = List.copyOf(notes);
        dropped = List.copyOf(dropped);
    }

    /**
     * One note found in the page.
     *
     * @param kind the kind its heading names
     * @param title the heading's text
     * @param body a {@code <div>} holding what follows the heading
     */
    public record NoteRegion(NoteKind kind, String title, Element body) {}
}
