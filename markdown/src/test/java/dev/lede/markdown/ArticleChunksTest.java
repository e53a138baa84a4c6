package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.Section;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ArticleChunksTest {
    /** The schema lives once, beside the article schema in the json module. */
    private static final Path SCHEMA_FILE = Path.of("../json/schema/lede-chunk-1.schema.json");
    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> violations(JsonNode chunk) {
        return SCHEMA.validate(chunk).stream().map(ValidationMessage::getMessage).collect(Collectors.toList());
    }

    private static List<JsonNode> lines(String jsonLines) {
        List<JsonNode> nodes = new ArrayList<>();
        jsonLines.lines().forEach(line -> {
            try {
                nodes.add(JACKSON2.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return nodes;
    }

    @Test
    void everySectionOfTheSeedIsOneChunkWithItsHeadingPathInReadingOrder() {
        Article seed = SeedArticle.article();

        List<ArticleChunk> chunks = ArticleChunks.standard().chunk(seed);

        List<Section> sections = seed.allSections();
        assertThat(chunks).extracting(ArticleChunk::id).containsExactlyElementsOf(
                sections.stream().map(Section::id).toList());
        ArticleChunk geography = chunks.stream().filter(c -> c.id().equals("geography-as-stage")).findFirst()
                .orElseThrow();
        assertThat(geography.headingPath())
                .containsExactly("Alaska as Venue in the US-Russia Alaska Summit", "Geography as Stage");
        assertThat(geography.depth()).isEqualTo(2);
        assertThat(chunks.get(0).depth()).isEqualTo(1);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.part()).isEqualTo(1);
            assertThat(chunk.parts()).isEqualTo(1);
            assertThat(chunk.title()).isEqualTo(seed.metadata().title());
        });
    }

    @Test
    void aChunksTextIsTheMarkdownWriterOfItsSectionsOwnBlocksAndReadsBackAsThem() {
        Article seed = SeedArticle.article();

        List<ArticleChunk> chunks = ArticleChunks.standard().chunk(seed);

        List<Section> sections = seed.allSections();
        for (int i = 0; i < chunks.size(); i++) {
            ArticleChunk chunk = chunks.get(i);
            List<Block> blocks = sections.get(i).blocks();
            assertThat(chunk.text()).doesNotEndWith("\n").doesNotContain("# ");
            Article back = ArticleMarkdown.standard().read(chunk.text());
            assertThat(back.lead()).as(chunk.id()).isEqualTo(blocks);
            assertThat(back.sections()).isEmpty();
            assertThat(chunk.wordCount()).isEqualTo(Article.builder().title("x").build().withLead(blocks)
                    .wordCount() - 1);
        }
    }

    @Test
    void theLeadIsTheFirstChunkOnlyWhenAskedAndNotEmpty() {
        Article seed = SeedArticle.article();

        List<ArticleChunk> chunks = ArticleChunks.builder().lead(true).build().chunk(seed);

        assertThat(chunks).hasSize(seed.allSections().size() + 1);
        ArticleChunk lead = chunks.get(0);
        assertThat(lead.id()).isEmpty();
        assertThat(lead.headingPath()).isEmpty();
        assertThat(lead.depth()).isZero();
        assertThat(lead.text()).startsWith("US-Russia Alaska Summit: A Geopolitical Crossroads. Two leaders");
        assertThat(ArticleChunks.builder().lead(true).build().chunk(seed.withLead(List.of())))
                .hasSize(seed.allSections().size());
    }

    @Test
    void aLongSectionIsSplitBetweenBlocksIntoNumberedPartsKeepingItsIdAndHeadingPath() {
        Article article = Article.builder().title("T")
                .section("Top", top -> top.section("Long", s -> s
                        .paragraph("one two three").paragraph("four five six").paragraph("seven")
                        .paragraph("a b c d e f g h i j").paragraph("end")))
                .build();

        List<ArticleChunk> chunks = ArticleChunks.builder().maxWords(7).build().chunk(article);

        List<ArticleChunk> parts = chunks.subList(1, chunks.size());
        assertThat(parts).extracting(ArticleChunk::text)
                .containsExactly("one two three\n\nfour five six\n\nseven", "a b c d e f g h i j", "end");
        assertThat(parts).extracting(ArticleChunk::wordCount).containsExactly(7, 10, 1);
        assertThat(parts).extracting(ArticleChunk::part).containsExactly(1, 2, 3);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.id()).isEqualTo("long");
            assertThat(part.parts()).isEqualTo(3);
            assertThat(part.headingPath()).containsExactly("Top", "Long");
        });
        assertThat(chunks.get(0).text()).isEmpty();
        assertThat(chunks.get(0).parts()).isEqualTo(1);
    }

    @Test
    void anchorsAreTheCanonicalUrlWithTheIdAsFragment() {
        Article article = Article.builder().title("T").canonicalUrl(URI.create("https://example.org/a?p=1#old"))
                .lead("Lead.")
                .section("Geography as Stage", s -> s.paragraph("P."))
                .section("Odd", s -> s.id("odd id").paragraph("Q."))
                .build();

        List<ArticleChunk> chunks = ArticleChunks.builder().lead(true).build().chunk(article);

        assertThat(chunks).extracting(chunk -> chunk.anchor().orElseThrow().toString()).containsExactly(
                "https://example.org/a?p=1", "https://example.org/a?p=1#geography-as-stage",
                "https://example.org/a?p=1#odd%20id");
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.canonicalUrl())
                .contains(URI.create("https://example.org/a?p=1#old")));
        assertThat(ArticleChunks.standard().chunk(article.withMetadata(article.metadata()
                .withCanonicalUrl(Optional.empty())))).allSatisfy(chunk -> assertThat(chunk.anchor()).isEmpty());
    }

    @Test
    void jsonLinesHoldOneObjectAChunkThatTheSchemaAccepts() {
        Article seed = SeedArticle.article().withMetadata(SeedArticle.article().metadata()
                .withCanonicalUrl(Optional.of(URI.create("https://www.themagpost.com/post/alaska"))));
        List<ArticleChunk> chunks = ArticleChunks.builder().lead(true).maxWords(60).build().chunk(seed);

        String jsonLines = ArticleChunks.toJsonLines(chunks);

        assertThat(jsonLines).endsWith("}\n").doesNotContain("\n\n");
        List<JsonNode> lines = lines(jsonLines);
        assertThat(lines).hasSameSizeAs(chunks);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            ArticleChunk chunk = chunks.get(i);
            assertThat(violations(line)).as(line.toString()).isEmpty();
            assertThat(line.get("id").asText()).isEqualTo(chunk.id());
            assertThat(line.get("part").asInt()).isEqualTo(chunk.part());
            assertThat(line.get("parts").asInt()).isEqualTo(chunk.parts());
            assertThat(line.get("anchor").asText()).isEqualTo(chunk.anchor().orElseThrow().toString());
            assertThat(line.get("headingPath")).extracting(JsonNode::asText).containsExactlyElementsOf(chunk.headingPath());
            assertThat(line.get("depth").asInt()).isEqualTo(chunk.depth());
            assertThat(line.get("title").asText()).isEqualTo(seed.metadata().title());
            assertThat(line.get("canonicalUrl").asText()).isEqualTo("https://www.themagpost.com/post/alaska");
            assertThat(line.get("wordCount").asInt()).isEqualTo(chunk.wordCount());
            assertThat(line.get("text").asText()).isEqualTo(chunk.text());
        }
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk.parts()).isGreaterThan(1));
        assertThat(ArticleChunks.toJsonLines(List.of())).isEmpty();
    }

    @Test
    void chunksOfGeneratedArticlesMatchTheSchemaAndLeaveOutUnknownUrls() {
        ArticleGenerator generator = ArticleGenerator.forMarkdown(14);
        ArticleChunks chunker = ArticleChunks.builder().lead(true).maxWords(25).build();
        for (int i = 0; i < 200; i++) {
            Article article = generator.next();
            for (JsonNode line : lines(ArticleChunks.toJsonLines(chunker.chunk(article)))) {
                assertThat(violations(line)).as(line.toString()).isEmpty();
                assertThat(line.has("anchor")).isEqualTo(article.metadata().canonicalUrl().isPresent());
                assertThat(line.has("canonicalUrl")).isEqualTo(article.metadata().canonicalUrl().isPresent());
            }
        }
    }

    @Test
    void theSchemaRefusesAChunkMissingAPropertyOrWithAWrongType() throws IOException {
        String good = ArticleChunks.toJsonLines(ArticleChunks.standard().chunk(SeedArticle.article())).lines()
                .findFirst().orElseThrow();
        assertThat(violations(JACKSON2.readTree(good))).isEmpty();

        assertThat(violations(JACKSON2.readTree(good.replace("\"headingPath\"", "\"headings\"")))).isNotEmpty();
        assertThat(violations(JACKSON2.readTree(good.replace("\"part\":1", "\"part\":0")))).isNotEmpty();
        assertThat(violations(JACKSON2.readTree(good.replace("\"depth\":1", "\"depth\":\"1\"")))).isNotEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSectionOfAHundredThousandBlocksChunksInLinearTime() {
        List<Block> blocks = Collections.nCopies(100_000, Paragraph.of("a few words here"));
        Article article = Article.builder().title("T").build()
                .withSections(List.of(Section.builder("Huge").build().withBlocks(blocks)));

        List<ArticleChunk> whole = ArticleChunks.standard().chunk(article);
        List<ArticleChunk> split = ArticleChunks.builder().maxWords(1).build().chunk(article);
        String jsonLines = ArticleChunks.toJsonLines(split);

        assertThat(whole).singleElement().extracting(ArticleChunk::wordCount).isEqualTo(400_000);
        assertThat(split).hasSize(100_000);
        assertThat(split.get(99_999).part()).isEqualTo(100_000);
        assertThat(jsonLines.lines().count()).isEqualTo(100_000);
    }

    @Test
    void refusesAnArticleTooDeepToWriteAndALimitBelowOne() {
        Block nested = Paragraph.of("deep");
        for (int i = 0; i < ArticleMarkdown.DEFAULT_MAX_DEPTH + 1; i++) {
            nested = new Quote(List.of(nested), Optional.empty(), Optional.empty());
        }
        Article deep = Article.builder().title("T").build()
                .withSections(List.of(Section.builder("S").build().withBlocks(List.of(nested))));

        assertThatThrownBy(() -> ArticleChunks.standard().chunk(deep)).isInstanceOf(ArticleMarkdownException.class)
                .extracting(e -> ((ArticleMarkdownException) e).code()).isEqualTo(ArticleMarkdownException.TOO_DEEP);
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleChunks.builder().maxWords(0))
                .withMessageContaining("maxWords");
    }
}
