package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.testing.SeedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class LedeJsonModuleTest {
    @Test
    void findAndAddModulesPicksItUpFromTheServiceFile() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("lede-json");
        Article article = SeedArticle.article();
        assertThat(mapper.writeValueAsString(article)).isEqualTo(ArticleJson.standard().write(article));
        assertThat(mapper.readValue(ArticleJson.standard().write(article), Article.class)).isEqualTo(article);
    }

    @Test
    void describesItself() {
        LedeJsonModule module = new LedeJsonModule();
        assertThat(module.getModuleName()).isEqualTo("lede-json");
        assertThat(module.version().getGroupId()).isEqualTo("dev.lede");
        assertThat(module.version().getArtifactId()).isEqualTo("lede-json");
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.version().toString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(module.getRegistrationId()).isEqualTo(LedeJsonModule.class.getName());
    }

    @Test
    void readsStrictlyInsideAUsersMapper() {
        JsonMapper mapper = JsonMapper.builder().addModule(new LedeJsonModule()).build();
        assertThatThrownBy(() -> mapper.readValue("{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"x\":1}}",
                Article.class)).isInstanceOfSatisfying(ArticleJsonException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/metadata/x"));
    }

    @Test
    void articlesNestedInUserTypesKeepTheirPointer() {
        JsonMapper mapper = JsonMapper.builder().addModule(new LedeJsonModule()).build();
        String json = "{\"articles\":[{\"format\":\"lede/1\",\"metadata\":{\"title\":7}}]}";
        assertThatThrownBy(() -> mapper.readValue(json, Envelope.class)).hasRootCauseInstanceOf(
                ArticleJsonException.class).rootCause().hasMessageContaining("\"/articles/0/metadata/title\"");
    }

    @Test
    void usesTheOptionsOfTheGivenCodec() {
        List<String> ignored = new ArrayList<>();
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new LedeJsonModule(ArticleJson.builder().ignoreUnknownProperties(ignored::add).build()))
                .build();
        Article article = mapper.readValue("{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"x\":1}}",
                Article.class);
        assertThat(article.metadata().title()).isEqualTo("T");
        assertThat(ignored).containsExactly("/metadata/x");
    }

    /** A user's own type holding articles. */
    public record Envelope(List<Article> articles) {}
}
