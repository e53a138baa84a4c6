/** The {@code lede/1} JSON format: the codec {@code ArticleJson} and a Jackson 3 module. */
module dev.lede.json {
    requires transitive dev.lede;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;

    exports dev.lede.json;

    provides tools.jackson.databind.JacksonModule with dev.lede.json.LedeJsonModule;
}
