package dev.lede.assertj.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** How failure messages write values: quoted, shortened, listed with a cap. */
public final class Texts {
    /** How many entries a listing in a failure message shows before "… and N more". */
    public static final int MAX_LISTED = 20;

    private static final int MAX_QUOTED = 60;

    private Texts() {}

    /**
     * @param text the text; not null
     * @return the text in double quotes, as AssertJ writes strings
     */
    public static String quote(String text) {
        return "\"" + text + "\"";
    }

    /**
     * @param text the text; not null
     * @return the text on one line, cut to a readable length with "…", in double quotes
     */
    public static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return quote(line.length() <= MAX_QUOTED ? line : line.substring(0, MAX_QUOTED - 1) + "…");
    }

    /**
     * @param texts the texts; not null
     * @return each quoted, comma-separated, in brackets
     */
    public static String quotedList(Collection<String> texts) {
        return texts.stream().map(Texts::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * One entry a line, indented by two spaces, at most {@value #MAX_LISTED}, then how many were left out.
     *
     * @param lines the entries; not null
     * @return the listing, or "  (none)" when empty
     */
    public static String listing(List<String> lines) {
        if (lines.isEmpty()) {
            return "  (none)";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size() && i < MAX_LISTED; i++) {
            text.append(i == 0 ? "" : "\n").append("  ").append(lines.get(i));
        }
        if (lines.size() > MAX_LISTED) {
            text.append("\n  … and ").append(lines.size() - MAX_LISTED).append(" more");
        }
        return text.toString();
    }

    /**
     * @param count how many
     * @param noun the singular noun
     * @return for example "1 block" or "3 blocks"
     */
    public static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
