package dev.lede.html.internal.page;

import java.util.List;

/**
 * The tuning of {@link ContentFinder}: the three values a {@link dev.lede.html.PageImporter.Bias} chooses, the
 * keep and drop selectors, and the judgement values of each step, which {@link #defaults} sets as the importer
 * uses them. Shares are fractions of a whole (0 to 1). {@link #toBuilder()} changes one value, for a test or a
 * new bias. Immutable and thread-safe; no component is null.
 *
 * @param descendRatio content detection moves from an element into one of its children while that child
 *     holds at least this share of the element's prose; higher stops earlier, keeping more (recall)
 * @param mergeRatio a sibling of the chosen element joins the content when its prose is at least this share
 *     of the chosen element's; lower merges more (recall)
 * @param linkListDensity inside the content, a list or block whose text is at least this share link text (and
 *     that holds three links or more) is dropped as a link list; above 1 never drops one
 * @param keepSelectors CSS selectors of elements that always end up in the content
 * @param dropSelectors CSS selectors of elements that never do
 * @param minProseChars a block's own text is prose only from this many characters, less link text than not
 * @param longProseChars without a sentence end, a block's own text is prose only from this many characters
 * @param longItemChars as {@code longProseChars}, for a list item
 * @param guardedProseShare an element holding at least this share of the page's prose is the article's,
 *     whatever its classes (comments excepted)
 * @param railContentShare rails of linked headlines are the page's content when the prose outside them is
 *     less than this share of theirs
 * @param minRailItems the fewest linked headlines that make a rail
 * @param maxRailItemWords the most words of one item of a rail: a headline, a short teaser, a byline, a credit
 * @param maxHeadlineWords the most words of a rail's headline
 * @param maxRailFillerWords the most words of a part of a rail that holds no headline: a label or a "see all"
 *     link
 * @param articleBodyShare an {@code itemprop=articleBody} element holding at least this share of the prose is
 *     the content
 * @param articleShare otherwise the {@code <article>} outside chrome that holds the most prose is the content
 *     when it holds at least this share
 * @param mainShare otherwise the search starts at the first {@code <main>} holding at least this share
 * @param preciseMergeRatio tables, figures, code blocks and quotes beside the content join it while
 *     {@code mergeRatio} is below this (the bias is not precision)
 * @param titleWordShare with a title from the metadata, an {@code h1} states the title when at least this
 *     share of its words are the title's
 * @param maxNoteWords the most words of a note under a heading such as "Correction"
 * @param bannerRatio an image at least this many times as wide as tall is a banner, never the hero
 * @param maxPostMetaWords inside the content, a block before the first prose of at most this many words is
 *     post meta (an author box, a read time) and is dropped
 * @param maxLabelWords inside the content, a block of at most this many words whose label names chrome is
 *     dropped
 */
