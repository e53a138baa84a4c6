package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.internal.Datetimes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    private static final Optional<ZoneOffset> NONE = Optional.empty();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Posted December 9, 2016 | 2016-12-09T12:00Z",
        "Dec. 9th 2016, 9:13 am EST | 2016-12-09T09:13-05:00",
        "9. Dezember 2016, 14:05 Uhr | 2016-12-09T14:05Z",
        "9 de diciembre de 2016 | 2016-12-09T12:00Z",
        "le 9 décembre 2016 | 2016-12-09T12:00Z",
        "Aktualisiert am 09.12.2016 | 2016-12-09T12:00Z",
        "2019年3月5日 | 2019-03-05T12:00Z",
        "2019.03.05 | 2019-03-05T12:00Z",
    })
    void readsDatelines(String text, String expected) {
        assertThat(Dates.dateline(text).map(stamp -> stamp.resolve(NONE))).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2016-12-09T09:13:00+0100 | 2016-12-09T09:13+01:00",
        "2016-12-09 09:13:00 | 2016-12-09T09:13-05:00",
        "2016-12-09 | 2016-12-09T12:00Z",
    })
    void keepsTheOffsetAndGivesALocalTimeThePagesOffset(String text, String expected) {
        assertThat(Datetimes.parse(text).map(stamp -> stamp.resolve(Optional.of(ZoneOffset.ofHours(-5)))))
                .contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/news/2016/12/09/story | 2016-12-09T12:00Z",
        "/2016-12-09-story.html | 2016-12-09T12:00Z",
    })
    void readsADateInTheAddress(String path, String expected) {
        assertThat(Dates.inUrl(path).map(stamp -> stamp.resolve(NONE))).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"/2016/13/40/", "/1994/12/09/"})
    void refusesImpossibleAndEarlyDates(String path) {
        assertThat(Dates.inUrl(path).filter(Dates::plausible)).isEmpty();
    }
}
