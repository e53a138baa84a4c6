package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import dev.lede.internal.Checks;
import dev.lede.internal.PlainText;
import dev.lede.internal.Words;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One article: its metadata, an optional hero figure, the lead (the blocks before the first heading), the
 * sections and the notes. Immutable, with value equality, and safe to share between threads. No component is
 * ever null.
 *
 * <p>Constructors check structure only. Whether the content is acceptable (a title that is not blank, alt
 * text on images, safe links, unique section ids) is the validator's question, so that a draft can be held
 * before it is valid.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .title("US-Russia Alaska Summit: Prospects and Pitfalls")
 *     .publisher("THE MAG POST")
 *     .lead("Two leaders, a remote Arctic setting, ...")
 *     .section("Alaska as Venue", s -> s
 *         .paragraph("Alaska's chill and vastness ...")
 *         .section("Geography as Stage", g -> g.paragraph("...")))
 *     .build();
 * }</pre>
 *
 * @param metadata title, authors, dates and the rest; not null
 * @param hero the lead image, if any; not null
 * @param lead the blocks before the first section; not null
 * @param sections the top-level sections; not null
 * @param notes editorial notes, corrections, disclosures and updates; not null
 */
public record Article(Metadata metadata, Optional<Figure> hero, List<Block> lead, List<Section> sections,
        List<Note> notes) {

    /** Average silent reading speed used by {@link #readingTime()}, in words a minute. */
    public static final int WORDS_PER_MINUTE = 230;

    /** Copies and checks the components. */
    public Article {
        notNull(metadata, "metadata");
        optional(hero, "hero");
        lead = Checks.copy(lead, "lead");
        sections = Checks.copy(sections, "sections");
        notes = Checks.copy(notes, "notes");
    }

    /**
     * Starts building an article.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param metadata the new metadata; not null
     * @return a copy with the metadata replaced
     */
    public Article withMetadata(Metadata metadata) {
        return new Article(metadata, hero, lead, sections, notes);
    }

    /**
     * @param hero the new hero; not null
     * @return a copy with the hero replaced
     */
    public Article withHero(Optional<Figure> hero) {
        return new Article(metadata, hero, lead, sections, notes);
    }

    /**
     * @param lead the new lead; not null
     * @return a copy with the lead replaced
     */
    public Article withLead(List<Block> lead) {
        return new Article(metadata, hero, lead, sections, notes);
    }

    /**
     * @param sections the new sections; not null
     * @return a copy with the sections replaced
     */
    public Article withSections(List<Section> sections) {
        return new Article(metadata, hero, lead, sections, notes);
    }

    /**
     * @param notes the new notes; not null
     * @return a copy with the notes replaced
     */
    public Article withNotes(List<Note> notes) {
        return new Article(metadata, hero, lead, sections, notes);
    }

    /**
     * Every section, depth first in reading order: a section, then its subsections, then its next sibling.
     *
     * @return the sections; an unmodifiable list, never null
     */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        Deque<Section> pending = new ArrayDeque<>();
        for (int i = sections.size() - 1; i >= 0; i--) {
            pending.push(sections.get(i));
        }
        while (!pending.isEmpty()) {
            Section section = pending.pop();
            all.add(section);
            for (int i = section.subsections().size() - 1; i >= 0; i--) {
                pending.push(section.subsections().get(i));
            }
        }
        return List.copyOf(all);
    }

    /**
     * The section with the given id, at any depth.
     *
     * @param id the id; not null
     * @return the first section in reading order with that id, or empty
     */
    public Optional<Section> section(String id) {
        notNull(id, "id");
        return allSections().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The article as plain text: title, subtitle, hero caption, lead, each section's heading and content,
     * then the notes, separated by blank lines.
     *
     * @return the plain text; never null
     */
    public String plainText() {
        return PlainText.of(this);
    }

    /**
     * The number of words in {@link #plainText()}, a word being a run of letters, marks and numbers with any
     * apostrophe inside it (so "Alaska’s" is one word, "US-Russia" two, and a run of CJK characters one).
     *
     * @return the word count
     */
    public int wordCount() {
        return Words.count(plainText());
    }

    /**
     * How long the article takes to read at {@value #WORDS_PER_MINUTE} words a minute, rounded up to whole
     * minutes; zero for an article with no words.
     *
     * @return the reading time; never null
     */
    public Duration readingTime() {
        int words = wordCount();
        return Duration.ofMinutes((words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /**
     * Builds an article the way it reads: metadata, hero, lead, sections, notes. Section ids missing from
     * the builder are derived from headings, unique within the article. Not thread-safe.
     */
    public static final class Builder {
        private String title = "";
        private Optional<String> subtitle = Optional.empty();
        private Optional<String> description = Optional.empty();
        private final List<Contributor> authors = new ArrayList<>();
        private Optional<Publisher> publisher = Optional.empty();
        private Optional<OffsetDateTime> published = Optional.empty();
        private Optional<OffsetDateTime> modified = Optional.empty();
        private Optional<String> language = Optional.empty();
        private Optional<URI> canonicalUrl = Optional.empty();
        private final List<String> tags = new ArrayList<>();
        private Optional<Figure> hero = Optional.empty();
        private final List<Block> lead = new ArrayList<>();
        private final List<Section.Builder> sections = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the title; an article without one has the empty title, which the validator rejects.
         *
         * @param title the headline; not null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = notNull(title, "title");
            return this;
        }

        /**
         * Sets the subtitle.
         *
         * @param subtitle the standfirst; not null
         * @return this builder
         */
        public Builder subtitle(String subtitle) {
            this.subtitle = Optional.of(notNull(subtitle, "subtitle"));
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the summary for listings; not null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Optional.of(notNull(description, "description"));
            return this;
        }

        /**
         * Adds an author known by name.
         *
         * @param name the name; not null
         * @return this builder
         */
        public Builder author(String name) {
            return author(Contributor.of(name));
        }

        /**
         * Adds an author.
         *
         * @param author the author; not null
         * @return this builder
         */
        public Builder author(Contributor author) {
            authors.add(notNull(author, "author"));
            return this;
        }

        /**
         * Sets the publisher by name.
         *
         * @param name the name; not null
         * @return this builder
         */
        public Builder publisher(String name) {
            return publisher(Publisher.of(name));
        }

        /**
         * Sets the publisher.
         *
         * @param publisher the publisher; not null
         * @return this builder
         */
        public Builder publisher(Publisher publisher) {
            this.publisher = Optional.of(notNull(publisher, "publisher"));
            return this;
        }

        /**
         * Sets when the article was first published.
         *
         * @param published the time; not null
         * @return this builder
         */
        public Builder published(OffsetDateTime published) {
            this.published = Optional.of(notNull(published, "published"));
            return this;
        }

        /**
         * Sets when the article was last changed.
         *
         * @param modified the time; not null
         * @return this builder
         */
        public Builder modified(OffsetDateTime modified) {
            this.modified = Optional.of(notNull(modified, "modified"));
            return this;
        }

        /**
         * Sets the language.
         *
         * @param languageTag a BCP 47 tag such as "en" or "pt-BR"; not null
         * @return this builder
         */
        public Builder language(String languageTag) {
            this.language = Optional.of(notNull(languageTag, "languageTag"));
            return this;
        }

        /**
         * Sets the canonical address.
         *
         * @param canonicalUrl the address; not null
         * @return this builder
         */
        public Builder canonicalUrl(URI canonicalUrl) {
            this.canonicalUrl = Optional.of(notNull(canonicalUrl, "canonicalUrl"));
            return this;
        }

        /**
         * Adds tags.
         *
         * @param tags the keywords; not null
         * @return this builder
         */
        public Builder tags(String... tags) {
            this.tags.addAll(Checks.copy(Arrays.asList(Checks.notNull(tags, "tags")), "tags"));
            return this;
        }

        /**
         * Sets the hero figure.
         *
         * @param hero the figure; not null
         * @return this builder
         */
        public Builder hero(Figure hero) {
            this.hero = Optional.of(notNull(hero, "hero"));
            return this;
        }

        /**
         * Sets the hero figure from an image and its caption.
         *
         * @param src the image address; not null
         * @param alt the text alternative; not null
         * @param caption the caption; not null
         * @return this builder
         */
        public Builder hero(String src, String alt, String caption) {
            return hero(Figure.of(src, alt, caption));
        }

        /**
         * Adds a paragraph of plain text to the lead.
         *
         * @param paragraph the text; not null
         * @return this builder
         */
        public Builder lead(String paragraph) {
            return lead(Paragraph.of(paragraph));
        }

        /**
         * Adds a block to the lead.
         *
         * @param block the block; not null
         * @return this builder
         */
        public Builder lead(Block block) {
            lead.add(notNull(block, "block"));
            return this;
        }

        /**
         * Adds a top-level section.
         *
         * @param heading the heading; not null
         * @param content fills the section; not null
         * @return this builder
         */
        public Builder section(String heading, Consumer<Section.Builder> content) {
            Section.Builder section = Section.builder(heading);
            notNull(content, "content").accept(section);
            sections.add(section);
            return this;
        }

        /**
         * Adds a top-level section from a builder filled elsewhere.
         *
         * @param section the section builder; not null
         * @return this builder
         */
        public Builder section(Section.Builder section) {
            sections.add(notNull(section, "section"));
            return this;
        }

        /**
         * Adds a note.
         *
         * @param note the note; not null
         * @return this builder
         */
        public Builder note(Note note) {
            notes.add(notNull(note, "note"));
            return this;
        }

        /**
         * Adds a note of one paragraph.
         *
         * @param kind the kind; not null
         * @param title the note's title; not null
         * @param text the paragraph; not null
         * @return this builder
         */
        public Builder note(NoteKind kind, String title, String text) {
            return note(Note.of(kind, title, text));
        }

        /**
         * Builds the article. The builder may be used again afterwards.
         *
         * @return the article
         */
        public Article build() {
            Metadata metadata = new Metadata(title, subtitle, description, authors, publisher, published,
                    modified, language, canonicalUrl, tags);
            return new Article(metadata, hero, lead, SectionIds.assign(sections), notes);
        }
    }
}
