package dev.lede.html.internal.page;

import dev.lede.html.internal.Srcset;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Gives lazy-loaded images a real, absolute {@code src}: from {@code data-src} and its variants, else the
 * widest {@code srcset} candidate (its own or a {@code <picture>} source's), when the {@code src} is missing,
 * a {@code data:} placeholder or a relative address. The {@code <source>}s of a {@code <picture>} are consumed.
 * Stateless and thread-safe.
 */
final class Images {
    private static final String[] LAZY_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-url",
        "data-hi-res-src"};

    private Images() {}

    static void normalise(Element root, URI pageUrl) {
        for (Element img : root.select("img")) {
            realSource(img).flatMap(src -> Urls.contentAddress(pageUrl, src)).ifPresent(src -> img.attr("src", src));
            img.removeAttr("srcset");
            if (img.parent() != null && img.parent().nameIs("picture")) {
                img.parent().select("source").remove();
            }
            for (String attribute : LAZY_ATTRIBUTES) {
                img.removeAttr(attribute);
            }
        }
    }

    private static Optional<String> realSource(Element img) {
        for (String attribute : LAZY_ATTRIBUTES) {
            if (!img.attr(attribute).isBlank()) {
                return Optional.of(img.attr(attribute));
            }
        }
        String src = img.attr("src").strip();
        if (!src.isEmpty() && !src.regionMatches(true, 0, "data:", 0, 5)) {
            return Optional.of(src);
        }
        Optional<String> fromSet = widest(img.attr("srcset")).or(() -> widest(img.attr("data-srcset")));
        if (fromSet.isPresent()) {
            return fromSet;
        }
        Element picture = img.parent() != null && img.parent().normalName().equals("picture") ? img.parent() : null;
        if (picture != null) {
            for (Element source : picture.select("source[srcset]")) {
                Optional<String> candidate = widest(source.attr("srcset"));
                if (candidate.isPresent()) {
                    return candidate;
                }
            }
        }
        return Optional.empty();
    }

    /** The candidate with the largest width or density descriptor; the last one when none has a descriptor. */
    static Optional<String> widest(String srcset) {
        String best = null;
        double bestSize = -1;
        for (Srcset.Candidate candidate : Srcset.parse(srcset)) {
            double size = size(candidate.descriptors());
            if (size >= bestSize) {
                best = candidate.url();
                bestSize = size;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The number of a width or density descriptor ("640w", "2x"); 0 for none or one that is not a number. */
    private static double size(String descriptors) {
        int end = 0;
        while (end < descriptors.length() && !Character.isWhitespace(descriptors.charAt(end))) {
            end++;
        }
        try {
            return end < 2 ? 0 : Double.parseDouble(descriptors.substring(0, end - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
