package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.json.ArticleJson;
import dev.lede.testing.SeedArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 ("no shutdown hook is registered by a library class"): the command line run in-process, writing
 * files, leaves the JVM's shutdown hooks as it found them; only {@code Lede.main} adds one.
 */
class ShutdownHookTest {
    @TempDir
    Path dir;

    @Test
    void runningTheCommandsInProcessRegistersNoShutdownHook() throws IOException, ReflectiveOperationException {
        Path json = Files.writeString(dir.resolve("seed.json"), ArticleJson.standard().write(SeedArticle.article()));
        int before = hooks();

        int exit = Lede.run(new String[] {"convert", json.toString(), "-o", dir.resolve("seed.html").toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(dir.resolve("seed.html")).exists();
        assertThat(hooks()).isEqualTo(before);
    }

    private static int hooks() throws ReflectiveOperationException {
        Field hooks = Class.forName("java.lang.ApplicationShutdownHooks").getDeclaredField("hooks");
        hooks.setAccessible(true);
        synchronized (Class.forName("java.lang.ApplicationShutdownHooks")) {
            return ((Map<?, ?>) hooks.get(null)).size();
        }
    }
}
