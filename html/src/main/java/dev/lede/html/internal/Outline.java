package dev.lede.html.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.internal.Slugs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The section tree built from headings alone: a heading closes every open heading of its level or deeper
 * and nests under the nearest one above, so a skipped level nests under the nearest open heading. Blocks before
 * the first heading are the lead. Arguments are not null. Not thread-safe: one per read.
 */
final class Outline {
    private final List<Block> lead = new ArrayList<>();
    private final List<Heading> roots = new ArrayList<>();
    private final Deque<Heading> open = new ArrayDeque<>();

    void block(Block block) {
        (open.isEmpty() ? lead : open.peek().blocks).add(block);
    }

    /** Opens a section; {@code id} is the heading's own, kept when it is a slug not used before. */
    void heading(int level, RichText text, String id) {
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
        Heading heading = new Heading(level, text, id);
        (open.isEmpty() ? roots : open.peek().children).add(heading);
        open.push(heading);
    }

    boolean hasContent() {
        return !lead.isEmpty() || !roots.isEmpty();
    }

    /** Adds the lead and the sections to the article. */
    void addTo(Article.Builder article) {
        lead.forEach(article::lead);
        Set<String> ids = new HashSet<>();
        for (Heading section : roots) {
            article.section(section.builder(ids));
        }
    }

    /** A heading read so far and what follows it until the next heading of its level or above. */
    private static final class Heading {
        final int level;
        final RichText text;
        final String id;
        final List<Block> blocks = new ArrayList<>();
        final List<Heading> children = new ArrayList<>();

        Heading(int level, RichText text, String id) {
            this.level = level;
            this.text = text;
            this.id = id;
        }

        Section.Builder builder(Set<String> ids) {
            Section.Builder builder = Section.builder(text);
            fill(builder, ids);
            return builder;
        }

        private void fill(Section.Builder builder, Set<String> ids) {
            if (Slugs.isSlug(id) && ids.add(id)) {
                builder.id(id);
            }
            blocks.forEach(builder::block);
            for (Heading child : children) {
                builder.section(child.text, nested -> child.fill(nested, ids));
            }
        }
    }
}
