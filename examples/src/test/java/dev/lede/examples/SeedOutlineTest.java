package dev.lede.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedOutlineTest {
    @Test
    void mainJobPrintsTheSeedOutlineAndThatItIsPublishable() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            SeedOutline.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out.lines().findFirst()).hasValue("US-Russia Alaska Summit: Prospects and Pitfalls");
        assertThat(out)
                .contains("THE MAG POST")
                .contains("hero: US-Russia Alaska summit")
                .contains("  § Alaska as Venue in the US-Russia Alaska Summit  #alaska-as-venue-in-the-us-russia-alaska-summit")
                .contains("    § Geography as Stage  #geography-as-stage  (2 Paragraph)")
                .contains("SummaryTable")
                .contains("note (editorial): Important Editorial Note")
                .contains("publishable: yes");
    }
}
