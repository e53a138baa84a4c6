package dev.lede.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule table in the package documentation is the list users rely on; it must name exactly the codes the
 * validator has messages for. Reads the package-info source from the module's own folder.
 */
class RuleCatalogueTest {
    private static final Path PACKAGE_INFO = Path.of("src/main/java/dev/lede/validation/package-info.java");

    @Test
    void documentedCodesAreExactlyTheCodesWithMessages() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("<th scope=\"row\">\\{@code ([a-z.-]+)}</th>")
                .matcher(Files.readString(PACKAGE_INFO));
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> withMessages = new TreeSet<>();
        ResourceBundle bundle = ResourceBundle.getBundle("dev.lede.validation.internal.messages", Locale.ROOT);
        for (String key : Collections.list(bundle.getKeys())) {
            assertThat(key).startsWith("lede.");
            withMessages.add(key.substring("lede.".length()));
        }
        assertThat(documented).hasSize(24).isEqualTo(withMessages);
    }
}
