package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataTest {

    @Test
    void ofHasOnlyTheTitle() {
        Metadata metadata = Metadata.of("T");
        assertThat(metadata.title()).isEqualTo("T");
        assertThat(metadata.subtitle()).isEmpty();
        assertThat(metadata.description()).isEmpty();
        assertThat(metadata.authors()).isEmpty();
        assertThat(metadata.publisher()).isEmpty();
        assertThat(metadata.published()).isEmpty();
        assertThat(metadata.modified()).isEmpty();
        assertThat(metadata.language()).isEmpty();
        assertThat(metadata.canonicalUrl()).isEmpty();
        assertThat(metadata.tags()).isEmpty();
    }

    @Test
    void localeConvertsAWellFormedTag() {
        assertThat(Metadata.of("T").withLanguage(Optional.of("pt-BR")).locale())
                .contains(Locale.forLanguageTag("pt-BR"));
        assertThat(Metadata.of("T").withLanguage(Optional.of("en")).locale()).contains(Locale.ENGLISH);
    }

    @Test
    void localeIsEmptyWithoutALanguage() {
        assertThat(Metadata.of("T").locale()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "not a tag", "x-", "toolonglanguage"})
    void localeIsEmptyForAMalformedTagWhichIsKeptAsWritten(String tag) {
        Metadata metadata = Metadata.of("T").withLanguage(Optional.of(tag));
        assertThat(metadata.locale()).isEmpty();
        assertThat(metadata.language()).contains(tag);
    }
}
