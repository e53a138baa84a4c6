package dev.lede.html;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the page importer left out of the article, or a choice it made that a caller may want to check:
 * a dropped region of the page with how many words it held and why it was dropped, an element the reader
 * could not represent, metadata sources that disagreed, or a repair that made the article valid. Immutable and
 * thread-safe.
 *
 * @param reason why; not null
 * @param path a CSS-like path to the element, such as {@code "body > div#comments"} (for {@link
 *     Reason#REPAIRED}, a path into the article instead); not null, empty when no single element is concerned
 * @param words how many words of text the element held; zero when it held none or no element is concerned
 * @param detail a short explanation for people; not null
 * @param readerKind for {@link Reason#NOT_REPRESENTED}, the kind of the reader's own diagnostic
 *     ({@link HtmlDiagnostic#kind()}), kept typed; empty for every other reason; not null
 */
public record PageDiagnostic(Reason reason, String path, int words, String detail,
        Optional<HtmlDiagnostic.Kind> readerKind) {
    /** Checks the components. */
    public PageDiagnostic {
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(readerKind, "readerKind must not be null");
        if (words < 0) {
            throw new IllegalArgumentException("words must not be negative, was " + words);
        }
    }

    /**
     * A diagnostic of the importer's own, with no reader diagnostic behind it.
     *
     * @param reason why; not null
     * @param path as the record's; not null
     * @param words as the record's
     * @param detail as the record's; not null
     */
    public PageDiagnostic(Reason reason, String path, int words, String detail) {
        this(reason, path, words, detail, Optional.empty());
    }

    /**
     * What the reader reported of the extracted content, as the importer reports it: {@link
     * Reason#NOT_REPRESENTED} with the reader's kind, path and detail.
     *
     * @param diagnostic the reader's diagnostic; not null
     * @return the importer's diagnostic
     */
    public static PageDiagnostic notRepresented(HtmlDiagnostic diagnostic) {
        return new PageDiagnostic(Reason.NOT_REPRESENTED, diagnostic.path(), 0, diagnostic.detail(),
                Optional.of(diagnostic.kind()));
    }

    /**
     * Whether this reports a region of page chrome that was dropped (every reason but {@link Reason#METADATA},
     * {@link Reason#NOT_REPRESENTED}, {@link Reason#REPAIRED} and {@link Reason#TRUNCATED}).
     *
     * @return true for a dropped region
     */
    public boolean isDroppedRegion() {
        return reason != Reason.METADATA && reason != Reason.NOT_REPRESENTED && reason != Reason.REPAIRED
                && reason != Reason.TRUNCATED;
    }

    /** Why something was left out. */
    public enum Reason {
        /** Site navigation, menus, breadcrumbs, skip links and "top of page" anchors. */
        NAVIGATION,
        /** The site's header or masthead. */
        SITE_HEADER,
        /** The site's footer. */
        SITE_FOOTER,
        /** A sidebar or widget column. */
        SIDEBAR,
        /** Share buttons and social links. */
        SHARE,
        /** Newsletter, subscription and sign-up boxes. */
        SUBSCRIBE,
        /** Lists of other articles: related, latest, popular, "from our network". */
        RELATED,
        /** Comments and the comment form. */
        COMMENTS,
        /** Ratings and reviews of the page. */
        RATING,
        /** Cookie and consent banners. */
        COOKIE_BANNER,
        /** Advertisements and sponsored content. */
        ADVERTISEMENT,
        /** A byline, dateline or post-meta line, read into the metadata instead. */
        BYLINE,
        /** A block made mostly of links. */
        LINK_LIST,
        /** Text outside the article with too little prose to be part of it. */
        LOW_TEXT_DENSITY,
        /** An element the page hides ({@code hidden}, {@code aria-hidden}, {@code display:none}). */
        HIDDEN,
        /** An element matched by a drop selector of the importer's options. */
        DROP_SELECTOR,
        /** Metadata that could not be read, or sources that disagreed (the more trusted one is used). */
        METADATA,
        /** Content inside the article that the model cannot represent; the detail says what became of it. */
        NOT_REPRESENTED,
        /**
         * A part of the article as read that the validator would reject, and what the importer made of it so
         * that the article is valid: an image-only list turned into figures, an empty list item or blank
         * paragraph dropped, a ragged table row padded, a title derived or shortened. The detail starts with the
         * validation code the part broke ({@code "list-item.blank: ..."}); the path is where the part was in the
         * article as read, in the validator's notation ({@code sections[2].blocks[0].items[1]}); the words are
         * those the repair removed, if any.
         */
        REPAIRED,
        /**
         * The last diagnostic of an import that had more than {@code PageImporter.MAX_DIAGNOSTICS}: the detail
         * counts those not listed by reason ({@code "HIDDEN 1200, REPAIRED 3"}), and the words are theirs.
         */
        TRUNCATED
    }
}
