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
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Rewrites every string of an article (text, URL, name, id, language, code) with one function, so that tests
 * can put hostile content into every field at once. URI fields get the rewritten string when it parses as a
 * URI, else a javascript: URI. The article made is not validated: ids and languages may be anything. Stateless
 * and thread-safe as far as the functions given are; no argument may be null.
 */
public final class ModelStrings {
    private final UnaryOperator<String> text;
    private final UnaryOperator<String> url;

    private ModelStrings(UnaryOperator<String> text, UnaryOperator<String> url) {
        this.text = text;
        this.url = url;
    }

    /**
     * The article with every string rewritten.
     *
     * @param article the article; not null
     * @param text applied to every string but URLs, in reading order; not null, never returning null
     * @param url applied to every URL, in reading order; not null, never returning null
     * @return the rewritten article; never null
     */
    public static Article rewrite(Article article, UnaryOperator<String> text, UnaryOperator<String> url) {
        return new ModelStrings(text, url).article(article);
    }

    private Article article(Article a) {
        Metadata m = a.metadata();
        Metadata metadata = new Metadata(text.apply(m.title()), m.subtitle().map(text), m.description().map(text),
                map(m.authors(), c -> new Contributor(text.apply(c.name()), c.url().map(this::uri))),
                m.publisher().map(p -> new Publisher(text.apply(p.name()), p.url().map(this::uri))),
                m.published(), m.modified(), m.language().map(text), m.canonicalUrl().map(this::uri),
                map(m.tags(), text));
        return new Article(metadata, a.hero().map(this::figure), blocks(a.lead()), map(a.sections(), this::section),
                map(a.notes(), n -> new Note(n.kind(), n.title().map(text), blocks(n.blocks()))));
    }

    private URI uri(URI original) {
        String rewritten = url.apply(original.toString());
        try {
            return new URI(rewritten);
        } catch (java.net.URISyntaxException e) {
            return URI.create("javascript:alert(1)");
        }
    }

    private Section section(Section s) {
        return new Section(text.apply(s.id()), rich(s.heading()), blocks(s.blocks()),
                map(s.subsections(), this::section));
    }

    private List<Block> blocks(List<Block> blocks) {
        return map(blocks, this::block);
    }

    private Figure figure(Figure f) {
        Image i = f.image();
        return new Figure(new Image(url.apply(i.src()), text.apply(i.alt()), i.width(), i.height()),
                f.caption().map(this::rich), f.credit().map(text));
    }

    private Block block(Block block) {
        return block.accept(new Block.Visitor<Block>() {
            @Override
            public Block visitParagraph(Paragraph p) {
                return new Paragraph(rich(p.text()));
            }

            @Override
            public Block visitList(ListBlock l) {
                return new ListBlock(l.ordered(), l.start(), map(l.items(), i -> new ListItem(blocks(i.blocks()))));
            }

            @Override
            public Block visitQuote(Quote q) {
                return new Quote(blocks(q.blocks()), q.attribution().map(ModelStrings.this::rich),
                        q.source().map(url));
            }

            @Override
            public Block visitFigure(Figure f) {
                return figure(f);
            }

            @Override
            public Block visitTable(Table t) {
                return new Table(t.caption().map(ModelStrings.this::rich), rows(t.head()), rows(t.body()));
            }

            @Override
            public Block visitSummaryTable(SummaryTable t) {
                return new SummaryTable(t.caption().map(ModelStrings.this::rich), text.apply(t.aspectLabel()),
                        text.apply(t.summaryLabel()),
                        map(t.rows(), r -> new SummaryRow(rich(r.aspect()), rich(r.summary()))));
            }

            @Override
            public Block visitCode(CodeBlock c) {
                return new CodeBlock(c.language().map(text), text.apply(c.code()));
            }

            @Override
            public Block visitDivider(Divider d) {
                return d;
            }
        });
    }

    private List<TableRow> rows(List<TableRow> rows) {
        return map(rows, r -> new TableRow(map(r.cells(),
                c -> new TableCell(rich(c.content()), c.header(), c.colspan(), c.rowspan()))));
    }

    private RichText rich(RichText rich) {
        return new RichText(map(rich.inlines(), this::inline));
    }

    private Inline inline(Inline inline) {
        return inline.accept(new Inline.Visitor<Inline>() {
            @Override
            public Inline visitText(Inline.Text t) {
                return new Inline.Text(text.apply(t.text()));
            }

            @Override
            public Inline visitEmphasis(Inline.Emphasis e) {
                return new Inline.Emphasis(rich(e.content()));
            }

            @Override
            public Inline visitStrong(Inline.Strong s) {
                return new Inline.Strong(rich(s.content()));
            }

            @Override
            public Inline visitCode(Inline.Code c) {
                return new Inline.Code(text.apply(c.code()));
            }

            @Override
            public Inline visitLink(Inline.Link l) {
                return new Inline.Link(url.apply(l.href()), l.title().map(text), rich(l.content()));
            }

            @Override
            public Inline visitLineBreak(Inline.LineBreak b) {
                return b;
            }
        });
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(f).toList();
    }
}
