package dev.lede;

import static dev.lede.internal.Checks.notNull;

import dev.lede.internal.Checks;
import dev.lede.internal.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A headed part of an article, with its own blocks and subsections. A top-level section is an {@code h2};
 * each level of subsections goes one heading level down, to {@code h6} at the fifth level. Immutable and
 * thread-safe.
 *
 * <p>The id is the section's anchor ({@code #geography-as-stage}). The builders derive it from the heading
 * as a stable slug and keep it unique within the article; the validator checks ids built by hand.
 *
 * @param id the anchor slug; not null
 * @param heading the heading; not null
 * @param blocks the content before the first subsection; not null
 * @param subsections the subsections, in order; not null
 */
public record Section(String id, RichText heading, List<Block> blocks, List<Section> subsections) {
    /** Copies and checks the components. */
    public Section {
        notNull(id, "id");
        notNull(heading, "heading");
        blocks = Checks.copy(blocks, "blocks");
        subsections = Checks.copy(subsections, "subsections");
    }

    /**
     * Starts a section whose id will be derived from the heading.
     *
     * @param heading the heading; not null
     * @return a builder
     */
    public static Builder builder(String heading) {
        return new Builder(RichText.of(Checks.notNull(heading, "heading")));
    }

    /**
     * Starts a section with a rich-text heading.
     *
     * @param heading the heading; not null
     * @return a builder
     */
    public static Builder builder(RichText heading) {
        return new Builder(Checks.notNull(heading, "heading"));
    }

    /**
     * @param id the new id; not null
     * @return a copy with the id replaced
     */
    public Section withId(String id) {
        return new Section(id, heading, blocks, subsections);
    }

    /**
     * @param heading the new heading; not null
     * @return a copy with the heading replaced
     */
    public Section withHeading(RichText heading) {
        return new Section(id, heading, blocks, subsections);
    }

    /**
     * @param blocks the new blocks; not null
     * @return a copy with the blocks replaced
     */
    public Section withBlocks(List<Block> blocks) {
        return new Section(id, heading, blocks, subsections);
    }

    /**
     * @param subsections the new subsections; not null
     * @return a copy with the subsections replaced
     */
    public Section withSubsections(List<Section> subsections) {
        return new Section(id, heading, blocks, subsections);
    }

    /**
     * The text of this section and its subsections without markup, each heading on its own line.
     *
     * @return the plain text; never null
     */
    public String plainText() {
        return PlainText.of(this);
    }

    /**
     * Builds a section: its blocks, then its subsections. Not thread-safe.
     */
    public static final class Builder extends ContentBuilder<Builder> {
        final RichText heading;
        Optional<String> id = Optional.empty();
        final List<Builder> subsections = new ArrayList<>();

        private Builder(RichText heading) {
            this.heading = heading;
        }

        /**
         * Gives the section an explicit id instead of one derived from its heading.
         *
         * @param id the id; not null
         * @return this builder
         */
        public Builder id(String id) {
            this.id = Optional.of(Checks.notNull(id, "id"));
            return this;
        }

        /**
         * Adds a subsection.
         *
         * @param heading the subsection's heading; not null
         * @param content fills the subsection; not null
         * @return this builder
         */
        public Builder section(String heading, Consumer<Builder> content) {
            return section(RichText.of(Checks.notNull(heading, "heading")), content);
        }

        /**
         * Adds a subsection with a rich-text heading.
         *
         * @param heading the subsection's heading; not null
         * @param content fills the subsection; not null
         * @return this builder
         */
        public Builder section(RichText heading, Consumer<Builder> content) {
            Builder child = new Builder(Checks.notNull(heading, "heading"));
            Checks.notNull(content, "content").accept(child);
            subsections.add(child);
            return this;
        }

        /**
         * Adds a subsection from a builder filled elsewhere. The builder itself is kept, not a copy, so what is
         * added to it later shows in this section when it is built.
         *
         * @param subsection the subsection's builder; not null
         * @return this builder
         */
        public Builder section(Builder subsection) {
            subsections.add(Checks.notNull(subsection, "subsection"));
            return this;
        }

        /**
         * Builds the section, deriving the missing ids of it and its subsections, unique among themselves.
         *
         * @return the section
         */
        public Section build() {
            return SectionIds.assign(List.of(this)).get(0);
        }
    }
}
