package dev.lede.html.internal.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page and separates it from the page's chrome. The algorithm, in order:
 *
 * <ol>
 *   <li>Drop what the options' drop selectors match and what the page hides; make an image and the caption
 *       beside it a figure ({@link Layout#captionedImages}).
 *   <li>Weigh prose: every paragraph-like block with a sentence or 80 characters of text, and less than half of
 *       it link text, adds its non-link characters to itself and every ancestor, unless an ancestor's markup
 *       marks it as chrome (navigation, comments, share boxes: see {@link Signals}) or it is a rail of linked
 *       headlines ({@link HeadlineRails}). When nearly all prose is in rails, the rails are the content.
 *   <li>Choose the root: the {@code itemprop=articleBody} element or the single {@code <article>} that holds
 *       most of the prose; otherwise start at {@code <main>} (or the body) and move into the child holding at
 *       least {@code descendRatio} of the prose until no child does, never into a single paragraph, quote or
 *       list item. Siblings with enough prose of their own join it.
 *   <li>Keep what belongs to the article though it stands outside the root: the {@code h1}, a standfirst,
 *       a "Key points" box just before the text (its heading as a bold line, so that it opens no section),
 *       the hero figure before the text, notes under a heading such as "Editorial Note" or "Correction",
 *       summary-like two-column tables, and what the keep selectors match.
 *   <li>Report every other region of the page that held text, with its word count and the reason it was
 *       dropped, and clean chrome, bylines, link lists and rails out of the root (a rail with the article's
 *       prose before and after it, and no label naming it a rail, is the article's own list).
 *   <li>Once the title is settled, read every other {@code h1} as a section heading, and undo layout markup
 *       ({@link Layout}).
 * </ol>
 *
 * <p>Each step is a part of its own ({@link Cleaner}, {@link ProseWeights}, {@link RootChooser},
 * {@link TitleFinder}, {@link HeroFinder}, {@link Extras}, {@link ChromeReport}), sharing one
 * {@link SearchState}; this class runs them in order and gathers the article.
 *
 * <p>A finder is used for one page and then thrown away; it changes the document it is given. Not
 * thread-safe.
 */
public final class ContentFinder {
    private final Document document;
    private final URI pageUrl;
    private final Optional<String> expectedTitle;
    private final SearchState state;

    /**
     * Prepares to search a page.
     *
     * @param document the parsed page, which the finder changes
     * @param pageUrl the page's address, for lazy-loaded images
     * @param options the tuning
     * @param expectedTitle the title the metadata names, to recognise the article's {@code h1} among others
     */
    public ContentFinder(Document document, URI pageUrl, FinderOptions options, Optional<String> expectedTitle) {
        this.document = document;
        this.pageUrl = pageUrl;
        this.expectedTitle = expectedTitle.map(Signals::normalise);
        this.state = new SearchState(document, options);
    }

    /**
     * Runs the search.
     *
     * @return the content, the heading, the notes and the dropped regions
     */
    public ContentSelection find() {
        Element body = document.body();
        Cleaner cleaner = new Cleaner(state);
        cleaner.dropBySelector();
        cleaner.dropHidden(body);
        Layout.captionedImages(body);
        if (!state.options.keepSelectors().isEmpty()) {
            state.forced.addAll(document.select(String.join(", ", state.options.keepSelectors())));
        }
        new ProseWeights(state).weigh(body);

        RootChooser rootChooser = new RootChooser(state);
        List<Element> roots = rootChooser.chooseRoots(body);
        Element main = rootChooser.main(roots);
        TitleFinder titleFinder = new TitleFinder(state, expectedTitle);
        Optional<Element> title = titleFinder.findTitle(main);
        Optional<Element> subtitle = title.flatMap(titleFinder::findSubtitle);
        Extras extraFinder = new Extras(state);
        List<Element> notes = new ArrayList<>();
        List<ContentSelection.NoteRegion> noteRegions = extraFinder.findNotes(body, roots, notes);
        Optional<Element> hero = new HeroFinder(state).findHero(body, title, main, roots);
        List<Element> leading = extraFinder.findKeyPoints(main, roots);
        List<Element> extras = extraFinder.findOutsideRoots(body, roots, notes);
        title.ifPresent(state::keep);
        subtitle.ifPresent(state::keep);
        hero.ifPresent(state::keep);
        notes.forEach(state::keep);
        leading.forEach(state::keep);
        extras.forEach(state::keep);
        roots.forEach(state::keep);

        state.report.regionsOutside(body, state.kept, state.holdsKept, state.rails);
        cleaner.cleanRoots(roots, main);

        Element article = new Document(document.location()).appendElement("article");
        hero.ifPresent(h -> article.appendChild(h.clone()));
        Optional<String> heading = title.map(t -> Text.clean(t.text()));
        title.ifPresent(Element::remove);
        Optional<String> standfirst = subtitle.map(s -> Text.clean(s.text()));
        subtitle.ifPresent(Element::remove);
        for (Element element : leading) {
            for (Element boxHeading : element.select("h1, h2, h3, h4, h5, h6")) {
                Element line = new Element("p");
                line.appendElement("strong").appendChildren(Removals.detachChildren(boxHeading));
                boxHeading.replaceWith(line);
            }
            article.appendChild(element);
        }
        for (Element root : roots) {
            if (roots.size() == 1) {
                article.appendChildren(Removals.detachChildren(root));
            } else {
                article.appendChild(root);
            }
        }
        for (Element extra : extras) {
            article.appendChild(extra);
        }
        if (heading.isPresent() || expectedTitle.isPresent()) {
            // The title is settled, so the reader must not take a remaining h1 for it and lose its text.
            for (Element h1 : article.select("h1")) {
                h1.tagName("h2");
            }
        }
        Layout.normalise(article);
        Images.normalise(article, pageUrl);
        for (ContentSelection.NoteRegion note : noteRegions) {
            Images.normalise(note.body(), pageUrl);
        }
        return new ContentSelection(article, heading, standfirst, noteRegions, state.report.regions());
    }
}