public record FinderOptions(double descendRatio, double mergeRatio, double linkListDensity,
        List<String> keepSelectors, List<String> dropSelectors, int minProseChars, int longProseChars,
        int longItemChars, double guardedProseShare, double railContentShare, int minRailItems,
        int maxRailItemWords, int maxHeadlineWords, int maxRailFillerWords, double articleBodyShare,
        double articleShare, double mainShare, double preciseMergeRatio, double titleWordShare, int maxNoteWords,
        int bannerRatio, int maxPostMetaWords, int maxLabelWords) {
    /** Copies the lists. */
    public FinderOptions {
        keepSelectors = List.copyOf(keepSelectors);
        dropSelectors = List.copyOf(dropSelectors);
    }

    /**
     * The options a bias chooses, with the selectors, and the importer's judgement values.
     *
     * @param descendRatio as {@link #descendRatio()}
     * @param mergeRatio as {@link #mergeRatio()}
     * @param linkListDensity as {@link #linkListDensity()}
     * @param keepSelectors as {@link #keepSelectors()}; not null
     * @param dropSelectors as {@link #dropSelectors()}; not null
     * @return the options
     */
    public static FinderOptions defaults(double descendRatio, double mergeRatio, double linkListDensity,
            List<String> keepSelectors, List<String> dropSelectors) {
        return new FinderOptions(descendRatio, mergeRatio, linkListDensity, keepSelectors, dropSelectors,
                25, 80, 40, 0.2, 0.25, 3, 80, 30, 12, 0.3, 0.5, 0.5, 0.5, 0.75, 400, 4, 12, 4);
    }

    /**
     * A builder holding these options, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Changes the judgement values of {@link FinderOptions}, one per method named after its component; the
     * bias's three values and the selectors stay as {@link #defaults} set them. Not thread-safe.
     */
    public static final class Builder {
        private double descendRatio;
        private double mergeRatio;
        private double linkListDensity;
        private List<String> keepSelectors;
        private List<String> dropSelectors;
        private int minProseChars;
        private int longProseChars;
        private int longItemChars;
        private double guardedProseShare;
        private double railContentShare;
        private int minRailItems;
        private int maxRailItemWords;
        private int maxHeadlineWords;
        private int maxRailFillerWords;
        private double articleBodyShare;
        private double articleShare;
        private double mainShare;
        private double preciseMergeRatio;
        private double titleWordShare;
        private int maxNoteWords;
        private int bannerRatio;
        private int maxPostMetaWords;
        private int maxLabelWords;

        private Builder(FinderOptions o) {
            descendRatio = o.descendRatio;
            mergeRatio = o.mergeRatio;
            linkListDensity = o.linkListDensity;
            keepSelectors = o.keepSelectors;
            dropSelectors = o.dropSelectors;
            minProseChars = o.minProseChars;
            longProseChars = o.longProseChars;
            longItemChars = o.longItemChars;
            guardedProseShare = o.guardedProseShare;
            railContentShare = o.railContentShare;
            minRailItems = o.minRailItems;
            maxRailItemWords = o.maxRailItemWords;
            maxHeadlineWords = o.maxHeadlineWords;
            maxRailFillerWords = o.maxRailFillerWords;
            articleBodyShare = o.articleBodyShare;
            articleShare = o.articleShare;
            mainShare = o.mainShare;
            preciseMergeRatio = o.preciseMergeRatio;
            titleWordShare = o.titleWordShare;
            maxNoteWords = o.maxNoteWords;
            bannerRatio = o.bannerRatio;
            maxPostMetaWords = o.maxPostMetaWords;
            maxLabelWords = o.maxLabelWords;
        }

        /**
         * The options as set.
         *
         * @return the options
         */
        public FinderOptions build() {
            return new FinderOptions(descendRatio, mergeRatio, linkListDensity, keepSelectors, dropSelectors,
                    minProseChars, longProseChars, longItemChars, guardedProseShare, railContentShare,
                    minRailItems, maxRailItemWords, maxHeadlineWords, maxRailFillerWords, articleBodyShare,
                    articleShare, mainShare, preciseMergeRatio, titleWordShare, maxNoteWords, bannerRatio,
                    maxPostMetaWords, maxLabelWords);
        }

        /** Sets {@link FinderOptions#minProseChars()}; returns this builder. */
        public Builder minProseChars(int value) {
            this.minProseChars = value;
            return this;
        }

        /** Sets {@link FinderOptions#longProseChars()}; returns this builder. */
        public Builder longProseChars(int value) {
            this.longProseChars = value;
            return this;
        }

        /** Sets {@link FinderOptions#longItemChars()}; returns this builder. */
        public Builder longItemChars(int value) {
            this.longItemChars = value;
            return this;
        }

        /** Sets {@link FinderOptions#guardedProseShare()}; returns this builder. */
        public Builder guardedProseShare(double value) {
            this.guardedProseShare = value;
            return this;
        }

        /** Sets {@link FinderOptions#railContentShare()}; returns this builder. */
        public Builder railContentShare(double value) {
            this.railContentShare = value;
            return this;
        }

        /** Sets {@link FinderOptions#minRailItems()}; returns this builder. */
        public Builder minRailItems(int value) {
            this.minRailItems = value;
            return this;
        }

        /** Sets {@link FinderOptions#maxRailItemWords()}; returns this builder. */
        public Builder maxRailItemWords(int value) {
            this.maxRailItemWords = value;
            return this;
        }

        /** Sets {@link FinderOptions#maxHeadlineWords()}; returns this builder. */
        public Builder maxHeadlineWords(int value) {
            this.maxHeadlineWords = value;
            return this;
        }

        /** Sets {@link FinderOptions#maxRailFillerWords()}; returns this builder. */
        public Builder maxRailFillerWords(int value) {
            this.maxRailFillerWords = value;
            return this;
        }

        /** Sets {@link FinderOptions#articleBodyShare()}; returns this builder. */
        public Builder articleBodyShare(double value) {
            this.articleBodyShare = value;
            return this;
        }

        /** Sets {@link FinderOptions#articleShare()}; returns this builder. */
        public Builder articleShare(double value) {
            this.articleShare = value;
            return this;
        }

        /** Sets {@link FinderOptions#mainShare()}; returns this builder. */
        public Builder mainShare(double value) {
            this.mainShare = value;
            return this;
        }

        /** Sets {@link FinderOptions#preciseMergeRatio()}; returns this builder. */
        public Builder preciseMergeRatio(double value) {
            this.preciseMergeRatio = value;
            return this;
        }

        /** Sets {@link FinderOptions#titleWordShare()}; returns this builder. */
        public Builder titleWordShare(double value) {
            this.titleWordShare = value;
            return this;
        }

        /** Sets {@link FinderOptions#maxNoteWords()}; returns this builder. */
        public Builder maxNoteWords(int value) {
            this.maxNoteWords = value;
            return this;
        }

        /** Sets {@link FinderOptions#bannerRatio()}; returns this builder. */
        public Builder bannerRatio(int value) {
            this.bannerRatio = value;
            return this;
        }

        /** Sets {@link FinderOptions#maxPostMetaWords()}; returns this builder. */
        public Builder maxPostMetaWords(int value) {
            this.maxPostMetaWords = value;
            return this;
        }

        /** Sets {@link FinderOptions#maxLabelWords()}; returns this builder. */
        public Builder maxLabelWords(int value) {
            this.maxLabelWords = value;
            return this;
        }
    }
}
