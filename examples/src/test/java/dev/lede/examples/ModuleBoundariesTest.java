package dev.lede.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: Lede's jars on the module path, as a consumer's module uses them. The samples' module
 * ({@code requires dev.lede.json}, {@code dev.lede.html}, {@code dev.lede.markdown} and {@code dev.lede.warc}, the
 * last on jwarc as the automatic module {@code jwarc}) is resolved with Lede's modules and their
 * dependencies into a layer of its own: the API is exported, the internals are not (except to Lede's own
 * modules), and the samples run there, validation (Hibernate Validator, by reflection) included.
 */
class ModuleBoundariesTest {
    /** The class path entries that are Lede's modules and the libraries they require. */
    private static final Pattern MODULES = Pattern.compile(
            ".*(/(core|json|html|markdown|assertj|warc|examples)/target/classes"
                    + "|lede-(core|json|html|markdown|assertj|warc)[^/]*\\.jar|/jwarc-[0-9][^/]*\\.jar"
                    + "|/jackson-[a-z-]+-[0-9][^/]*\\.jar|/commonmark[a-z-]*-[0-9][^/]*\\.jar|/snakeyaml-engine-[^/]*\\.jar"
                    + "|/jsoup-[^/]*\\.jar|/hibernate-validator-[^/]*\\.jar|/jakarta\\.validation-api-[^/]*\\.jar"
                    + "|/jboss-logging-[^/]*\\.jar|/classmate-[^/]*\\.jar|/assertj-core-[^/]*\\.jar|/byte-buddy-[^/]*\\.jar)");

    private static ModuleLayer layer;
    private static ModuleLayer.Controller controller;

