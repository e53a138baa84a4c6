package dev.lede.assertj.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.Section;
import dev.lede.SummaryTable;
import dev.lede.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Walks an article's parts with their paths, for navigation and for what failure messages list. */
public final class Parts {
    private static final Block.Visitor<String> KIND = new Block.Visitor<>() {
        @Override
        public String visitParagraph(Paragraph paragraph) {
            return "paragraph";
        }

        @Override
        public String visitList(ListBlock list) {
            return "list";
        }

        @Override
        public String visitQuote(Quote quote) {
            return "quote";
        }

        @Override
        public String visitFigure(Figure figure) {
            return "figure";
        }

        @Override
        public String visitTable(Table table) {
            return "table";
        }

        @Override
        public String visitSummaryTable(SummaryTable table) {
            return "summary table";
        }

        @Override
        public String visitCode(CodeBlock code) {
            return "code block";
        }

        @Override
        public String visitDivider(Divider divider) {
            return "divider";
        }
    };

    private Parts() {}

    /**
     * @param parent a path; not null, empty for the root
     * @param step a component name, possibly indexed; not null
     * @return the path of the component
     */
    public static String join(String parent, String step) {
        return parent.isEmpty() ? step : parent + "." + step;
    }

    /**
     * @param path a path; not null
     * @return the path, or "(article)" / "(this part)" for the root, as the validator writes it
     */
    public static String show(String path) {
        return path.isEmpty() ? "(root)" : path;
    }

    /**
     * @param block the block; not null
     * @return its kind for people: "paragraph", "list", "quote", "figure", "table", "summary table", "code
     *     block" or "divider"
     */
    public static String kind(Block block) {
        return block.accept(KIND);
    }

    /**
     * @param block the block; not null
     * @return its kind and the start of its text, such as {@code paragraph "When the agenda is…"}
     */
    public static String describe(Block block) {
        String text = block.plainText();
        return kind(block) + (text.isBlank() ? "" : " " + Texts.excerpt(text));
    }

    /**
     * Every section of the article, depth first in reading order, with its path.
     *
     * @param article the article; not null
     * @return the sections
     */
    public static List<Located<Section>> sections(Article article) {
        List<Located<Section>> all = new ArrayList<>();
        for (int i = 0; i < article.sections().size(); i++) {
            addSections(article.sections().get(i), "sections[" + i + "]", all);
        }
        return all;
    }

    /**
     * The subsections of a section at any depth, depth first in reading order, with their paths.
     *
     * @param section the section; not null
     * @param path the section's path; not null
     * @return the subsections, without the section itself
     */
    public static List<Located<Section>> subsections(Section section, String path) {
        List<Located<Section>> all = new ArrayList<>();
        for (int i = 0; i < section.subsections().size(); i++) {
            addSections(section.subsections().get(i), join(path, "subsections[" + i + "]"), all);
        }
        return all;
    }

    private static void addSections(Section section, String path, List<Located<Section>> all) {
        all.add(new Located<>(path, section));
        all.addAll(subsections(section, path));
    }

    /**
     * The blocks of the lead and of every section in reading order (not those inside quotes, lists or notes).
     *
     * @param article the article; not null
     * @return the blocks with their paths
     */
    public static List<Located<Block>> blocks(Article article) {
        List<Located<Block>> all = new ArrayList<>(indexed(article.lead(), "lead"));
        for (Located<Section> section : sections(article)) {
            all.addAll(indexed(section.value().blocks(), join(section.path(), "blocks")));
        }
        return all;
    }

    /**
     * The blocks of a section and of its subsections in reading order.
     *
     * @param section the section; not null
     * @param path the section's path; not null
     * @return the blocks with their paths
     */
    public static List<Located<Block>> blocks(Section section, String path) {
        List<Located<Block>> all = new ArrayList<>(indexed(section.blocks(), join(path, "blocks")));
        for (Located<Section> subsection : subsections(section, path)) {
            all.addAll(indexed(subsection.value().blocks(), join(subsection.path(), "blocks")));
        }
        return all;
    }

    /**
     * @param blocks a list of blocks; not null
     * @param listPath the list's path, such as {@code lead} or {@code sections[0].blocks}; not null
     * @return the blocks with their paths, {@code listPath[i]}
     */
    public static List<Located<Block>> indexed(List<Block> blocks, String listPath) {
        List<Located<Block>> all = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            all.add(new Located<>(listPath + "[" + i + "]", blocks.get(i)));
        }
        return all;
    }

    /**
     * @param blocks blocks with paths; not null
     * @return one line each: path, kind and the start of the text
     */
    public static List<String> blockLines(List<Located<Block>> blocks) {
        return blocks.stream().map(b -> Parts.show(b.path()) + ": " + describe(b.value())).toList();
    }

    /**
     * @param sections sections with paths; not null
     * @param baseDepth the number of path steps of the part the sections are in
     * @return one line each, indented two spaces a level: the heading in quotes and {@code #id}
     */
    public static List<String> sectionLines(List<Located<Section>> sections, int baseDepth) {
        return sections.stream()
                .map(s -> "  ".repeat(depth(s.path()) - baseDepth - 1) + Texts.quote(s.value().heading().plainText())
                        + " #" + s.value().id())
                .toList();
    }

    /**
     * @param path a path; not null
     * @return how many section steps it has ({@code sections[..]} or {@code subsections[..]})
     */
    public static int depth(String path) {
        int depth = 0;
        for (String step : path.split("\\.")) {
            if (step.startsWith("sections[") || step.startsWith("subsections[")) {
                depth++;
            }
        }
        return depth;
    }

    /**
     * The heading outline: one line per section, its heading's plain text indented two spaces a level, top-level
     * sections (or the given section) at the left margin.
     *
     * @param sections the top-level sections; not null
     * @return the lines
     */
    public static List<String> outline(List<Section> sections) {
        List<String> lines = new ArrayList<>();
        for (Section section : sections) {
            addOutline(section, 0, lines);
        }
        return lines;
    }

    private static void addOutline(Section section, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + section.heading().plainText());
        for (Section subsection : section.subsections()) {
            addOutline(subsection, depth + 1, lines);
        }
    }

    /**
     * A section's own text: its heading and its blocks, without its subsections.
     *
     * @param section the section; not null
     * @return the plain text
     */
    public static String ownText(Section section) {
        List<String> parts = new ArrayList<>();
        parts.add(section.heading().plainText());
        section.blocks().forEach(block -> parts.add(block.plainText()));
        return parts.stream().collect(Collectors.joining("\n\n"));
    }
}
