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
import dev.lede.json.ArticleJsonException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one article in the {@code lede/1} format from a parser, strictly: every property known, none twice,
 * every value of its one JSON type, no null. Hand-written over the token stream so that no tree is built and
 * nothing is instantiated from a name in the input. One instance per read; not thread-safe.
 */
public final class ArticleReader {
    private final JsonParser in;
    private final int maxDepth;
    private final Consumer<String> ignoredProperties;

    /**
     * @param in the parser, before the article's first token or on it
     * @param maxDepth the deepest nesting of JSON arrays and objects accepted
     * @param ignoredProperties receives the pointer of each unknown property skipped, or null to reject them
     */
    public ArticleReader(JsonParser in, int maxDepth, Consumer<String> ignoredProperties) {
        this.in = in;
        this.maxDepth = maxDepth;
        this.ignoredProperties = ignoredProperties;
    }

    /** Reads the article whose object starts at the next token (or the current one), leaving the parser on its end. */
    public Article read() {
        JsonToken token = in.hasCurrentToken() ? in.currentToken() : in.nextToken();
        if (token == null) {
            throw fail(ArticleJsonException.MALFORMED, "expected an article object, found the end of input");
        }
        expect(JsonToken.START_OBJECT, "an article object");
        String first = in.nextName();
        if (!"format".equals(first)) {
            throw fail(ArticleJsonException.INVALID_VALUE, "expected \"format\" as the first property, found "
                    + (first == null ? "the end of the object" : "\"" + first + "\""));
        }
        in.nextToken();
        String format = currentString();
        if (!ArticleWriter.FORMAT.equals(format)) {
            throw fail(ArticleJsonException.INVALID_VALUE,
                    "unsupported format \"" + format + "\"; expected \"" + ArticleWriter.FORMAT + "\"");
        }
        Metadata metadata = null;
        Optional<Figure> hero = Optional.empty();
        List<Block> lead = List.of();
        List<Section> sections = List.of();
        List<Note> notes = List.of();
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "format":
                    throw fail(ArticleJsonException.DUPLICATE_PROPERTY, "duplicate property \"format\"");
                case "metadata":
                    seen = mark(seen, 1, name);
                    metadata = metadata();
                    break;
                case "hero":
                    seen = mark(seen, 2, name);
                    hero = Optional.of(hero());
                    break;
                case "lead":
                    seen = mark(seen, 4, name);
                    lead = blocks();
                    break;
                case "sections":
                    seen = mark(seen, 8, name);
                    sections = sections();
                    break;
                case "notes":
                    seen = mark(seen, 16, name);
                    notes = notes();
                    break;
                default:
                    unknown(name);
            }
        }
        if (metadata == null) {
            throw missing("metadata");
        }
        return new Article(metadata, hero, lead, sections, notes);
    }

    /** Fails unless the article was the last thing in the input. */
    public void expectEnd() {
        JsonToken token = in.nextToken();
        if (token != null) {
            throw fail(ArticleJsonException.MALFORMED,
                    "expected the end of input after the article, found " + describe(token));
        }
    }

    private Metadata metadata() {
        enterObject("a metadata object");
        String title = null;
        Optional<String> subtitle = Optional.empty();
        Optional<String> description = Optional.empty();
        List<Contributor> authors = List.of();
        Optional<Publisher> publisher = Optional.empty();
        Optional<OffsetDateTime> published = Optional.empty();
        Optional<OffsetDateTime> modified = Optional.empty();
        Optional<String> language = Optional.empty();
        Optional<URI> canonicalUrl = Optional.empty();
        List<String> tags = List.of();
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "title":
                    seen = mark(seen, 1, name);
                    title = string();
                    break;
                case "subtitle":
                    seen = mark(seen, 2, name);
                    subtitle = Optional.of(string());
                    break;
                case "description":
                    seen = mark(seen, 4, name);
                    description = Optional.of(string());
                    break;
                case "authors":
                    seen = mark(seen, 8, name);
                    authors = authors();
                    break;
                case "publisher":
                    seen = mark(seen, 16, name);
                    in.nextToken();
                    Contributor party = party();
                    publisher = Optional.of(new Publisher(party.name(), party.url()));
                    break;
                case "published":
                    seen = mark(seen, 32, name);
                    published = Optional.of(date());
                    break;
                case "modified":
                    seen = mark(seen, 64, name);
                    modified = Optional.of(date());
                    break;
                case "language":
                    seen = mark(seen, 128, name);
                    language = Optional.of(string());
                    break;
                case "canonicalUrl":
                    seen = mark(seen, 256, name);
                    canonicalUrl = Optional.of(uri());
                    break;
                case "tags":
                    seen = mark(seen, 512, name);
                    tags = strings();
                    break;
                default:
                    unknown(name);
            }
        }
        if (title == null) {
            throw missing("title");
        }
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    private List<Contributor> authors() {
        enterArray("an array of authors");
        List<Contributor> authors = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            authors.add(party());
        }
        return authors;
    }

    /** A contributor or publisher: the two have the same shape. The parser is on the object's start. */
    private Contributor party() {
        expect(JsonToken.START_OBJECT, "an object with a \"name\"");
        String partyName = null;
        Optional<URI> url = Optional.empty();
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "name":
                    seen = mark(seen, 1, name);
                    partyName = string();
                    break;
                case "url":
                    seen = mark(seen, 2, name);
                    url = Optional.of(uri());
                    break;
                default:
                    unknown(name);
            }
        }
        if (partyName == null) {
            throw missing("name");
        }
        return new Contributor(partyName, url);
    }

    private List<String> strings() {
        enterArray("an array of strings");
        List<String> strings = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            strings.add(currentString());
        }
        return strings;
    }

    private List<Section> sections() {
        enterArray("an array of sections");
        List<Section> sections = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            sections.add(section());
        }
        return sections;
    }

    private Section section() {
        expect(JsonToken.START_OBJECT, "a section object");
        checkDepth();
        String id = null;
        RichText heading = null;
        List<Block> blocks = List.of();
        List<Section> subsections = List.of();
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "id":
                    seen = mark(seen, 1, name);
                    id = string();
                    break;
                case "heading":
                    seen = mark(seen, 2, name);
                    heading = richText();
                    break;
                case "blocks":
                    seen = mark(seen, 4, name);
                    blocks = blocks();
                    break;
                case "subsections":
                    seen = mark(seen, 8, name);
                    subsections = sections();
                    break;
                default:
                    unknown(name);
            }
        }
        if (id == null) {
            throw missing("id");
        }
        if (heading == null) {
            throw missing("heading");
        }
        return new Section(id, heading, blocks, subsections);
    }

    private List<Note> notes() {
        enterArray("an array of notes");
        List<Note> notes = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            notes.add(note());
        }
        return notes;
    }

    private Note note() {
        expect(JsonToken.START_OBJECT, "a note object");
        NoteKind kind = null;
        Optional<String> title = Optional.empty();
        List<Block> blocks = List.of();
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "kind":
                    seen = mark(seen, 1, name);
                    kind = noteKind();
                    break;
                case "title":
                    seen = mark(seen, 2, name);
                    title = Optional.of(string());
                    break;
                case "blocks":
                    seen = mark(seen, 4, name);
                    blocks = blocks();
                    break;
                default:
                    unknown(name);
            }
        }
        if (kind == null) {
            throw missing("kind");
        }
        return new Note(kind, title, blocks);
    }

    private NoteKind noteKind() {
        String kind = string();
        switch (kind) {
            case "editorial":
                return NoteKind.EDITORIAL;
            case "correction":
                return NoteKind.CORRECTION;
            case "disclosure":
                return NoteKind.DISCLOSURE;
            case "update":
                return NoteKind.UPDATE;
            default:
                throw fail(ArticleJsonException.INVALID_VALUE, "unknown note kind \"" + kind
                        + "\"; expected \"editorial\", \"correction\", \"disclosure\" or \"update\"");
        }
    }

    private List<Block> blocks() {
        in.nextToken();
        return currentBlocks();
    }

    private List<Block> currentBlocks() {
        expect(JsonToken.START_ARRAY, "an array of blocks");
        List<Block> blocks = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            blocks.add(block());
        }
        return blocks;
    }

    /** Reads a block. The parser is on the block object's start. */
    private Block block() {
        expect(JsonToken.START_OBJECT, "a block object");
        checkDepth();
        BlockFields fields = new BlockFields();
        String name;
        while ((name = in.nextName()) != null) {
            int property = BlockFields.property(name);
            if (property == 0) {
                unknown(name);
            } else if (fields.properties.admit(property, name)) {
                in.nextToken();
                readBlockProperty(property, fields);
            }
        }
        if (fields.type == null) {
            throw missing("type");
        }
        fields.properties.finish(fields.type.required, BlockFields::name);
        if (fields.type == BlockType.LIST && !fields.ordered && fields.start != 1) {
            throw fail(ArticleJsonException.INVALID_VALUE, "a list with \"start\" other than 1 must be \"ordered\"");
        }
        return fields.build();
    }

    private void readBlockProperty(int property, BlockFields fields) {
        switch (property) {
            case BlockFields.TYPE:
                fields.type = BlockType.of(currentString());
                if (fields.type == null) {
                    throw fail(ArticleJsonException.INVALID_VALUE,
                            "unknown block type \"" + in.getString() + "\"; expected one of "
                            + BlockType.NAMES);
                }
                fields.properties.typed(fields.type.json, fields.type.allowed);
                break;
            case BlockFields.TEXT:
                fields.text = currentRichText();
                break;
            case BlockFields.ORDERED:
                fields.ordered = bool();
                break;
            case BlockFields.START:
                fields.start = integer();
                break;
            case BlockFields.ITEMS:
                fields.items = items();
                break;
            case BlockFields.BLOCKS:
                fields.blocks = currentBlocks();
                break;
            case BlockFields.ATTRIBUTION:
                fields.attribution = Optional.of(currentRichText());
                break;
            case BlockFields.SOURCE:
                fields.source = Optional.of(currentString());
                break;
            case BlockFields.IMAGE:
                fields.image = image();
                break;
            case BlockFields.CAPTION:
                fields.caption = Optional.of(currentRichText());
                break;
            case BlockFields.CREDIT:
                fields.credit = Optional.of(currentString());
                break;
            case BlockFields.HEAD:
                fields.head = rows();
                break;
            case BlockFields.BODY:
                fields.body = rows();
                break;
            case BlockFields.LABELS:
                labels(fields);
                break;
            case BlockFields.ROWS:
                fields.rows = summaryRows();
                break;
            case BlockFields.LANGUAGE:
                fields.language = Optional.of(currentString());
                break;
            default:
                fields.code = currentString();
        }
    }

    /** The hero: a figure object without "type". */
    private Figure hero() {
        enterObject("a figure object");
        Image image = null;
        Optional<RichText> caption = Optional.empty();
        Optional<String> credit = Optional.empty();
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "image":
                    seen = mark(seen, 1, name);
                    in.nextToken();
                    image = image();
                    break;
                case "caption":
                    seen = mark(seen, 2, name);
                    caption = Optional.of(richText());
                    break;
                case "credit":
                    seen = mark(seen, 4, name);
                    credit = Optional.of(string());
                    break;
                default:
                    unknown(name);
            }
        }
        if (image == null) {
            throw missing("image");
        }
        return new Figure(image, caption, credit);
    }

    private Image image() {
        expect(JsonToken.START_OBJECT, "an image object");
        String src = null;
        String alt = null;
        OptionalInt width = OptionalInt.empty();
        OptionalInt height = OptionalInt.empty();
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "src":
                    seen = mark(seen, 1, name);
                    src = string();
                    break;
                case "alt":
                    seen = mark(seen, 2, name);
                    alt = string();
                    break;
                case "width":
                    seen = mark(seen, 4, name);
                    in.nextToken();
                    width = OptionalInt.of(positive());
                    break;
                case "height":
                    seen = mark(seen, 8, name);
                    in.nextToken();
                    height = OptionalInt.of(positive());
                    break;
                default:
                    unknown(name);
            }
        }
        if (src == null) {
            throw missing("src");
        }
        if (alt == null) {
            throw missing("alt");
        }
        return new Image(src, alt, width, height);
    }

    private List<ListItem> items() {
        expect(JsonToken.START_ARRAY, "an array of list items");
        List<ListItem> items = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_OBJECT, "a list item object");
            List<Block> blocks = List.of();
            int seen = 0;
            String name;
            while ((name = in.nextName()) != null) {
                if (name.equals("blocks")) {
                    seen = mark(seen, 1, name);
                    blocks = blocks();
                } else {
                    unknown(name);
                }
            }
            items.add(new ListItem(blocks));
        }
        return items;
    }

    private List<TableRow> rows() {
        expect(JsonToken.START_ARRAY, "an array of table rows");
        List<TableRow> rows = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_ARRAY, "a table row (an array of cells)");
            List<TableCell> cells = new ArrayList<>();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                cells.add(cell());
            }
            rows.add(new TableRow(cells));
        }
        return rows;
    }

    private TableCell cell() {
        expect(JsonToken.START_OBJECT, "a table cell object");
        RichText text = null;
        boolean header = false;
        int colspan = 1;
        int rowspan = 1;
        int seen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            switch (name) {
                case "text":
                    seen = mark(seen, 1, name);
                    text = richText();
                    break;
                case "header":
                    seen = mark(seen, 2, name);
                    in.nextToken();
                    header = bool();
                    break;
                case "colspan":
                    seen = mark(seen, 4, name);
                    in.nextToken();
                    colspan = positive();
                    break;
                case "rowspan":
                    seen = mark(seen, 8, name);
                    in.nextToken();
                    rowspan = positive();
                    break;
                default:
                    unknown(name);
            }
        }
        if (text == null) {
            throw missing("text");
        }
        return new TableCell(text, header, colspan, rowspan);
    }

    private void labels(BlockFields fields) {
        expect(JsonToken.START_ARRAY, "an array of two labels, aspect and summary");
        String[] labels = new String[2];
        int count = 0;
        while (in.nextToken() != JsonToken.END_ARRAY) {
            if (count == 2) {
                throw fail(ArticleJsonException.INVALID_VALUE, "expected two labels, aspect and summary, found more");
            }
            labels[count++] = currentString();
        }
        if (count != 2) {
            throw fail(ArticleJsonException.INVALID_VALUE, "expected two labels, aspect and summary, found " + count);
        }
        fields.aspectLabel = labels[0];
        fields.summaryLabel = labels[1];
    }

    private List<SummaryRow> summaryRows() {
        expect(JsonToken.START_ARRAY, "an array of summary rows");
        List<SummaryRow> rows = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_ARRAY, "a summary row [aspect, summary]");
            if (in.nextToken() == JsonToken.END_ARRAY) {
                throw fail(ArticleJsonException.INVALID_VALUE,
                        "expected a summary row [aspect, summary], found an empty array");
            }
            RichText aspect = currentRichText();
            if (in.nextToken() == JsonToken.END_ARRAY) {
                throw fail(ArticleJsonException.INVALID_VALUE,
                        "expected a summary row [aspect, summary], found one element");
            }
            RichText summary = currentRichText();
            if (in.nextToken() != JsonToken.END_ARRAY) {
                throw fail(ArticleJsonException.INVALID_VALUE,
                        "expected a summary row [aspect, summary], found more than two elements");
            }
            rows.add(new SummaryRow(aspect, summary));
        }
        return rows;
    }

    private RichText richText() {
        in.nextToken();
        return currentRichText();
    }

    /** Reads rich text from the current token: a string, or an array of strings and inline objects. */
    private RichText currentRichText() {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return RichText.of(in.getString());
        }
        if (token != JsonToken.START_ARRAY) {
            throw fail(ArticleJsonException.WRONG_TYPE,
                    "expected rich text (a string, or an array of strings and inline objects), found "
                    + describe(token));
        }
        checkDepth();
        List<Inline> inlines = new ArrayList<>();
        while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_STRING) {
                inlines.add(new Inline.Text(in.getString()));
            } else if (token == JsonToken.START_OBJECT) {
                inlines.add(inline());
            } else {
                throw fail(ArticleJsonException.WRONG_TYPE,
                        "expected a string or an inline object, found " + describe(token));
            }
        }
        return new RichText(inlines);
    }

    private Inline inline() {
        checkDepth();
        TypedProperties properties = new TypedProperties();
        InlineType type = null;
        RichText text = null;
        String code = null;
        String href = null;
        Optional<String> title = Optional.empty();
        String name;
        while ((name = in.nextName()) != null) {
            int property = InlineProperties.of(name);
            if (property == 0) {
                unknown(name);
                continue;
            }
            if (!properties.admit(property, name)) {
                continue;
            }
            in.nextToken();
            switch (property) {
                case InlineProperties.TYPE:
                    type = InlineType.of(currentString());
                    if (type == null) {
                        throw fail(ArticleJsonException.INVALID_VALUE,
                                "unknown inline type \"" + in.getString() + "\"; expected one of "
                                + InlineType.NAMES);
                    }
                    properties.typed(type.json, type.allowed);
                    break;
                case InlineProperties.TEXT:
                    text = currentRichText();
                    break;
                case InlineProperties.CODE:
                    code = currentString();
                    break;
                case InlineProperties.HREF:
                    href = currentString();
                    break;
                default:
                    title = Optional.of(currentString());
            }
        }
        if (type == null) {
            throw missing("type");
        }
        properties.finish(type.required, InlineProperties::name);
        switch (type) {
            case EM:
                return new Inline.Emphasis(text);
            case STRONG:
                return new Inline.Strong(text);
            case CODE:
                return new Inline.Code(code);
            case LINK:
                return new Inline.Link(href, title, text);
            default:
                return new Inline.LineBreak();
        }
    }

    private String string() {
        in.nextToken();
        return currentString();
    }

    private String currentString() {
        JsonToken token = in.currentToken();
        if (token != JsonToken.VALUE_STRING) {
            throw fail(ArticleJsonException.WRONG_TYPE, "expected a string, found " + describe(token));
        }
        return in.getString();
    }

    private boolean bool() {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw fail(ArticleJsonException.WRONG_TYPE, "expected true or false, found " + describe(token));
    }

    private int integer() {
        JsonToken token = in.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw fail(ArticleJsonException.WRONG_TYPE, "expected an integer, found " + describe(token));
        }
        if (in.getNumberType() != JsonParser.NumberType.INT) {
            throw fail(ArticleJsonException.INVALID_VALUE,
                    "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", found "
                    + in.getString());
        }
        return in.getIntValue();
    }

    private int positive() {
        int value = integer();
        if (value < 1) {
            throw fail(ArticleJsonException.INVALID_VALUE, "expected a positive integer, found " + value);
        }
        return value;
    }

    private OffsetDateTime date() {
        String text = string();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw fail(ArticleJsonException.INVALID_VALUE,
                    "expected an ISO 8601 date and time with an offset, such as \"2025-08-15T09:30:00+02:00\", found \""
                    + text + "\"");
        }
    }

    private URI uri() {
        String text = string();
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw fail(ArticleJsonException.INVALID_VALUE,
                    "expected a URI reference, found \"" + text + "\" (" + e.getReason() + ")");
        }
    }

    private void enterObject(String what) {
        in.nextToken();
        expect(JsonToken.START_OBJECT, what);
    }

    private void enterArray(String what) {
        in.nextToken();
        expect(JsonToken.START_ARRAY, what);
    }

    private void expect(JsonToken expected, String what) {
        JsonToken token = in.currentToken();
        if (token != expected) {
            throw fail(ArticleJsonException.WRONG_TYPE, "expected " + what + ", found " + describe(token));
        }
    }

    /** Guards the recursion of the reader itself, whatever limits the parser was configured with. */
    private void checkDepth() {
        if (in.streamReadContext().getNestingDepth() > maxDepth) {
            throw fail(ArticleJsonException.OVER_LIMIT, "nesting deeper than the limit of " + maxDepth);
        }
    }

    /** Marks a property of a fixed-shape object as seen, failing on the second sight. */
    private int mark(int seen, int bit, String name) {
        if ((seen & bit) != 0) {
            throw fail(ArticleJsonException.DUPLICATE_PROPERTY, "duplicate property \"" + name + "\"");
        }
        return seen | bit;
    }

    /** Handles a property that no object of this kind has; the parser is on its name. */
    private void unknown(String name) {
        if (ignoredProperties == null) {
            throw fail(ArticleJsonException.UNKNOWN_PROPERTY, "unknown property \"" + name + "\"");
        }
        ignoredProperties.accept(pointer());
        in.nextToken();
        in.skipChildren();
    }

    private ArticleJsonException missing(String name) {
        return fail(ArticleJsonException.MISSING_PROPERTY, "missing required property \"" + name + "\"");
    }

    private String pointer() {
        return in.streamReadContext().pathAsPointer().toString();
    }

    /** An exception at the current token. */
    private ArticleJsonException fail(String code, String problem) {
        TokenStreamLocation at = in.currentTokenLocation();
        return new ArticleJsonException(code, problem, pointer(), at.getLineNr(), at.getColumnNr(), null);
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
                return "an integer";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case END_OBJECT:
                return "the end of the object";
            case END_ARRAY:
                return "the end of the array";
            default:
                return token.toString();
        }
    }

    /**
     * The property names seen in a block or inline object, whose "type" may come after other properties: those
     * are read by their name alone and checked against the type once it is known.
     */
    private final class TypedProperties {
        private int seen;
        private int allowed = -1;
        private String type;
        private String[] earlyPointers;
        private TokenStreamLocation[] earlyLocations;

        /** Records a property, the parser on its name; returns whether to read its value. */
        boolean admit(int property, String name) {
            seen = mark(seen, property, name);
            if (allowed == -1) {
                if (property != 1) {
                    remember(property);
                }
                return true;
            }
            if ((allowed & property) != 0) {
                return true;
            }
            seen &= ~property;
            if (ignoredProperties == null) {
                throw fail(ArticleJsonException.UNKNOWN_PROPERTY, notAllowed(name, type));
            }
            ignoredProperties.accept(pointer());
            in.nextToken();
            in.skipChildren();
            return false;
        }

        void typed(String type, int allowed) {
            this.type = type;
            this.allowed = allowed;
        }

        /** Checks the properties that came before the type, and that the required ones are there. */
        void finish(int required, IntFunction<String> names) {
            int early = seen & ~allowed;
            while (early != 0) {
                int index = Integer.numberOfTrailingZeros(early);
                early &= early - 1;
                String pointer = earlyPointers[index];
                if (ignoredProperties == null) {
                    TokenStreamLocation at = earlyLocations[index];
                    throw new ArticleJsonException(ArticleJsonException.UNKNOWN_PROPERTY,
                            notAllowed(names.apply(1 << index), type), pointer,
                            at.getLineNr(), at.getColumnNr(), null);
                }
                ignoredProperties.accept(pointer);
            }
            int missing = required & ~seen;
            if (missing != 0) {
                throw missing(names.apply(Integer.lowestOneBit(missing)));
            }
        }

        private void remember(int property) {
            if (earlyPointers == null) {
                earlyPointers = new String[Integer.SIZE];
                earlyLocations = new TokenStreamLocation[Integer.SIZE];
            }
            int index = Integer.numberOfTrailingZeros(property);
            earlyPointers[index] = pointer();
            earlyLocations[index] = in.currentTokenLocation();
        }

        private String notAllowed(String name, String type) {
            return "property \"" + name + "\" is not allowed on type \"" + type + "\"";
        }
    }

    /** The properties of a block object, gathered before its type is known to be checked against them. */
    private final class BlockFields {
        // One bit per property name, so that a set of properties is an int.
        static final int TYPE = 1;
        static final int TEXT = 1 << 1;
        static final int ORDERED = 1 << 2;
        static final int START = 1 << 3;
        static final int ITEMS = 1 << 4;
        static final int BLOCKS = 1 << 5;
        static final int ATTRIBUTION = 1 << 6;
        static final int SOURCE = 1 << 7;
        static final int IMAGE = 1 << 8;
        static final int CAPTION = 1 << 9;
        static final int CREDIT = 1 << 10;
        static final int HEAD = 1 << 11;
        static final int BODY = 1 << 12;
        static final int LABELS = 1 << 13;
        static final int ROWS = 1 << 14;
        static final int LANGUAGE = 1 << 15;
        static final int CODE = 1 << 16;

        final TypedProperties properties = new TypedProperties();
        BlockType type;
        RichText text;
        boolean ordered;
        int start = 1;
        List<ListItem> items = List.of();
        List<Block> blocks = List.of();
        Optional<RichText> attribution = Optional.empty();
        Optional<String> source = Optional.empty();
        Image image;
        Optional<RichText> caption = Optional.empty();
        Optional<String> credit = Optional.empty();
        List<TableRow> head = List.of();
        List<TableRow> body = List.of();
        String aspectLabel;
        String summaryLabel;
        List<SummaryRow> rows = List.of();
        Optional<String> language = Optional.empty();
        String code;

        static int property(String name) {
            switch (name) {
                case "type":
                    return TYPE;
                case "text":
                    return TEXT;
                case "ordered":
                    return ORDERED;
                case "start":
                    return START;
                case "items":
                    return ITEMS;
                case "blocks":
                    return BLOCKS;
                case "attribution":
                    return ATTRIBUTION;
                case "source":
                    return SOURCE;
                case "image":
                    return IMAGE;
                case "caption":
                    return CAPTION;
                case "credit":
                    return CREDIT;
                case "head":
                    return HEAD;
                case "body":
                    return BODY;
                case "labels":
                    return LABELS;
                case "rows":
                    return ROWS;
                case "language":
                    return LANGUAGE;
                case "code":
                    return CODE;
                default:
                    return 0;
            }
        }

        private static final String[] NAMES = {"type", "text", "ordered", "start", "items", "blocks", "attribution",
            "source", "image", "caption", "credit", "head", "body", "labels", "rows", "language", "code"};

        static String name(int property) {
            return NAMES[Integer.numberOfTrailingZeros(property)];
        }

        Block build() {
            switch (type) {
                case PARAGRAPH:
                    return new Paragraph(text);
                case LIST:
                    return new ListBlock(ordered, start, items);
                case QUOTE:
                    return new Quote(blocks, attribution, source);
                case FIGURE:
                    return new Figure(image, caption, credit);
                case TABLE:
                    return new Table(caption, head, body);
                case SUMMARY_TABLE:
                    return new SummaryTable(caption, aspectLabel, summaryLabel, rows);
                case CODE:
                    return new CodeBlock(language, code);
                default:
                    return new Divider();
            }
        }
    }

    /** Block types by their JSON name, with the properties each allows and requires. */
    private enum BlockType {
        PARAGRAPH("paragraph", BlockFields.TEXT, BlockFields.TEXT),
        LIST("list", BlockFields.ORDERED | BlockFields.START | BlockFields.ITEMS, 0),
        QUOTE("quote", BlockFields.BLOCKS | BlockFields.ATTRIBUTION | BlockFields.SOURCE, 0),
        FIGURE("figure", BlockFields.IMAGE | BlockFields.CAPTION | BlockFields.CREDIT, BlockFields.IMAGE),
        TABLE("table", BlockFields.CAPTION | BlockFields.HEAD | BlockFields.BODY, 0),
        SUMMARY_TABLE("summary-table", BlockFields.CAPTION | BlockFields.LABELS | BlockFields.ROWS,
                BlockFields.LABELS),
        CODE("code", BlockFields.LANGUAGE | BlockFields.CODE, BlockFields.CODE),
        DIVIDER("divider", 0, 0);

        /** {@code values()} copies the array on every call. */
        private static final BlockType[] ALL = values();

        static final String NAMES = "\"paragraph\", \"list\", \"quote\", \"figure\", \"table\", \"summary-table\", "
                + "\"code\", \"divider\"";

        final String json;
        final int allowed;
        final int required;

        BlockType(String json, int allowed, int required) {
            this.json = json;
            this.allowed = allowed | BlockFields.TYPE;
            this.required = required;
        }

        static BlockType of(String json) {
            for (BlockType type : ALL) {
                if (type.json.equals(json)) {
                    return type;
                }
            }
            return null;
        }
    }

    /** The properties of inline objects, one bit each. */
    private static final class InlineProperties {
        static final int TYPE = 1;
        static final int TEXT = 2;
        static final int CODE = 4;
        static final int HREF = 8;
        static final int TITLE = 16;
        private static final String[] NAMES = {"type", "text", "code", "href", "title"};

        private InlineProperties() {}

        static int of(String name) {
            switch (name) {
                case "type":
                    return TYPE;
                case "text":
                    return TEXT;
                case "code":
                    return CODE;
                case "href":
                    return HREF;
                case "title":
                    return TITLE;
                default:
                    return 0;
            }
        }

        static String name(int property) {
            return NAMES[Integer.numberOfTrailingZeros(property)];
        }
    }

    /** Inline types by their JSON name, with the properties each allows and requires. */
    private enum InlineType {
        EM("em", InlineProperties.TEXT, InlineProperties.TEXT),
        STRONG("strong", InlineProperties.TEXT, InlineProperties.TEXT),
        CODE("code", InlineProperties.CODE, InlineProperties.CODE),
        LINK("link", InlineProperties.HREF | InlineProperties.TITLE | InlineProperties.TEXT,
                InlineProperties.HREF | InlineProperties.TEXT),
        BR("br", 0, 0);

        /** {@code values()} copies the array on every call. */
        private static final InlineType[] ALL = values();

        static final String NAMES = "\"em\", \"strong\", \"code\", \"link\", \"br\"";

        final String json;
        final int allowed;
        final int required;

        InlineType(String json, int allowed, int required) {
            this.json = json;
            this.allowed = allowed | InlineProperties.TYPE;
            this.required = required;
        }

        static InlineType of(String json) {
            for (InlineType type : ALL) {
                if (type.json.equals(json)) {
                    return type;
                }
            }
            return null;
        }
    }
}
