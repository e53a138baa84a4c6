package dev.lede.json.internal;

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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the canonical {@code lede/1} form of an article to a generator: properties in a fixed order, absent
 * optional values, empty lists and default values left out, plain rich text as a string. Stateless and
 * thread-safe; the generator is the caller's.
 */
public final class ArticleWriter {
    /** The value of the leading {@code "format"} property. */
    public static final String FORMAT = "lede/1";

    private static final DateTimeFormatter DATES = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ArticleWriter() {}

    /** Writes {@code article} as one JSON object. */
    public static void write(Article article, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("format", FORMAT);
        out.writeName("metadata");
        metadata(article.metadata(), out);
        if (article.hero().isPresent()) {
            out.writeName("hero");
            out.writeStartObject();
            figureProperties(article.hero().get(), out);
            out.writeEndObject();
        }
        blocks("lead", article.lead(), out);
        if (!article.sections().isEmpty()) {
            out.writeArrayPropertyStart("sections");
            for (Section section : article.sections()) {
                section(section, out);
            }
            out.writeEndArray();
        }
        if (!article.notes().isEmpty()) {
            out.writeArrayPropertyStart("notes");
            for (Note note : article.notes()) {
                out.writeStartObject();
                out.writeStringProperty("kind", note.kind().name().toLowerCase(Locale.ROOT));
                string("title", note.title(), out);
                blocks("blocks", note.blocks(), out);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void metadata(Metadata metadata, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("title", metadata.title());
        string("subtitle", metadata.subtitle(), out);
        string("description", metadata.description(), out);
        if (!metadata.authors().isEmpty()) {
            out.writeArrayPropertyStart("authors");
            for (Contributor author : metadata.authors()) {
                party(author.name(), author.url(), out);
            }
            out.writeEndArray();
        }
        if (metadata.publisher().isPresent()) {
            out.writeName("publisher");
            party(metadata.publisher().get().name(), metadata.publisher().get().url(), out);
        }
        date("published", metadata.published(), out);
        date("modified", metadata.modified(), out);
        string("language", metadata.language(), out);
        uri("canonicalUrl", metadata.canonicalUrl(), out);
        if (!metadata.tags().isEmpty()) {
            out.writeArrayPropertyStart("tags");
            for (String tag : metadata.tags()) {
                out.writeString(tag);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void party(String name, Optional<URI> url, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("name", name);
        uri("url", url, out);
        out.writeEndObject();
    }

    private static void section(Section section, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("id", section.id());
        out.writeName("heading");
        richText(section.heading(), out);
        blocks("blocks", section.blocks(), out);
        if (!section.subsections().isEmpty()) {
            out.writeArrayPropertyStart("subsections");
            for (Section subsection : section.subsections()) {
                section(subsection, out);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void blocks(String name, List<Block> blocks, JsonGenerator out) {
        if (blocks.isEmpty()) {
            return;
        }
        out.writeArrayPropertyStart(name);
        BlockWriter writer = new BlockWriter(out);
        for (Block block : blocks) {
            block.accept(writer);
        }
        out.writeEndArray();
    }

    private static void figureProperties(Figure figure, JsonGenerator out) {
        Image image = figure.image();
        out.writeObjectPropertyStart("image");
        out.writeStringProperty("src", image.src());
        out.writeStringProperty("alt", image.alt());
        if (image.width().isPresent()) {
            out.writeNumberProperty("width", image.width().getAsInt());
        }
        if (image.height().isPresent()) {
            out.writeNumberProperty("height", image.height().getAsInt());
        }
        out.writeEndObject();
        richText("caption", figure.caption(), out);
        string("credit", figure.credit(), out);
    }

    private static void string(String name, Optional<String> value, JsonGenerator out) {
        if (value.isPresent()) {
            out.writeStringProperty(name, value.get());
        }
    }

    private static void uri(String name, Optional<URI> value, JsonGenerator out) {
        if (value.isPresent()) {
            out.writeStringProperty(name, value.get().toString());
        }
    }

    private static void date(String name, Optional<OffsetDateTime> value, JsonGenerator out) {
        if (value.isPresent()) {
            out.writeStringProperty(name, DATES.format(value.get()));
        }
    }

    private static void richText(String name, Optional<RichText> value, JsonGenerator out) {
        if (value.isPresent()) {
            out.writeName(name);
            richText(value.get(), out);
        }
    }

    private static void richText(RichText text, JsonGenerator out) {
        if (text.isEmpty()) {
            out.writeString("");
        } else if (text.isPlain()) {
            out.writeString(((Inline.Text) text.inlines().get(0)).text());
        } else {
            out.writeStartArray();
            InlineWriter writer = new InlineWriter(out);
            for (Inline inline : text.inlines()) {
                inline.accept(writer);
            }
            out.writeEndArray();
        }
    }

    /** The one place that dispatches over blocks. */
    private static final class BlockWriter implements Block.Visitor<Void> {
        private final JsonGenerator out;

        BlockWriter(JsonGenerator out) {
            this.out = out;
        }

        private void start(String type) {
            out.writeStartObject();
            out.writeStringProperty("type", type);
        }

        @Override
        public Void visitParagraph(Paragraph paragraph) {
            start("paragraph");
            out.writeName("text");
            richText(paragraph.text(), out);
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitList(ListBlock list) {
            start("list");
            if (list.ordered()) {
                out.writeBooleanProperty("ordered", true);
            }
            if (list.start() != 1) {
                out.writeNumberProperty("start", list.start());
            }
            if (!list.items().isEmpty()) {
                out.writeArrayPropertyStart("items");
                for (ListItem item : list.items()) {
                    out.writeStartObject();
                    blocks("blocks", item.blocks(), out);
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitQuote(Quote quote) {
            start("quote");
            blocks("blocks", quote.blocks(), out);
            richText("attribution", quote.attribution(), out);
            string("source", quote.source(), out);
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitFigure(Figure figure) {
            start("figure");
            figureProperties(figure, out);
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitTable(Table table) {
            start("table");
            richText("caption", table.caption(), out);
            rows("head", table.head());
            rows("body", table.body());
            out.writeEndObject();
            return null;
        }

        private void rows(String name, List<TableRow> rows) {
            if (rows.isEmpty()) {
                return;
            }
            out.writeArrayPropertyStart(name);
            for (TableRow row : rows) {
                out.writeStartArray();
                for (TableCell cell : row.cells()) {
                    out.writeStartObject();
                    out.writeName("text");
                    richText(cell.content(), out);
                    if (cell.header()) {
                        out.writeBooleanProperty("header", true);
                    }
                    if (cell.colspan() != 1) {
                        out.writeNumberProperty("colspan", cell.colspan());
                    }
                    if (cell.rowspan() != 1) {
                        out.writeNumberProperty("rowspan", cell.rowspan());
                    }
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeEndArray();
        }

        @Override
        public Void visitSummaryTable(SummaryTable table) {
            start("summary-table");
            richText("caption", table.caption(), out);
            out.writeArrayPropertyStart("labels");
            out.writeString(table.aspectLabel());
            out.writeString(table.summaryLabel());
            out.writeEndArray();
            if (!table.rows().isEmpty()) {
                out.writeArrayPropertyStart("rows");
                for (SummaryRow row : table.rows()) {
                    out.writeStartArray();
                    richText(row.aspect(), out);
                    richText(row.summary(), out);
                    out.writeEndArray();
                }
                out.writeEndArray();
            }
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitCode(CodeBlock code) {
            start("code");
            string("language", code.language(), out);
            out.writeStringProperty("code", code.code());
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitDivider(Divider divider) {
            start("divider");
            out.writeEndObject();
            return null;
        }
    }

    /** The one place that dispatches over inlines. Text is a bare string; the rest are typed objects. */
    private static final class InlineWriter implements Inline.Visitor<Void> {
        private final JsonGenerator out;

        InlineWriter(JsonGenerator out) {
            this.out = out;
        }

        @Override
        public Void visitText(Inline.Text text) {
            out.writeString(text.text());
            return null;
        }

        @Override
        public Void visitEmphasis(Inline.Emphasis emphasis) {
            return wrapper("em", emphasis.content());
        }

        @Override
        public Void visitStrong(Inline.Strong strong) {
            return wrapper("strong", strong.content());
        }

        private Void wrapper(String type, RichText content) {
            out.writeStartObject();
            out.writeStringProperty("type", type);
            out.writeName("text");
            richText(content, out);
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitCode(Inline.Code code) {
            out.writeStartObject();
            out.writeStringProperty("type", "code");
            out.writeStringProperty("code", code.code());
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitLink(Inline.Link link) {
            out.writeStartObject();
            out.writeStringProperty("type", "link");
            out.writeStringProperty("href", link.href());
            string("title", link.title(), out);
            out.writeName("text");
            richText(link.content(), out);
            out.writeEndObject();
            return null;
        }

        @Override
        public Void visitLineBreak(Inline.LineBreak lineBreak) {
            out.writeStartObject();
            out.writeStringProperty("type", "br");
            out.writeEndObject();
            return null;
        }
    }
}
