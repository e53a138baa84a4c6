package dev.lede.markdown;

import dev.lede.testing.SeedArticle;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs this module where lede-html is missing, as for a user who never added the optional dependency: a class
 * loader over the jars and folders of the module's other dependencies only.
 */
final class WithoutLedeHtml {
    /** A class from each place the module needs, and this test's own classes; not lede-html or jsoup. */
    private static final List<String> NEEDED = List.of("dev.lede.markdown.ArticleMarkdown", "dev.lede.Article",
            "dev.lede.testing.SeedArticle", "dev.lede.markdown.WithoutLedeHtml", "org.commonmark.parser.Parser",
            "org.commonmark.ext.gfm.tables.TablesExtension", "tools.jackson.core.JsonParser",
            "tools.jackson.databind.ObjectMapper", "tools.jackson.dataformat.yaml.YAMLMapper",
            "com.fasterxml.jackson.annotation.JsonProperty", "org.snakeyaml.engine.v2.api.Load",
            "jakarta.validation.Validator", "org.hibernate.validator.HibernateValidator",
            "com.fasterxml.classmate.TypeResolver", "org.jboss.logging.Logger");

    private WithoutLedeHtml() {}

    /** {@link Probe#run} in a loader without lede-html; an exception it throws is thrown as it is. */
    static String call(String what) throws Exception {
        List<URL> places = new ArrayList<>();
        for (String name : NEEDED) {
            places.add(Class.forName(name).getProtectionDomain().getCodeSource().getLocation());
        }
        try (URLClassLoader loader = new URLClassLoader(places.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            try {
                Class.forName("dev.lede.html.ArticleHtml", false, loader);
                throw new AssertionError("lede-html is in the loader");
            } catch (ClassNotFoundException expected) {
                // As it should be.
            }
            Class<?> probe = Class.forName(Probe.class.getName(), true, loader);
            return (String) probe.getMethod("run", String.class).invoke(null, what);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    /** What runs inside the loader. */
    public static final class Probe {
        private Probe() {}

        /** Turns raw HTML on ({@code "rawHtml"}), or writes the seed article with the standard converter. */
        public static String run(String what) {
            if (what.equals("rawHtml")) {
                ArticleMarkdown.builder().rawHtml(true);
                return "raw HTML on";
            }
            return ArticleMarkdown.standard().write(SeedArticle.article());
        }
    }
}
