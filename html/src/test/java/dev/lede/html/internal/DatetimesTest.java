package dev.lede.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.ArticleHtml;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13 ("dates are parsed twice"): one reading of ISO 8601 for the reader's {@code <time>} and the
 * importer's metadata, so that a page's date means the same instant whichever of the two finds it.
 */
class DatetimesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-03-01T09:00:00+02:00, 2026-03-01T07:00Z",
        "2026-03-01T09:00:00+0200, 2026-03-01T07:00Z",
        "2026-03-01 09:00:00Z, 2026-03-01T09:00Z",
        "2026-03-01T09:00+01:00[Europe/Paris], 2026-03-01T08:00Z",
        "2026-03-01T09:00, 2026-03-01T09:00Z",
        "2026-03-01, 2026-03-01T12:00Z"})
    void theReaderAndTheImporterReadADateAsTheSameInstant(String written, String instant) {
        OffsetDateTime expected = OffsetDateTime.parse(instant);

        assertThat(Datetimes.parse(written).map(stamp -> stamp.resolve(Optional.empty()))
                .map(time -> time.withOffsetSameInstant(ZoneOffset.UTC))).contains(expected);
        assertThat(ArticleHtml.standard().read("<article><header><h1>T</h1><time datetime=\"" + written
                + "\">a day</time></header><p>Body.</p></article>").metadata().published()
                .map(time -> time.withOffsetSameInstant(ZoneOffset.UTC))).contains(expected);
    }

    /** HTML's datetime takes at most milliseconds: a longer fraction is cut to three digits, a shorter one kept. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-03-01T09:00:00.123456+02:00, 2026-03-01T09:00:00.123+02:00",
        "2026-03-01T09:00:00.1234Z, 2026-03-01T09:00:00.123Z",
        "2026-03-01T09:00:00.123Z, 2026-03-01T09:00:00.123Z",
        "2026-03-01T09:00:00.12Z, 2026-03-01T09:00:00.12Z",
        "2026-03-01T09:00:00.1234567, 2026-03-01T09:00:00.123",
        "2026-03-01T09:00:00Z, 2026-03-01T09:00:00Z",
        "2026.03.01, 2026.03.01"})
    void theAttributeKeepsAtMostMilliseconds(String iso, String attribute) {
        assertThat(Datetimes.attribute(iso)).isEqualTo(attribute);
    }

    /** The text of a time is read instead of its datetime only when it is the same time written more finely. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "2026-03-01T09:00:00.123Z, 2026-03-01T09:00:00.123456Z, 2026-03-01T09:00:00.123456Z",
        "2026-03-01T09:00:00.123Z, 2026-03-01T09:00:00.124567Z, 2026-03-01T09:00:00.123Z",
        "2026-03-01T09:00:00.123Z, 2026-03-01T09:00:00.123Z, 2026-03-01T09:00:00.123Z",
        "2026-03-01T09:00:00.123Z, a Sunday morning, 2026-03-01T09:00:00.123Z"})
    void theTextIsReadWhenItSpellsTheDatetimeMoreFinely(String datetime, String text, String read) {
        assertThat(Datetimes.finer(datetime, text)).isEqualTo(read);
    }
}