    @BeforeAll
    static void resolveTheSamplesModule() {
        Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> MODULES.matcher(entry.replace(File.separatorChar, '/')).matches())
                .map(Path::of)
                .toArray(Path[]::new);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(entries), ModuleFinder.of(),
                        Set.of("dev.lede.examples", "dev.lede.assertj", "net.bytebuddy"));
        controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(ModuleLayer.boot()),
                ClassLoader.getPlatformClassLoader());
        layer = controller.layer();
    }

    private static Module module(String name) {
        return layer.findModule(name).orElseThrow();
    }

    @Test
    void theApiIsExportedAndTheInternalsOnlyToLedesOwnModules() {
        Module core = module("dev.lede");
        Module samples = module("dev.lede.examples");

        assertThat(samples.canRead(core)).as("requires transitive through json and html").isTrue();
        assertThat(core.isExported("dev.lede", samples)).isTrue();
        assertThat(core.isExported("dev.lede.validation", samples)).isTrue();
        assertThat(core.isExported("dev.lede.diff", samples)).isTrue();
        assertThat(module("dev.lede.json").isExported("dev.lede.json", samples)).isTrue();
        assertThat(module("dev.lede.html").isExported("dev.lede.html", samples)).isTrue();
        assertThat(module("dev.lede.markdown").isExported("dev.lede.markdown", samples)).isTrue();
        assertThat(module("dev.lede.warc").isExported("dev.lede.warc", samples)).isTrue();
        assertThat(samples.canRead(module("dev.lede.warc"))).isTrue();

        assertThat(core.isExported("dev.lede.internal", samples)).isFalse();
        assertThat(core.isExported("dev.lede.validation.internal", samples)).isFalse();
        assertThat(module("dev.lede.json").isExported("dev.lede.json.internal")).isFalse();
        assertThat(module("dev.lede.html").isExported("dev.lede.html.internal")).isFalse();
        assertThat(module("dev.lede.html").isExported("dev.lede.html.internal.page")).isFalse();
        assertThat(module("dev.lede.markdown").isExported("dev.lede.markdown.internal")).isFalse();
        assertThat(module("dev.lede.warc").isExported("dev.lede.warc.internal")).isFalse();
        assertThat(module("jwarc").getDescriptor().isAutomatic()).isTrue();
        assertThat(core.isExported("dev.lede.internal", module("dev.lede.html"))).isTrue();
    }

    @Test
    void theAssertionsModuleExportsItsApiAndReadsHtmlWhenItIsThere() {
        Module assertions = module("dev.lede.assertj");

        assertThat(assertions.isExported("dev.lede.assertj")).isTrue();
        assertThat(assertions.getPackages()).contains("dev.lede.assertj.internal");
        assertThat(assertions.isExported("dev.lede.assertj.internal")).isFalse();
        assertThat(assertions.canRead(module("dev.lede"))).isTrue();
        assertThat(assertions.canRead(module("org.assertj.core"))).isTrue();
        assertThat(assertions.canRead(module("dev.lede.html"))).as("requires static, resolved by the samples").isTrue();
        assertThat(assertions.getDescriptor().requires()).filteredOn(r -> r.name().equals("dev.lede.html"))
                .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(
                        java.lang.module.ModuleDescriptor.Requires.Modifier.STATIC));
    }

    /**
     * Soft assertions subclass the assertion classes at run time, and AssertJ 3.27's own module does not export a
     * package their methods mention: on the module path they need
     * {@code --add-exports org.assertj.core/org.assertj.core.api.recursive.assertion=dev.lede.assertj}, as
     * assertj/README.md says. The controller adds that export here.
     */
    @Test
    void theAssertionsRunOnTheModulePathSoftOnesToo() throws ReflectiveOperationException {
        controller.addExports(module("org.assertj.core"), "org.assertj.core.api.recursive.assertion",
                module("dev.lede.assertj"));
        ClassLoader loader = layer.findLoader("dev.lede.assertj");
        Class<?> articleType = loader.loadClass("dev.lede.Article");
        Object builder = articleType.getMethod("builder").invoke(null);
        builder.getClass().getMethod("title", String.class).invoke(builder, "Sea Ice at a Record Low");
        Object article = builder.getClass().getMethod("build").invoke(builder);

        Object assertion = loader.loadClass("dev.lede.assertj.LedeAssertions").getMethod("assertThat", articleType)
                .invoke(null, article);
        assertion.getClass().getMethod("hasTitle", String.class).invoke(assertion, "Sea Ice at a Record Low");
        assertThatThrownBy(() -> assertion.getClass().getMethod("hasTitle", String.class).invoke(assertion, "x"))
                .isInstanceOf(InvocationTargetException.class).cause().isInstanceOf(AssertionError.class);

        Object softly = loader.loadClass("dev.lede.assertj.LedeSoftAssertions").getConstructor().newInstance();
        Object soft = softly.getClass().getMethod("assertThat", articleType).invoke(softly, article);
        soft.getClass().getMethod("hasTitle", String.class).invoke(soft, "x");
        Object missing = soft.getClass().getMethod("section", String.class).invoke(soft, "missing");
        missing.getClass().getMethod("hasHeading", String.class).invoke(missing, "y");
        assertThat(soft.getClass().getModule().getName()).isEqualTo("dev.lede.assertj");
        assertThat((List<?>) softly.getClass().getMethod("errorsCollected").invoke(softly)).hasSize(2);
    }

    @Test
    void codeOutsideCannotReachAnInternalClass() throws ReflectiveOperationException {
        Class<?> urlSafety = layer.findLoader("dev.lede").loadClass("dev.lede.internal.UrlSafety");

        assertThatThrownBy(() -> urlSafety.getMethod("isSafeContentUrl", String.class).invoke(null, "x"))
                .isInstanceOf(IllegalAccessException.class);
    }

    @Test
    void theSamplesRunOnTheModulePath() throws ReflectiveOperationException {
        Class<?> quickStart = layer.findLoader("dev.lede.examples").loadClass("dev.lede.examples.QuickStart");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            quickStart.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("QuickStart failed on the module path", e.getCause());
        } finally {
            System.setOut(console);
        }

        assertThat(quickStart.getModule().getName()).isEqualTo("dev.lede.examples");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Sea Ice at a Record Low</h1>")
                .contains("\"format\": \"lede/1\"").contains("## What Was Measured");
    }
}
