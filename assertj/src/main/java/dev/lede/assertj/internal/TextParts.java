package dev.lede.assertj.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Note;
import dev.lede.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's plain text cut into the parts a person would look in: title, subtitle, hero caption, each lead
 * block, each section's own text (heading and blocks), each note. Each part is named by its path, sections and
 * notes also by their heading or title, so that a failure can say where a text was found.
 */
public final class TextParts {
    private TextParts() {}

    /**
     * @param article the article; not null
     * @return the parts in reading order, each named
     */
    public static List<Located<String>> of(Article article) {
        List<Located<String>> parts = new ArrayList<>();
        parts.add(new Located<>("metadata.title", article.metadata().title()));
        article.metadata().subtitle().ifPresent(s -> parts.add(new Located<>("metadata.subtitle", s)));
        article.hero().flatMap(h -> h.caption())
                .ifPresent(c -> parts.add(new Located<>("hero.caption", c.plainText())));
        for (Located<Block> block : Parts.indexed(article.lead(), "lead")) {
            parts.add(new Located<>(block.path(), block.value().plainText()));
        }
        for (Located<Section> section : Parts.sections(article)) {
            parts.add(section(section));
        }
        for (int i = 0; i < article.notes().size(); i++) {
            Note note = article.notes().get(i);
            parts.add(new Located<>("notes[" + i + "]" + note.title().map(t -> " " + Texts.quote(t)).orElse(""),
                    note.plainText()));
        }
        return parts;
    }

    /**
     * @param section the section; not null
     * @param path its path; not null
     * @return its own text and each subsection's, named
     */
    public static List<Located<String>> of(Section section, String path) {
        List<Located<String>> parts = new ArrayList<>();
        parts.add(section(new Located<>(path, section)));
        for (Located<Section> subsection : Parts.subsections(section, path)) {
            parts.add(section(subsection));
        }
        return parts;
    }

    private static Located<String> section(Located<Section> section) {
        String heading = Texts.quote(section.value().heading().plainText());
        String name = section.path().isEmpty() ? "section " + heading : section.path() + " " + heading;
        return new Located<>(name, Parts.ownText(section.value()));
    }

    /**
     * Where a text occurs.
     *
     * @param parts the named parts; not null
     * @param whole the whole plain text the parts were cut from; not null
     * @param text the text looked for; not null
     * @return the names of the parts holding it; "across two parts" when only the whole text holds it; empty when
     *     the whole text does not
     */
    public static List<String> whereFound(List<Located<String>> parts, String whole, String text) {
        List<String> places = new ArrayList<>();
        for (Located<String> part : parts) {
            if (part.value().contains(text)) {
                places.add(part.path());
            }
        }
        if (places.isEmpty() && whole.contains(text)) {
            places.add("across the end of one part and the start of the next");
        }
        return places;
    }
}
