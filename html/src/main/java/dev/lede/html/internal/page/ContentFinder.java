package dev.lede.html.internal.page;

import dev.lede.NoteKind;
import dev.lede.html.PageDiagnostic.Reason;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
 * <p>A finder is used for one page and then thrown away; it changes the document it is given.
 */
public final class ContentFinder {
    private static final Set<String> STRUCTURAL = Set.of("html", "body", "main");
    // Queries asked of many elements are parsed once: jsoup parses a query string on every call.
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator LANDMARKS = QueryParser.parse("h1, article, [itemprop=articleBody]");
    /** What a rail never holds: the article's title or its marked body. */
    private static final Evaluator ARTICLE_MARKS = QueryParser.parse("h1, [itemprop=articleBody]");
    private static final Evaluator FIGURE_PART = QueryParser.parse("figure, figcaption");
    private static final Evaluator CONTENT_BLOCK = QueryParser.parse("h1, h2, h3, h4, h5, h6, img, picture, figure, "
            + "ul, ol, table, pre, blockquote");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "aside", "ul", "ol", "nav", "footer",
            "form", "header", "dl", "table", "figure");
    private static final Set<String> SUBTITLE_TOKENS = Set.of("subtitle", "standfirst", "dek", "deck", "subheadline",
            "subhead", "strapline");
    /** An element holding at least this share of the page's prose is the article's, whatever its classes. */
    private static final double GUARDED_PROSE_SHARE = 0.2;
    private static final int MAX_NOTE_WORDS = 400;
    private static final int MAX_POST_META_WORDS = 12;
    private static final int MAX_LABEL_WORDS = 4;
    private static final double PRECISE_MERGE_RATIO = 0.5;
    private static final Set<String> CONTENT_SHAPES = Set.of("table", "figure", "pre", "blockquote");
    private static final int BANNER_RATIO = 4;
    /** Rails are the page's content when the prose outside them is less than this share of theirs. */
    private static final double RAIL_CONTENT_SHARE = 0.25;
    /** Blocks that are one paragraph, quote or entry: never the article on their own, whatever their share. */
    private static final Set<String> SINGLE_BLOCKS = Set.of("p", "pre", "blockquote", "li", "dd");
    private static final double TITLE_WORD_SHARE = 0.75;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern KEY_POINTS = Pattern.compile("^(?:key (?:points|facts|takeaways)|at a glance"
            + "|in brief|in short|summary|what we know|the essentials)\\b");
    private static final Set<String> INLINE_CONTEXTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td",
            "th", "pre", "code", "blockquote", "figcaption", "table");

    private final Document document;
    private final URI pageUrl;
    private final FinderOptions options;
    private final Optional<String> expectedTitle;
    /** The words of {@code expectedTitle}, looked up once per heading word; worked out when first asked. */
    private Set<String> titleWords;
    private final Map<Element, Double> weights = new IdentityHashMap<>();
    // Each element's prose, chrome signal and text, worked out once: the search asks for them many times, and
    // nothing changes the page between the last drop of hidden parts and the content's removal.
    private final PageMeasures measures = new PageMeasures();
    /** What is left out, each region with its reason; in page order. */
    private final ChromeReport report = new ChromeReport(measures);
    private final Set<Element> guarded = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Rails of linked headlines ({@link HeadlineRails}): chrome, though their teasers read as prose. */
    private final Set<Element> rails = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> holdsKept = Collections.newSetFromMap(new IdentityHashMap<>());
    /** What the keep selectors match, in document order (a list, so that the order is stable). */
    private final List<Element> forced = new ArrayList<>();

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
        this.options = options;
        this.expectedTitle = expectedTitle.map(Signals::normalise);
    }

    /**
     * Runs the search.
     *
     * @return the content, the heading, the notes and the dropped regions
     */
    public ContentSelection find() {
        Element body = document.body();
        dropBySelector();
        dropHidden(body);
        Layout.captionedImages(body);
        if (!options.keepSelectors().isEmpty()) {
            forced.addAll(document.select(String.join(", ", options.keepSelectors())));
        }
        markGuarded();
        findRails(body);
        weigh(body);
        if (!rails.isEmpty() && weight(body) < RAIL_CONTENT_SHARE * railProse()) {
            // Nothing but rails holds prose: the page is a list of stories, and the rails are its content.
            rails.clear();
            weights.clear();
            weigh(body);
        }

        List<Element> roots = chooseRoots(body);
        Element main = roots.get(0);
        for (Element root : roots) {
            if (weight(root) > weight(main)) {
                main = root;
            }
        }
        Optional<Element> title = findTitle(main);
        Optional<Element> subtitle = title.flatMap(this::findSubtitle);
        List<Element> notes = new ArrayList<>();
        List<ContentSelection.NoteRegion> noteRegions = findNotes(body, roots, notes);
        Optional<Element> hero = startsWithImage(main) ? Optional.empty() : findHero(body, title, main, roots);
        List<Element> leading = findKeyPoints(main, roots);
        List<Element> extras = new ArrayList<>();
        for (Element table : body.select("table")) {
            if (!inside(table, roots) && !insideChrome(table) && SummaryTables.looksLike(table)) {
                extras.add(table);
            }
        }
        for (Element element : forced) {
            if (!inside(element, roots) && !inside(element, extras) && !inside(element, notes)) {
                extras.add(element);
            }
        }
        title.ifPresent(this::keep);
        subtitle.ifPresent(this::keep);
        hero.ifPresent(this::keep);
        notes.forEach(this::keep);
        leading.forEach(this::keep);
        extras.forEach(this::keep);
        roots.forEach(this::keep);

        report.regionsOutside(body, kept, holdsKept, rails);
        Set<Element> cleaned = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element root : roots) {
            clean(root, main, cleaned);
        }
        Removals.removeAll(cleaned);

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
        return new ContentSelection(article, heading, standfirst, noteRegions, report.regions());
    }

    private void dropBySelector() {
        for (String selector : options.dropSelectors()) {
            List<Element> matched = new ArrayList<>();
            for (Element element : document.body().select(selector)) {
                if (element.parent() != null) {
                    report.add(element, Reason.DROP_SELECTOR, "matched drop selector \"" + selector + "\"");
                    matched.add(element);
                }
            }
            Removals.removeAll(matched); // after the reports, as in dropHidden
        }
    }

    private void dropHidden(Element body) {
        List<Element> hidden = new ArrayList<>();
        Set<Element> hiddenSet = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : body.select("[hidden], [aria-hidden], [style]")) {
            if (Signals.isHidden(element) && !insideAny(element, hiddenSet)) {
                hidden.add(element);
                hiddenSet.add(element);
            }
        }
        // Every report before any removal: a removal makes jsoup re-index the siblings at the next walk, which
        // a report's text walk then pays for, once per hidden sibling.
        for (Element element : hidden) {
            report.add(element, Reason.HIDDEN, "hidden by the page");
        }
        Removals.removeAll(hidden);
    }

    /**
     * Marks the elements no class name can make chrome: those that hold the article's own landmarks, and those
     * that hold much of the page's prose (a Blogger post sits in a "widget", a Vox story in an
     * "l-sidebar-fixed" column, a manual's section in "#sharing-..."). Comments are never guarded: a lively
     * thread can hold more prose than the story.
     */
    private void markGuarded() {
        guardProseHolders(document.body());
        for (Element landmark : document.body().select(LANDMARKS)) {
            if (landmark.nameIs("article") && landmark.parents().stream().anyMatch(p -> p.nameIs("article"))) {
                continue;
            }
            for (Element e = landmark; e != null; e = e.parent()) {
                if (!guarded.add(e)) {
                    break;
                }
            }
        }
    }

    private void guardProseHolders(Element body) {
        // Children before parents (the page order reversed), each adding what it holds to its parent once:
        // one pass, where adding each prose element to all its ancestors costs the depth again and again.
        Map<Element, Double> prose = new IdentityHashMap<>();
        List<Element> all = body.select("*");
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            double held = prose.getOrDefault(element, 0.0)
                    + (PageMeasures.PROSE_TAGS.contains(element.normalName()) ? measures.prose(element) : 0);
            if (held > 0) {
                prose.put(element, held);
                if (element != body && element.parent() != null) {
                    prose.merge(element.parent(), held, Double::sum);
                }
            }
        }
        double total = prose.getOrDefault(body, 0.0);
        for (Element e = body.parent(); e != null && total > 0; e = e.parent()) {
            prose.put(e, total);
        }
        prose.forEach((element, held) -> {
            if (held >= GUARDED_PROSE_SHARE * total
                    && measures.chrome(element).filter(reason -> reason == Reason.COMMENTS).isEmpty()) {
                guarded.add(element);
            }
        });
    }

    private boolean isChrome(Element element) {
        return rails.contains(element) || !STRUCTURAL.contains(element.normalName()) && !guarded.contains(element)
                && measures.chrome(element).isPresent();
    }

    /** The page's rails of linked headlines, except those holding the article's own landmarks. */
    private void findRails(Element body) {
        for (Element rail : HeadlineRails.find(body)) {
            if (rail.selectFirst(ARTICLE_MARKS) == null) {
                rails.add(rail);
            }
        }
    }

    /** The prose of the rails' teasers. */
    private double railProse() {
        double prose = 0;
        for (Element rail : rails) {
            for (Element element : rail.select("*")) {
                prose += PageMeasures.PROSE_TAGS.contains(element.normalName()) ? measures.prose(element) : 0;
            }
        }
        return prose;
    }


    private boolean insideChrome(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isChrome(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Weighs each element by the prose it holds outside chrome: chrome is marked parents first (in page order),
     * then each element's prose is added to its parent children first (the order reversed), one step per
     * element however deep the page.
     */
    private void weigh(Element body) {
        List<Element> all = body.select("*");
        Set<Element> chromeBelow = Collections.newSetFromMap(new IdentityHashMap<>(all.size()));
        for (Element element : all) {
            Element parent = element.parent();
            // A leaf without prose has neither prose nor anything below it to mark: its signals do not matter.
            boolean matters = element.firstElementChild() != null
                    || PageMeasures.PROSE_TAGS.contains(element.normalName()) && measures.prose(element) > 0;
            if (parent != null && chromeBelow.contains(parent) || matters && isChrome(element)) {
                chromeBelow.add(element);
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            double held = weights.getOrDefault(element, 0.0);
            if (!chromeBelow.contains(element) && PageMeasures.PROSE_TAGS.contains(element.normalName())) {
                held += measures.prose(element);
            }
            if (held > 0) {
                weights.put(element, held);
                if (element != body && element.parent() != null) {
                    weights.merge(element.parent(), held, Double::sum);
                }
            }
        }
        double total = weight(body);
        for (Element e = body.parent(); e != null && total > 0; e = e.parent()) {
            weights.put(e, total);
        }
    }


    private double weight(Element element) {
        return weights.getOrDefault(element, 0.0);
    }

    private List<Element> chooseRoots(Element body) {
        double total = weight(body);
        for (Element articleBody : body.select("[itemprop=articleBody]")) {
            if (weight(articleBody) >= 0.3 * total && total > 0) {
                return List.of(articleBody);
            }
        }
        Element best = null;
        for (Element article : body.select("article")) {
            if (!isChrome(article) && (best == null || weight(article) > weight(best))) {
                best = article;
            }
        }
        if (best != null && weight(best) >= 0.5 * total && total > 0) {
            return List.of(best);
        }
        Element start = body;
        for (Element main : body.select("main, [role=main]")) {
            if (weight(main) >= 0.5 * total) {
                start = main;
                break;
            }
        }
        Element current = start;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Element child : current.children()) {
                if (weight(child) > 0 && weight(child) >= options.descendRatio() * weight(current)
                        && !SINGLE_BLOCKS.contains(child.normalName())) {
                    current = child;
                    moved = true;
                    break;
                }
            }
        }
        return withSiblings(current);
    }

    private List<Element> withSiblings(Element root) {
        Element parent = root.parent();
        if (parent == null || STRUCTURAL.contains(root.normalName())) {
            return List.of(root);
        }
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == root || (weight(sibling) > 0 && weight(sibling) >= options.mergeRatio() * weight(root)
                    || isContentShaped(sibling)) && !isChrome(sibling)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /** A table, figure, code block or quote beside the text, which belongs to it unless the bias is precision. */
    private boolean isContentShaped(Element sibling) {
        return options.mergeRatio() < PRECISE_MERGE_RATIO && CONTENT_SHAPES.contains(sibling.normalName())
                && measures.linkDensity(sibling) < 0.3;
    }

    /**
     * A summary box just before the text, under a heading such as "Key points" or "At a glance", that is
     * prose or a list rather than links: it belongs to the article though it stands beside the root.
     */
    private List<Element> findKeyPoints(Element main, List<Element> roots) {
        List<Element> found = new ArrayList<>();
        Element parent = main.parent();
        if (parent == null || STRUCTURAL.contains(main.normalName())) {
            return found;
        }
        for (Element sibling : parent.children()) {
            if (sibling == roots.get(0)) {
                break;
            }
            Optional<String> label = measures.openingText(sibling);
            if (label.isPresent() && KEY_POINTS.matcher(Signals.normalise(label.get())).find()
                    && !isChrome(sibling) && measures.linkDensity(sibling) < 0.5) {
                found.add(sibling);
            }
        }
        return found;
    }

    /**
     * The element that states the article's title, which leaves the content. With a title from the metadata,
     * only an {@code h1} that repeats it (most of its words are the title's) qualifies: an {@code h1} that says
     * something else is a heading of the content and stays in it.
     */
    private Optional<Element> findTitle(Element main) {
        Elements headings = document.body().select("h1");
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
            if (isAncestor(main, h1)) {
                return Optional.of(h1);
            }
            if (precedes(h1, main) && !insideChrome(h1) && !h1.text().isBlank()) {
                before = h1;
            }
        }
        if (before == null && expectedTitle.isPresent()) {
            for (Element candidate : document.body().select("h2, h3, [class~=(?i)title|headline]")) {
                String text = Signals.normalise(Text.upTo(candidate, expectedTitle.get().length()));
                if (text.equals(expectedTitle.get()) && !insideChrome(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.ofNullable(before);
    }

    /** Whether at least {@code TITLE_WORD_SHARE} of the heading's words are words of the metadata's title. */
    private boolean repeatsTitle(Element heading) {
        if (titleWords == null) {
            titleWords = Set.copyOf(words(expectedTitle.orElseThrow()));
        }
        List<String> words = words(Signals.normalise(heading.text()));
        long shared = words.stream().filter(titleWords::contains).count();
        return !words.isEmpty() && shared >= TITLE_WORD_SHARE * words.size();
    }

    private static List<String> words(String text) {
        return WORD_SPLIT.splitAsStream(text).filter(word -> !word.isEmpty()).toList();
    }

    /** A standfirst beside the title: an element among the title's relatives whose class names it so. */
    private Optional<Element> findSubtitle(Element title) {
        Element scope = title.parent();
        for (Element candidate : scope == null ? List.<Element>of() : scope.select("*")) {
            if (candidate != title && Signals.hasToken(candidate, SUBTITLE_TOKENS) && !candidate.text().isBlank()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private List<ContentSelection.NoteRegion> findNotes(Element body, List<Element> roots, List<Element> noteParts) {
        List<ContentSelection.NoteRegion> notes = new ArrayList<>();
        for (Element heading : body.select("h2, h3, h4, h5, h6, p > strong:only-child, p > b:only-child")) {
            Optional<NoteKind> kind = Signals.noteKind(heading.text());
            if (kind.isEmpty() || insideChrome(heading) || inside(heading, noteParts)) {
                continue;
            }
            Element label = heading.normalName().startsWith("h") && heading.normalName().length() == 2 ? heading
                    : heading.parent();
            List<Element> parts = following(label);
            int words = 0;
            for (Element part : parts) {
                words += Text.words(part.text());
            }
            boolean inRoot = inside(label, roots);
            if (parts.isEmpty() || words == 0 || words > MAX_NOTE_WORDS || (inRoot && !endsRoot(parts, roots))) {
                continue;
            }
            Element noteBody = new Document(document.location()).appendElement("div");
            noteParts.add(label);
            noteParts.addAll(parts);
            for (Element part : parts) {
                noteBody.appendChild(part.clone());
            }
            notes.add(new ContentSelection.NoteRegion(kind.get(), Text.clean(heading.text()), noteBody));
        }
        Removals.removeAll(noteParts);
        return notes;
    }

    /** The elements after a note's heading up to the next heading of its level or higher. */
    private static List<Element> following(Element label) {
        List<Element> parts = new ArrayList<>();
        Element anchor = label;
        if (anchor.nextElementSibling() == null && anchor.parent() != null
                && anchor.parent().childrenSize() == 1) {
            anchor = anchor.parent();
        }
        int level = Signals.headingLevel(label);
        for (Element next = anchor.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            int nextLevel = Signals.headingLevel(next);
            if (nextLevel > 0 && nextLevel <= level) {
                break;
            }
            parts.add(next);
        }
        return parts;
    }


    private boolean endsRoot(List<Element> parts, List<Element> roots) {
        Element last = parts.get(parts.size() - 1);
        Element root = roots.get(roots.size() - 1);
        for (Node n = next(last, root); n != null; n = next(n, root)) {
            if (n instanceof TextNode text && !text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Node next(Node node, Element root) {
        Node current = node;
        while (current != null && current != root) {
            Node sibling = current.nextSibling();
            if (sibling != null) {
                return firstLeaf(sibling);
            }
            current = current.parent();
        }
        return null;
    }

    private static Node firstLeaf(Node node) {
        Node current = node;
        while (current.childNodeSize() > 0) {
            current = current.childNode(0);
        }
        return current;
    }

    private boolean startsWithImage(Element root) {
        for (Element element : root.select("*")) {
            if (element.normalName().equals("img") || element.normalName().equals("picture")) {
                return true;
            }
            if (!element.ownText().isBlank()) {
                return false;
            }
        }
        return false;
    }

    private Optional<Element> findHero(Element body, Optional<Element> title, Element main, List<Element> roots) {
        for (Element image : body.select("img, picture")) {
            if (!precedes(image, main) || inside(image, roots) || insideChrome(image)
                    || (title.isPresent() && precedes(image, title.get()))) {
                continue;
            }
            if (isIconOrBanner(image)) {
                continue;
            }
            Element figure = image.closest("figure");
            return Optional.of(figure != null && !isAncestor(figure, main) ? figure : image);
        }
        return Optional.empty();
    }

    private static boolean isIconOrBanner(Element image) {
        String width = image.attr("width").strip();
        String height = image.attr("height").strip();
        if (width.matches("\\d{1,2}") || height.matches("\\d{1,2}")) {
            return true;
        }
        if (width.matches("\\d{1,5}") && height.matches("\\d{1,5}")
                && Integer.parseInt(width) >= BANNER_RATIO * Math.max(1, Integer.parseInt(height))) {
            return true;
        }
        return Signals.tokens(image).stream().anyMatch(t -> t.equals("logo") || t.equals("avatar") || t.equals("icon"));
    }

    private void keep(Element element) {
        kept.add(element);
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (!holdsKept.add(e)) {
                break;
            }
        }
    }

    /** Reports each region of the page outside what is kept, splitting wrappers down to their parts. */

    /**
     * Removes chrome, bylines and link lists from inside the content, reporting each. Short blocks before the
     * first prose (author boxes, read times, clap counts) count as post meta. Inline content (inside
     * paragraphs, headings, list items, tables, quotes and code) is the reader's business and left alone.
     */
    private void clean(Element root, Element main, Set<Element> removed) {
        double rootWeight = weight(main);
        List<Element> all = root.select("*");
        Element firstProse = null;
        // Where the article's own prose (prose that is not chrome, so not a rail's) begins and ends.
        int firstArticleProse = -1;
        int lastArticleProse = -1;
        for (int i = 0; i < all.size(); i++) {
            Element element = all.get(i);
            if (measures.prose(element) > 0) {
                firstProse = firstProse == null ? element : firstProse;
                if (rails.isEmpty()) {
                    break; // where the article's prose ends matters only to rails
                }
                if (weight(element) > 0) {
                    firstArticleProse = firstArticleProse < 0 ? i : firstArticleProse;
                    lastArticleProse = i;
                }
            }
        }
        boolean beforeProse = firstProse != null;
        for (int i = 0; i < all.size(); i++) {
            Element element = all.get(i);
            if (element == firstProse) {
                beforeProse = false;
            }
            if (element == root || kept.contains(element) || holdsKept.contains(element) || insideAny(element, removed)
                    || forcedWithin(element) || insideInline(element, root)) {
                continue;
            }
            if (weight(element) >= 0.5 * rootWeight && rootWeight > 0) {
                continue;
            }
            Optional<Reason> reason;
            if (rails.contains(element)) {
                // A rail amid the article's prose, with no label naming it a rail, is the article's own list.
                boolean amidProse = firstArticleProse >= 0 && firstArticleProse < i
                        && lastArticleProse >= i + element.getAllElements().size() && measures.label(element).isEmpty();
                reason = amidProse ? Optional.empty() : Optional.of(Reason.RELATED);
            } else {
                reason = cleanReason(element);
            }
            if (reason.isEmpty() && beforeProse && isPostMeta(element, firstProse)) {
                reason = Optional.of(Reason.BYLINE);
            }
            if (reason.isPresent()) {
                if (Text.hasWords(element)) {
                    report.add(element, reason.get(), reason.get() == Reason.BYLINE ? "read into the metadata"
                            : "chrome inside the article");
                }
                removed.add(element);
            }
        }
    }

    private static boolean insideInline(Element element, Element root) {
        for (Element e = element.parent(); e != null && e != root; e = e.parent()) {
            if (INLINE_CONTEXTS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private boolean isPostMeta(Element element, Element firstProse) {
        if (isAncestor(element, firstProse) || element.closest(FIGURE_PART) != null) {
            return false;
        }
        int words = measures.words(element);
        return words > 0 && words <= MAX_POST_META_WORDS
                && element.selectFirst(CONTENT_BLOCK) == null
                && !Set.of("ul", "ol", "li").contains(element.normalName());
    }

    private boolean forcedWithin(Element element) {
        for (Element force : forced) {
            if (isAncestor(element, force)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Reason> cleanReason(Element element) {
        String name = element.normalName();
        if (name.equals("time")) {
            return Optional.of(Reason.BYLINE);
        }
        if (Signals.isByline(element)) {
            return Optional.of(Reason.BYLINE);
        }
        Optional<Reason> signal = guarded.contains(element) ? Optional.empty() : Signals.byMarkup(element);
        if (signal.isPresent() && signal.get() != Reason.SITE_HEADER) {
            return signal;
        }
        boolean container = CONTAINERS.contains(name);
        boolean shortBlock = Signals.headingLevel(element) == 0 && measures.words(element) <= MAX_LABEL_WORDS;
        // The label is worked out only where it can decide: not for the paragraphs and headings of the prose.
        Optional<Reason> label = container || shortBlock ? measures.label(element) : Optional.empty();
        if (label.isPresent() && shortBlock) {
            return label;
        }
        if (container) {
            Optional<String> opening = measures.openingText(element);
            if (label.isPresent() && opening.isPresent() && opening.get().split(" ").length <= 6) {
                return label;
            }
            Elements links = element.select(LINK);
            // The density is asked only of an element with links: it reads the whole element's text.
            double density = links.size() < 2 ? 0 : measures.linkDensity(element);
            if ((links.size() >= 3 || links.size() == 2 && density >= 0.9) && density >= options.linkListDensity()
                    && !name.equals("table")) {
                return Optional.of(Reason.LINK_LIST);
            }
        }
        return Optional.empty();
    }

    private static boolean inside(Element element, List<Element> containers) {
        for (Element container : containers) {
            if (isAncestor(container, element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element or one of its ancestors is one of the containers: a walk up the tree, so the cost
     * does not grow with their number (a page may hide or drop thousands of elements).
     */
    private static boolean insideAny(Element element, Set<Element> containers) {
        for (Element e = element; e != null; e = e.parent()) {
            if (containers.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether a starts before b in document order (and is not b's ancestor). */
    private static boolean precedes(Element a, Element b) {
        if (isAncestor(a, b) || isAncestor(b, a)) {
            return false;
        }
        List<Element> pathA = ancestors(a);
        List<Element> pathB = ancestors(b);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        return pathA.get(i).elementSiblingIndex() < pathB.get(i).elementSiblingIndex();
    }

    private static List<Element> ancestors(Element element) {
        List<Element> path = new ArrayList<>();
        for (Element e = element; e != null; e = e.parent()) {
            path.add(e);
        }
        Collections.reverse(path);
        return path;
    }
}
