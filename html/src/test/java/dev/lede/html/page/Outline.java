package dev.lede.html.page;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageImport;
import dev.lede.html.Provenance;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an imported page as the text outline the golden files hold: one line per metadata field and block,
 * indented by nesting, every field of the model shown, inline markup as {@code _em_}, {@code **strong**},
 * {@code `code`}, {@code [text](href "title")} and {@code ⏎} for a line break; then the dropped regions and the
 * other diagnostics. The metadata's provenance has an outline of its own.
 */
final class Outline {
    private final StringBuilder out = new StringBuilder();

    private Outline() {}

    static String of(PageImport result) {
        Outline outline = new Outline();
        outline.article(result.article());
        outline.line(0, "dropped:");
        for (PageDiagnostic d : result.droppedRegions()) {
            outline.line(1, d.reason() + " " + d.words() + " " + d.detail());
        }
        List<PageDiagnostic> others = result.diagnostics().stream().filter(d -> !d.isDroppedRegion()).toList();
        if (!others.isEmpty()) {
            outline.line(0, "diagnostics:");
            for (PageDiagnostic d : others) {
                outline.line(1, d.reason() + " " + d.detail());
            }
        }
        return outline.out.toString();
    }

    /**
     * The provenance of each metadata field: a line {@code field = SOURCE detail "value"} (with
     * {@code (inferred)} where a heuristic found it, {@code none} when the field was left empty), then one
     * {@code beat} line for each candidate it beat.
     */
    static String provenance(PageImport result) {
        Outline outline = new Outline();
        for (Provenance p : result.provenance()) {
            outline.line(0, p.field() + " = " + p.chosen().map(Outline::candidate).orElse("none"));
            for (Provenance.Candidate c : p.rejected()) {
                outline.line(1, "beat " + candidate(c));
            }
        }
        return outline.out.toString();
    }

    private static String candidate(Provenance.Candidate c) {
        return c.source() + (c.detail().isEmpty() ? "" : " " + c.detail()) + " \"" + c.value() + "\""
                + (c.inferred() ? " (inferred)" : "");
    }

    private void article(Article article) {
        Metadata m = article.metadata();
        line(0, "title: " + m.title());
        m.subtitle().ifPresent(v -> line(0, "subtitle: " + v));
        m.description().ifPresent(v -> line(0, "description: " + v));
        for (Contributor author : m.authors()) {
            line(0, "author: " + author.name() + author.url().map(u -> " <" + u + ">").orElse(""));
        }
        m.publisher().ifPresent(p -> line(0, "publisher: " + p.name() + p.url().map(u -> " <" + u + ">")
                .orElse("")));
        m.published().ifPresent(v -> line(0, "published: " + v));
        m.modified().ifPresent(v -> line(0, "modified: " + v));
        m.language().ifPresent(v -> line(0, "language: " + v));
        m.canonicalUrl().ifPresent(v -> line(0, "canonical: " + v));
        if (!m.tags().isEmpty()) {
            line(0, "tags: " + String.join(", ", m.tags()));
        }
        article.hero().ifPresent(hero -> line(0, "hero: " + figure(hero)));
        if (!article.lead().isEmpty()) {
            line(0, "lead:");
            blocks(1, article.lead());
        }
        for (Section section : article.sections()) {
            section(0, 2, section);
        }
        for (Note note : article.notes()) {
            line(0, "note " + note.kind() + note.title().map(t -> ": " + t).orElse(""));
            blocks(1, note.blocks());
        }
    }

    private void section(int indent, int level, Section section) {
        line(indent, "#".repeat(level) + " " + inline(section.heading()) + " {#" + section.id() + "}");
        blocks(indent + 1, section.blocks());
        for (Section sub : section.subsections()) {
            section(indent, level + 1, sub);
        }
    }

    private void blocks(int indent, List<Block> blocks) {
        for (Block block : blocks) {
            block(indent, block);
        }
    }

    private void block(int indent, Block block) {
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void visitParagraph(Paragraph paragraph) {
                line(indent, "p: " + inline(paragraph.text()));
                return null;
            }

            @Override
            public Void visitList(ListBlock list) {
                line(indent, list.ordered() ? "ol start=" + list.start() + ":" : "ul:");
                for (ListItem item : list.items()) {
                    line(indent + 1, "-");
                    blocks(indent + 2, item.blocks());
                }
                return null;
            }

            @Override
            public Void visitQuote(Quote quote) {
                line(indent, "quote:" + quote.attribution().map(a -> " -- " + inline(a)).orElse("")
                        + quote.source().map(s -> " <" + s + ">").orElse(""));
                blocks(indent + 1, quote.blocks());
                return null;
            }

            @Override
            public Void visitFigure(Figure figure) {
                line(indent, "figure: " + figure(figure));
                return null;
            }

            @Override
            public Void visitTable(Table table) {
                line(indent, "table:" + table.caption().map(c -> " " + inline(c)).orElse(""));
                rows(indent + 1, "head", table.head());
                rows(indent + 1, "row", table.body());
                return null;
            }

            @Override
            public Void visitSummaryTable(SummaryTable table) {
                line(indent, "summary: " + table.aspectLabel() + " | " + table.summaryLabel()
                        + table.caption().map(c -> " (" + inline(c) + ")").orElse(""));
                for (SummaryRow row : table.rows()) {
                    line(indent + 1, inline(row.aspect()) + " | " + inline(row.summary()));
                }
                return null;
            }

            @Override
            public Void visitCode(CodeBlock code) {
                line(indent, "code" + code.language().map(l -> " " + l).orElse("") + ":");
                for (String codeLine : code.code().split("\n", -1)) {
                    line(indent + 1, "> " + codeLine);
                }
                return null;
            }

            @Override
            public Void visitDivider(Divider divider) {
                line(indent, "hr");
                return null;
            }
        });
    }

    private void rows(int indent, String kind, List<TableRow> rows) {
        for (TableRow row : rows) {
            line(indent, kind + ": " + row.cells().stream().map(Outline::cell).collect(Collectors.joining(" | ")));
        }
    }

    private static String cell(TableCell cell) {
        String spans = cell.colspan() > 1 || cell.rowspan() > 1 ? "{" + cell.colspan() + "x" + cell.rowspan() + "}"
                : "";
        return (cell.header() ? "th " : "") + inline(cell.content()) + spans;
    }

    private static String figure(Figure figure) {
        return figure.image().src() + " \"" + figure.image().alt() + "\""
                + (figure.image().width().isPresent() ? " " + figure.image().width().getAsInt() + "x"
                        + figure.image().height().orElse(0) : "")
                + figure.caption().map(c -> " caption: " + inline(c)).orElse("")
                + figure.credit().map(c -> " credit: " + c).orElse("");
    }

    private static String inline(RichText text) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : text.inlines()) {
            out.append(inline.accept(new Inline.Visitor<String>() {
                @Override
                public String visitText(Inline.Text t) {
                    return t.text();
                }

                @Override
                public String visitEmphasis(Inline.Emphasis e) {
                    return "_" + inline(e.content()) + "_";
                }

                @Override
                public String visitStrong(Inline.Strong s) {
                    return "**" + inline(s.content()) + "**";
                }

                @Override
                public String visitCode(Inline.Code c) {
                    return "`" + c.code() + "`";
                }

                @Override
                public String visitLink(Inline.Link l) {
                    return "[" + inline(l.content()) + "](" + l.href() + l.title().map(t -> " \"" + t + "\"")
                            .orElse("") + ")";
                }

                @Override
                public String visitLineBreak(Inline.LineBreak b) {
                    return "⏎";
                }
            }));
        }
        return out.toString();
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }
}
