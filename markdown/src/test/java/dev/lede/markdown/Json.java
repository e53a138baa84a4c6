package dev.lede.markdown;

import dev.lede.Article;
import dev.lede.json.ArticleJson;

/** Articles as pretty JSON, so that a failed comparison shows the difference line by line. */
final class Json {
    private static final ArticleJson JSON = ArticleJson.builder().pretty(true).validate(false).build();

    private Json() {}

    static String pretty(Article article) {
        return JSON.write(article);
    }

    static Article read(String json) {
        return JSON.read(json);
    }
}
