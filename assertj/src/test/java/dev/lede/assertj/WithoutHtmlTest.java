package dev.lede.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * lede-html is an optional dependency: a project without it uses everything but the page-import assertions. The
 * module's classes are loaded here with the core, AssertJ and their dependencies only, no lede-html or jsoup, and
 * used.
 */
class WithoutHtmlTest {
    /** What a project with lede-core and lede-assertj, and not lede-html, has on its class path. */
    private static final Pattern WITHOUT_HTML = Pattern.compile(".*(/(core|assertj)/target/classes"
            + "|/lede-core-[^/]*\\.jar|/assertj-core-[^/]*\\.jar|/byte-buddy-[^/]*\\.jar"
            + "|/jakarta\\.validation-api-[^/]*\\.jar"
            + "|/hibernate-validator-[^/]*\\.jar|/jboss-logging-[^/]*\\.jar|/classmate-[^/]*\\.jar)");
    private static final List<String> NEED_HTML =
            List.of("LedeImportAssertions", "LedeImportSoftAssertions", "PageImportAssert");

    private static URLClassLoader loader;

    @BeforeAll
    static void loadTheModuleWithoutHtml() {
        URL[] urls = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> WITHOUT_HTML.matcher(entry.replace(File.separatorChar, '/')).matches())
                .map(WithoutHtmlTest::url)
                .toArray(URL[]::new);
        loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    @Test
    void htmlIsNotThere() {
        assertThatThrownBy(() -> loader.loadClass("dev.lede.html.PageImport"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("dev.lede.assertj.PageImportAssert", true, loader).getDeclaredMethods())
                .isInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void everyOtherClassLoadsWithAllItsMethods() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(classes::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .filter(f -> !f.equals("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .toList();
        }
        List<String> withoutHtml = names.stream()
                .filter(name -> NEED_HTML.stream().noneMatch(n -> name.equals("dev.lede.assertj." + n)))
                .toList();

        assertThat(withoutHtml).contains("dev.lede.assertj.LedeAssertions", "dev.lede.assertj.LedeSoftAssertions")
                .hasSize(names.size() - NEED_HTML.size());
        for (String name : withoutHtml) {
            Class<?> type = Class.forName(name, true, loader);
            assertThat(type.getDeclaredMethods()).as(name).isNotNull();
            assertThat(type.getDeclaredConstructors()).as(name).isNotNull();
        }
    }

    @Test
    void theAssertionsWork() throws ReflectiveOperationException {
        Object article = build("Alaska");
        Class<?> articleType = loader.loadClass("dev.lede.Article");
        Object assertion = loader.loadClass("dev.lede.assertj.LedeAssertions").getMethod("assertThat", articleType)
                .invoke(null, article);

        call(assertion, "hasTitle", "Alaska");
        call(assertion, "isValid");
        assertThatThrownBy(() -> call(assertion, "hasTitle", "Arctic")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting title:");

        Object softly = loader.loadClass("dev.lede.assertj.LedeSoftAssertions").getConstructor().newInstance();
        Object soft = softly.getClass().getMethod("assertThat", articleType).invoke(softly, article);
        call(call(soft, "hasTitle", "Arctic"), "section", "missing");
        assertThat((List<?>) softly.getClass().getMethod("errorsCollected").invoke(softly)).hasSize(2);
    }

    private static Object build(String title) throws ReflectiveOperationException {
        Object builder = loader.loadClass("dev.lede.Article").getMethod("builder").invoke(null);
        builder.getClass().getMethod("title", String.class).invoke(builder, title);
        builder.getClass().getMethod("lead", String.class).invoke(builder, "Two leaders.");
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object call(Object target, String method, String... arguments) throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[arguments.length];
        Arrays.fill(types, String.class);
        Method found = target.getClass().getMethod(method, types);
        try {
            return found.invoke(target, (Object[]) arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError) {
                throw (AssertionError) e.getCause();
            }
            throw e;
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(entry, e);
        }
    }
}
