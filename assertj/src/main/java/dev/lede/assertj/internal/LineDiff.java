package dev.lede.assertj.internal;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.util.diff.Delta;
import org.assertj.core.util.diff.DiffUtils;
import org.assertj.core.util.diff.Patch;

/** A unified-style line diff for failure messages: unchanged lines start with two spaces, lines only expected
 * with "- ", lines only actual with "+ ". */
public final class LineDiff {
    private LineDiff() {}

    /**
     * @param expected the expected lines; not null
     * @param actual the actual lines; not null
     * @return the whole of both, line by line, every line marked
     */
    public static String of(List<String> expected, List<String> actual) {
        Patch<String> patch = DiffUtils.diff(expected, actual);
        List<String> lines = new ArrayList<>();
        int next = 0;
        for (Delta<String> delta : patch.getDeltas()) {
            int at = delta.getOriginal().getPosition();
            for (; next < at; next++) {
                lines.add("  " + expected.get(next));
            }
            delta.getOriginal().getLines().forEach(line -> lines.add("- " + line));
            delta.getRevised().getLines().forEach(line -> lines.add("+ " + line));
            next = at + delta.getOriginal().size();
        }
        for (; next < expected.size(); next++) {
            lines.add("  " + expected.get(next));
        }
        return String.join("\n", lines);
    }
}
