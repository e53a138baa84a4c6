package dev.lede.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of an expected text an extracted text reproduces, measured on the multiset of 4-word shingles. A
 * word is a run of Unicode letters, combining marks and digits, lower-cased; marks are kept inside words so
 * that scripts written with combining marks are not split into fragments. Stateless and thread-safe.
 */
public final class TextOverlap {
    /** The number of consecutive words in one shingle. */
    public static final int SHINGLE = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private TextOverlap() {}

    /**
     * Precision and recall of one text against another.
     *
     * @param precision the share of the extracted shingles that the expected text has
     * @param recall the share of the expected shingles that the extracted text has
     */
    public record Score(double precision, double recall) {
        /**
         * The harmonic mean of precision and recall.
         *
         * @return F1, zero when both are zero
         */
        public double f1() {
            return f1(precision, recall);
        }

        /**
         * The harmonic mean of two shares.
         *
         * @param precision the precision
         * @param recall the recall
         * @return F1, zero when both are zero
         */
        public static double f1(double precision, double recall) {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /**
     * The words of a text, lower-cased, in order.
     *
     * @param text the text; not null
     * @return the words; never null
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * Compares an extracted text with the expected one. An empty side scores as follows, so that an empty
     * extraction never scores well: both empty gives precision and recall 1; an empty extraction gives 0 and 0;
     * an empty expectation gives precision 0 and recall 1.
     *
     * @param extracted the text an importer produced; not null
     * @param expected the reference text; not null
     * @return the score; never null
     */
    public static Score score(String extracted, String expected) {
        Map<String, Integer> found = shingles(extracted);
        Map<String, Integer> wanted = shingles(expected);
        int foundTotal = total(found);
        int wantedTotal = total(wanted);
        if (foundTotal == 0 || wantedTotal == 0) {
            return foundTotal == wantedTotal ? new Score(1, 1) : new Score(0, foundTotal == 0 ? 0 : 1);
        }
        int common = 0;
        for (Map.Entry<String, Integer> shingle : found.entrySet()) {
            common += Math.min(shingle.getValue(), wanted.getOrDefault(shingle.getKey(), 0));
        }
        return new Score((double) common / foundTotal, (double) common / wantedTotal);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            // U+0001 cannot occur inside a word, so joined shingles never collide.
            counts.merge(String.join("\u0001", words.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
