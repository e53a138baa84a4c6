package dev.lede.testing;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Changes one part of an article, picked at random among all its parts (a string, a number, a flag, an optional
 * value, a list's element, a block's kind, an inline's mark or link), and says where: the path of the part
 * changed, as {@code ArticleDiff} writes paths. It can also set one part to a value equal to the one it has, which
 * must leave the article equal. The same seed makes the same changes to the same articles. Not thread-safe.
 */
final class ArticleMutator {
    /**
     * A changed copy of an article.
     *
     * @param path the part changed: the diff must report a difference at it or inside it
     * @param scope the part every difference must be at or inside: the path itself, or the enclosing list when an
     *     element was inserted or removed (the elements after it shift), or the list block whose {@code ordered}
     *     flag changed its {@code start} too
     * @param article the changed copy
     */
    record Mutation(String path, String scope, Article article) {}

    /** One part of an article that can be changed, or set to an equal value. */
    private record Site(String path, Supplier<Mutation> change, Supplier<Article> same) {}

    private final Random random;
    private List<Site> sites;

    ArticleMutator(long seed) {
        this.random = new Random(seed);
    }

    /** Copies of the article, each with one part, picked at random, changed. */
    List<Mutation> change(Article article, int copies) {
        List<Site> sites = sites(article);
        List<Mutation> changed = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            changed.add(sites.get(random.nextInt(sites.size())).change().get());
        }
        return changed;
    }

    /** Copies of the article, each rebuilt down to one part picked at random and that part set to an equal value. */
    List<Article> same(Article article, int copies) {
        List<Site> sites = sites(article);
        List<Article> same = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            same.add(sites.get(random.nextInt(sites.size())).same().get());
        }
        return same;
    }

    private List<Site> sites(Article article) {
        sites = new ArrayList<>();
        article(article);
        return sites;
    }

    private void article(Article article) {
        metadata("metadata", article.metadata(), article::withMetadata);
        optional("hero", article.hero(), article::withHero, () -> Figure.of("new.jpg", "new", "New"), this::figure);
        blocks("lead", article.lead(), article::withLead);
        list("sections", article.sections(), article::withSections, () -> Section.builder("Fresh").build(),
                this::section);
        list("notes", article.notes(), article::withNotes, () -> Note.of(NoteKind.UPDATE, "Fresh", "Fresh note."),
                this::note);
    }

    private void metadata(String path, Metadata m, Function<Metadata, Article> put) {
        string(path + ".title", m.title(), v -> put.apply(m.withTitle(v)));
        optionalString(path + ".subtitle", m.subtitle(), v -> put.apply(m.withSubtitle(v)));
        optionalString(path + ".description", m.description(), v -> put.apply(m.withDescription(v)));
        list(path + ".authors", m.authors(), v -> put.apply(m.withAuthors(v)), () -> Contributor.of("Fresh"),
                this::contributor);
        optional(path + ".publisher", m.publisher(), v -> put.apply(m.withPublisher(v)), () -> Publisher.of("Fresh"),
                this::publisher);
        optionalTime(path + ".published", m.published(), v -> put.apply(m.withPublished(v)));
        optionalTime(path + ".modified", m.modified(), v -> put.apply(m.withModified(v)));
        optionalString(path + ".language", m.language(), v -> put.apply(m.withLanguage(v)));
        optionalUri(path + ".canonicalUrl", m.canonicalUrl(), v -> put.apply(m.withCanonicalUrl(v)));
        list(path + ".tags", m.tags(), v -> put.apply(m.withTags(v)), () -> "fresh", this::string);
    }

    private void contributor(String path, Contributor c, Function<Contributor, Article> put) {
        string(path + ".name", c.name(), v -> put.apply(new Contributor(v, c.url())));
        optionalUri(path + ".url", c.url(), v -> put.apply(new Contributor(c.name(), v)));
    }

    private void publisher(String path, Publisher p, Function<Publisher, Article> put) {
        string(path + ".name", p.name(), v -> put.apply(new Publisher(v, p.url())));
        optionalUri(path + ".url", p.url(), v -> put.apply(new Publisher(p.name(), v)));
    }

    private void section(String path, Section s, Function<Section, Article> put) {
        string(path + ".id", s.id(), v -> put.apply(s.withId(v)));
        richText(path + ".heading", s.heading(), v -> put.apply(s.withHeading(v)));
        blocks(path + ".blocks", s.blocks(), v -> put.apply(s.withBlocks(v)));
        list(path + ".subsections", s.subsections(), v -> put.apply(s.withSubsections(v)),
                () -> Section.builder("Fresh").build(), this::section);
    }

    private void note(String path, Note n, Function<Note, Article> put) {
        NoteKind[] kinds = NoteKind.values();
        site(path + ".kind", () -> put.apply(new Note(kinds[(n.kind().ordinal() + 1) % kinds.length], n.title(),
                n.blocks())), () -> put.apply(new Note(n.kind(), n.title(), n.blocks())));
        optionalString(path + ".title", n.title(), v -> put.apply(new Note(n.kind(), v, n.blocks())));
        blocks(path + ".blocks", n.blocks(), v -> put.apply(new Note(n.kind(), n.title(), v)));
    }

    private void blocks(String path, List<Block> blocks, Function<List<Block>, Article> put) {
        list(path, blocks, put, () -> Paragraph.of("Fresh paragraph."), this::block);
    }

    /** A block's own parts, one kind at a time, and a change of the block into another kind. */
    private void block(String path, Block block, Function<Block, Article> put) {
        site(path, () -> put.apply(block instanceof Divider ? Paragraph.of("Was a divider.") : new Divider()),
                () -> put.apply(block));
        if (block instanceof Paragraph) {
            richText(path + ".text", ((Paragraph) block).text(), v -> put.apply(new Paragraph(v)));
        } else if (block instanceof ListBlock) {
            ListBlock l = (ListBlock) block;
            sites.add(new Site(path + ".ordered",
                    () -> new Mutation(path + ".ordered", path,
                            put.apply(new ListBlock(!l.ordered(), l.ordered() ? 1 : l.start(), l.items()))),
                    () -> put.apply(new ListBlock(l.ordered(), l.start(), l.items()))));
            if (l.ordered()) {
                integer(path + ".start", l.start(), Integer.MIN_VALUE,
                        v -> put.apply(new ListBlock(true, v, l.items())));
            }
            list(path + ".items", l.items(), v -> put.apply(new ListBlock(l.ordered(), l.start(), v)),
                    () -> ListItem.of("Fresh item."),
                    (p, item, putItem) -> blocks(p + ".blocks", item.blocks(), v -> putItem.apply(new ListItem(v))));
        } else if (block instanceof Quote) {
            Quote q = (Quote) block;
            blocks(path + ".blocks", q.blocks(), v -> put.apply(new Quote(v, q.attribution(), q.source())));
            optionalRichText(path + ".attribution", q.attribution(),
                    v -> put.apply(new Quote(q.blocks(), v, q.source())));
            optionalString(path + ".source", q.source(), v -> put.apply(new Quote(q.blocks(), q.attribution(), v)));
        } else if (block instanceof Figure) {
            figure(path, (Figure) block, put::apply);
        } else if (block instanceof Table) {
            Table t = (Table) block;
            optionalRichText(path + ".caption", t.caption(), v -> put.apply(new Table(v, t.head(), t.body())));
            rows(path + ".head", t.head(), v -> put.apply(new Table(t.caption(), v, t.body())));
            rows(path + ".body", t.body(), v -> put.apply(new Table(t.caption(), t.head(), v)));
        } else if (block instanceof SummaryTable) {
            SummaryTable t = (SummaryTable) block;
            optionalRichText(path + ".caption", t.caption(),
                    v -> put.apply(new SummaryTable(v, t.aspectLabel(), t.summaryLabel(), t.rows())));
            string(path + ".aspectLabel", t.aspectLabel(),
                    v -> put.apply(new SummaryTable(t.caption(), v, t.summaryLabel(), t.rows())));
            string(path + ".summaryLabel", t.summaryLabel(),
                    v -> put.apply(new SummaryTable(t.caption(), t.aspectLabel(), v, t.rows())));
            list(path + ".rows", t.rows(),
                    v -> put.apply(new SummaryTable(t.caption(), t.aspectLabel(), t.summaryLabel(), v)),
                    () -> SummaryRow.of("Fresh", "Row"), this::summaryRow);
        } else if (block instanceof CodeBlock) {
            CodeBlock c = (CodeBlock) block;
            optionalString(path + ".language", c.language(), v -> put.apply(new CodeBlock(v, c.code())));
            string(path + ".code", c.code(), v -> put.apply(new CodeBlock(c.language(), v)));
        }
    }

    private void figure(String path, Figure f, Function<Figure, Article> put) {
        Image i = f.image();
        string(path + ".image.src", i.src(),
                v -> put.apply(new Figure(new Image(v, i.alt(), i.width(), i.height()), f.caption(), f.credit())));
        string(path + ".image.alt", i.alt(),
                v -> put.apply(new Figure(new Image(i.src(), v, i.width(), i.height()), f.caption(), f.credit())));
        optionalInt(path + ".image.width", i.width(),
                v -> put.apply(new Figure(new Image(i.src(), i.alt(), v, i.height()), f.caption(), f.credit())));
        optionalInt(path + ".image.height", i.height(),
                v -> put.apply(new Figure(new Image(i.src(), i.alt(), i.width(), v), f.caption(), f.credit())));
        optionalRichText(path + ".caption", f.caption(), v -> put.apply(new Figure(i, v, f.credit())));
        optionalString(path + ".credit", f.credit(), v -> put.apply(new Figure(i, f.caption(), v)));
    }

    private void rows(String path, List<TableRow> rows, Function<List<TableRow>, Article> put) {
        list(path, rows, put, () -> TableRow.of(TableCell.of("fresh")),
                (p, row, putRow) -> list(p + ".cells", row.cells(), v -> putRow.apply(new TableRow(v)),
                        () -> TableCell.of("fresh"), this::cell));
    }

    private void cell(String path, TableCell c, Function<TableCell, Article> put) {
        richText(path + ".content", c.content(), v -> put.apply(new TableCell(v, c.header(), c.colspan(), c.rowspan())));
        site(path + ".header", () -> put.apply(new TableCell(c.content(), !c.header(), c.colspan(), c.rowspan())),
                () -> put.apply(new TableCell(c.content(), c.header(), c.colspan(), c.rowspan())));
        integer(path + ".colspan", c.colspan(), 1, v -> put.apply(new TableCell(c.content(), c.header(), v, c.rowspan())));
        integer(path + ".rowspan", c.rowspan(), 1, v -> put.apply(new TableCell(c.content(), c.header(), c.colspan(), v)));
    }

    private void summaryRow(String path, SummaryRow r, Function<SummaryRow, Article> put) {
        richText(path + ".aspect", r.aspect(), v -> put.apply(new SummaryRow(v, r.summary())));
        richText(path + ".summary", r.summary(), v -> put.apply(new SummaryRow(r.aspect(), v)));
    }

    /**
     * A rich text is one part for the diff: its text changed, an inline's mark changed, a link's address or title
     * changed, at any depth, are all changes at its path.
     */
    private void richText(String path, RichText text, Function<RichText, Article> put) {
        site(path, () -> put.apply(random.nextBoolean()
                        ? new RichText(concat(text.inlines(), List.of(new Inline.Text(" more"))))
                        : new RichText(concat(List.of(new Inline.Code("code")), text.inlines()))),
                () -> put.apply(new RichText(new ArrayList<>(text.inlines()))));
        inlines(path, text, put);
    }

    private void inlines(String path, RichText text, Function<RichText, Article> put) {
        List<Inline> inlines = text.inlines();
        for (int i = 0; i < inlines.size(); i++) {
            int at = i;
            Function<Inline, Article> putInline = replacement -> put.apply(
                    new RichText(replaced(inlines, at, replacement)));
            Inline inline = inlines.get(i);
            if (inline instanceof Inline.Text) {
                site(path, () -> putInline.apply(new Inline.Emphasis(RichText.of(((Inline.Text) inline).text()))),
                        () -> putInline.apply(new Inline.Text(((Inline.Text) inline).text())));
            } else if (inline instanceof Inline.Emphasis) {
                RichText content = ((Inline.Emphasis) inline).content();
                site(path, () -> putInline.apply(new Inline.Strong(content)),
                        () -> putInline.apply(new Inline.Emphasis(content)));
                inlines(path, content, v -> putInline.apply(new Inline.Emphasis(v)));
            } else if (inline instanceof Inline.Strong) {
                RichText content = ((Inline.Strong) inline).content();
                site(path, () -> putInline.apply(new Inline.Emphasis(content)),
                        () -> putInline.apply(new Inline.Strong(content)));
                inlines(path, content, v -> putInline.apply(new Inline.Strong(v)));
            } else if (inline instanceof Inline.Code) {
                site(path, () -> putInline.apply(new Inline.Text(((Inline.Code) inline).code())),
                        () -> putInline.apply(new Inline.Code(((Inline.Code) inline).code())));
            } else if (inline instanceof Inline.Link) {
                Inline.Link link = (Inline.Link) inline;
                site(path, () -> putInline.apply(new Inline.Link(changed(link.href()), link.title(), link.content())),
                        () -> putInline.apply(new Inline.Link(link.href(), link.title(), link.content())));
                site(path, () -> putInline.apply(new Inline.Link(link.href(), changed(link.title()), link.content())),
                        () -> putInline.apply(new Inline.Link(link.href(), link.title(), link.content())));
                site(path, () -> putInline.apply(new Inline.Emphasis(link.content())), () -> putInline.apply(link));
                inlines(path, link.content(), v -> putInline.apply(new Inline.Link(link.href(), link.title(), v)));
            } else {
                site(path, () -> putInline.apply(new Inline.Text("\n")), () -> putInline.apply(new Inline.LineBreak()));
            }
        }
    }

    /** Adds an element, removes one, or changes one element's parts. */
    private <T> void list(String path, List<T> list, Function<List<T>, Article> put, Supplier<T> fresh,
            Parts<T> parts) {
        sites.add(new Site(path, () -> {
            List<T> changed = new ArrayList<>(list);
            if (list.isEmpty() || random.nextBoolean()) {
                changed.add(random.nextInt(list.size() + 1), fresh.get());
            } else {
                changed.remove(random.nextInt(list.size()));
            }
            return new Mutation(firstDifference(path, list, changed), path, put.apply(changed));
        }, () -> put.apply(new ArrayList<>(list))));
        for (int i = 0; i < list.size(); i++) {
            int at = i;
            parts.add(path + "[" + i + "]", list.get(i), element -> put.apply(replaced(list, at, element)));
        }
    }

    /** Adds the sites of one list element. */
    private interface Parts<T> {
        void add(String path, T element, Function<T, Article> put);
    }

    private <T> void optional(String path, Optional<T> value, Function<Optional<T>, Article> put, Supplier<T> fresh,
            Parts<T> parts) {
        site(path, () -> put.apply(value.isPresent() ? Optional.empty() : Optional.of(fresh.get())),
                () -> put.apply(value.map(v -> v)));
        value.ifPresent(v -> parts.add(path, v, changed -> put.apply(Optional.of(changed))));
    }

    private void optionalRichText(String path, Optional<RichText> value, Function<Optional<RichText>, Article> put) {
        optional(path, value, put, () -> RichText.of("fresh"), this::richText);
    }

    private void string(String path, String value, Function<String, Article> put) {
        site(path, () -> put.apply(changed(value)), () -> put.apply(new String(value)));
    }

    private void optionalString(String path, Optional<String> value, Function<Optional<String>, Article> put) {
        site(path, () -> put.apply(changed(value)), () -> put.apply(value.map(String::new)));
    }

    private void optionalUri(String path, Optional<URI> value, Function<Optional<URI>, Article> put) {
        site(path, () -> put.apply(value.isPresent() && random.nextBoolean()
                        ? Optional.empty()
                        : Optional.of(URI.create(value.map(URI::toString).orElse("https://example.org/") + "x"))),
                () -> put.apply(value.map(v -> URI.create(v.toString()))));
    }

    private void optionalTime(String path, Optional<OffsetDateTime> value,
            Function<Optional<OffsetDateTime>, Article> put) {
        site(path, () -> {
            if (value.isEmpty()) {
                return put.apply(Optional.of(OffsetDateTime.parse("2025-08-15T09:00Z")));
            }
            OffsetDateTime time = value.get();
            switch (random.nextInt(3)) {
                case 0:
                    return put.apply(Optional.empty());
                case 1:
                    return put.apply(Optional.of(time.plusNanos(1)));
                default:
                    // The same instant at another offset is another value.
                    ZoneOffset other = ZoneOffset.ofTotalSeconds((time.getOffset().getTotalSeconds() + 3600) % 64800);
                    return put.apply(Optional.of(time.withOffsetSameInstant(other)));
            }
        }, () -> put.apply(value.map(v -> OffsetDateTime.of(v.toLocalDateTime(), v.getOffset()))));
    }

    private void optionalInt(String path, OptionalInt value, Function<OptionalInt, Article> put) {
        site(path, () -> put.apply(value.isPresent() && random.nextBoolean()
                        ? OptionalInt.empty()
                        : OptionalInt.of(value.orElse(0) + 1)),
                () -> put.apply(value.isPresent() ? OptionalInt.of(value.getAsInt()) : OptionalInt.empty()));
    }

    private void integer(String path, int value, int min, IntFunction<Article> put) {
        site(path, () -> put.apply(value > min && (value == Integer.MAX_VALUE || random.nextBoolean())
                        ? value - 1 : value + 1),
                () -> put.apply(value));
    }

    private void site(String path, Supplier<Article> change, Supplier<Article> same) {
        sites.add(new Site(path, () -> new Mutation(path, path, change.get()), same));
    }

    private String changed(String value) {
        switch (value.isEmpty() ? 0 : random.nextInt(3)) {
            case 0:
                return value + "x";
            case 1:
                return value.substring(0, value.length() - 1);
            default:
                return (value.charAt(0) == 'Z' ? "Y" : "Z") + value.substring(1);
        }
    }

    private Optional<String> changed(Optional<String> value) {
        if (value.isPresent() && random.nextBoolean()) {
            return Optional.empty();
        }
        return Optional.of(changed(value.orElse("")));
    }

    /** Where two lists start to differ: the index-by-index diff reports the change there first. */
    private static <T> String firstDifference(String path, List<T> before, List<T> after) {
        int at = 0;
        while (at < before.size() && at < after.size() && before.get(at).equals(after.get(at))) {
            at++;
        }
        return path + "[" + at + "]";
    }

    private static <T> List<T> replaced(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
