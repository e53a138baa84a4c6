package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {
    @Test
    void parsesWellFormedTagsOnly() {
        assertThat(LanguageTags.parse("en-GB")).contains(Locale.UK);
        assertThat(LanguageTags.parse("zh-Hant-TW")).map(Locale::getScript).contains("Hant");
        assertThat(LanguageTags.parse("")).isEmpty();
        assertThat(LanguageTags.parse("en_GB")).isEmpty();
        assertThat(LanguageTags.parse("not a tag")).isEmpty();
    }

    @Test
    void canonicalFormsWhatPagesWrite() {
        assertThat(LanguageTags.canonical(" EN_gb ")).contains("en-GB");
        assertThat(LanguageTags.canonical("de")).contains("de");
        // Well-formed, but naming no language: a page's "x-default" says nothing about its text.
        assertThat(LanguageTags.canonical("x-default")).isEmpty();
        assertThat(LanguageTags.canonical("")).isEmpty();
        assertThat(LanguageTags.canonical("en--GB")).isEmpty();
    }

    /** The model's locale and the validator's rule read tags alike: a tag one accepts, the other does. */
    @Test
    void theModelAndTheValidatorAgree() {
        for (String tag : new String[] {"en-GB", "x-private", "", "en_GB", "12"}) {
            Article article = Article.builder().title("Title").language(tag).lead("Text.").build();
            boolean valid = ArticleValidator.standard().validate(article).violations().stream()
                    .noneMatch(v -> v.code().equals("language.malformed"));
            assertThat(article.metadata().locale().isPresent()).as(tag).isEqualTo(valid);
        }
    }
}
