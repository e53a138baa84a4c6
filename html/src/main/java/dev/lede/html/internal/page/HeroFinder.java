package dev.lede.html.internal.page;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the hero: the first image before the article's text and after its title, outside chrome, that is
 * neither an icon nor a banner, with its figure when the figure stands outside the text. Not thread-safe: one
 * per search.
 */
final class HeroFinder {
    private final SearchState state;

    HeroFinder(SearchState state) {
        this.state = state;
    }

    /**
     * The hero, unless the main root opens with an image of its own.
     *
     * @param body the page's body
     * @param title the article's title, when found
     * @param main the root holding the most prose
     * @param roots all the roots
     * @return the image or figure
     */
    Optional<Element> findHero(Element body, Optional<Element> title, Element main, List<Element> roots) {
        if (startsWithImage(main)) {
            return Optional.empty();
        }
        for (Element image : body.select("img, picture")) {
            if (!Trees.precedes(image, main) || Trees.inside(image, roots) || state.insideChrome(image)
                    || (title.isPresent() && Trees.precedes(image, title.get()))) {
                continue;
            }
            if (isIconOrBanner(image)) {
                continue;
            }
            Element figure = image.closest("figure");
            return Optional.of(figure != null && !Trees.isAncestor(figure, main) ? figure : image);
        }
        return Optional.empty();
    }

    private static boolean startsWithImage(Element root) {
        for (Element element : root.select("*")) {
            if (element.normalName().equals("img") || element.normalName().equals("picture")) {
                return true;
            }
            if (!element.ownText().isBlank()) {
                return false;
            }
        }
        return false;
    }

    private boolean isIconOrBanner(Element image) {
        String width = image.attr("width").strip();
        String height = image.attr("height").strip();
        if (width.matches("\\d{1,2}") || height.matches("\\d{1,2}")) {
            return true;
        }
        if (width.matches("\\d{1,5}") && height.matches("\\d{1,5}")
                && Integer.parseInt(width) >= state.options.bannerRatio() * Math.max(1, Integer.parseInt(height))) {
            return true;
        }
        return Signals.tokens(image).stream().anyMatch(t -> t.equals("logo") || t.equals("avatar") || t.equals("icon"));
    }
}
