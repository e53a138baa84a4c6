package dev.lede.assertj;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Figure;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.Section;
import dev.lede.assertj.internal.LineDiff;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.MetadataChecks;
import dev.lede.assertj.internal.Parts;
import dev.lede.assertj.internal.TextParts;
import dev.lede.assertj.internal.Texts;
import dev.lede.assertj.internal.ValidationChecks;
import dev.lede.diff.ArticleDiff;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on an {@link Article}: its metadata, validity, outline, text and length, and navigation to its
 * parts. Made by {@link LedeAssertions#assertThat(Article)}.
 *
 * <pre>{@code
 * assertThat(article).isPublishable()
 *         .hasOutline(expectedOutline)
 *         .doesNotContainText("Latest Posts");
 * assertThat(article).section("long-term-implications-for-us-russia-relations")
 *         .summaryTable().aspects().contains("Key players");
 * }</pre>
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class ArticleAssert extends AbstractContentAssert<ArticleAssert, Article> {
    private boolean customEquality;

    /**
     * @param actual the article; may be null, which every check reports as a failure
     */
    public ArticleAssert(Article actual) {
        super(actual, ArticleAssert.class);
    }

    @Override
    List<Located<Block>> contentBlocks() {
        return Parts.blocks(actual);
    }

    @Override
    String scope() {
        return "the article";
    }

    /**
     * Checks the title, as written.
     *
     * @param title the expected title
     * @return this assertion
     */
    public ArticleAssert hasTitle(String title) {
        nonNull(title, "title");
        return check(a -> MetadataChecks.title(a.metadata(), title));
    }

    /**
     * Checks the authors' names, all of them in order.
     *
     * @param names the expected names; none for an article without authors
     * @return this assertion
     */
    public ArticleAssert hasAuthors(String... names) {
        List<String> expected = List.of(nonNull(names, "names"));
        return check(a -> MetadataChecks.authors(a.metadata(), expected));
    }

    /**
     * Checks the publisher's name.
     *
     * @param name the expected name
     * @return this assertion
     */
    public ArticleAssert hasPublisher(String name) {
        nonNull(name, "name");
        return check(a -> MetadataChecks.publisher(a.metadata(), name));
    }

    /**
     * Checks the date of publication, in the offset the published time was given in.
     *
     * @param date the expected date
     * @return this assertion
     */
    public ArticleAssert isPublishedOn(LocalDate date) {
        nonNull(date, "date");
        return check(a -> MetadataChecks.publishedOn(a.metadata(), date));
    }

    /**
     * Checks the language tag, as written.
     *
     * @param languageTag the expected BCP 47 tag, such as "en"
     * @return this assertion
     */
    public ArticleAssert hasLanguage(String languageTag) {
        nonNull(languageTag, "languageTag");
        return check(a -> MetadataChecks.language(a.metadata(), languageTag));
    }

    /**
     * Checks that {@link ArticleValidator#standard()} finds no error; the failure lists every violation with its
     * severity, path, message and code.
     *
     * @return this assertion
     */
    public ArticleAssert isValid() {
        return check(a -> ValidationChecks.valid(ArticleValidator.standard().validate(a), "valid"));
    }

    /**
     * Checks that {@link ArticleValidator#validatePublishable(Article)} finds no error (hero with alt text,
     * content, publisher, published date, on top of the default rules); the failure lists every violation.
     *
     * @return this assertion
     */
    public ArticleAssert isPublishable() {
        return check(a -> ValidationChecks.valid(ArticleValidator.standard().validatePublishable(a), "publishable"));
    }

    /**
     * Checks that the default rules of {@link ArticleValidator#standard()} report no violation, error or warning,
     * other than those with the given codes.
     *
     * @param codes the codes allowed, such as {@code "image.alt-missing"}; none to allow nothing
     * @return this assertion
     */
    public ArticleAssert hasNoViolationsExcept(String... codes) {
        Set<String> allowed = Set.copyOf(Arrays.asList(nonNull(codes, "codes")));
        return check(a -> ValidationChecks.noViolationsExcept(ArticleValidator.standard().validate(a), allowed));
    }

    /**
     * Navigates to the report of {@link ArticleValidator#standard()} on the article.
     *
     * @return an assertion on the report
     */
    public ValidationReportAssert validation() {
        return navigate(ValidationReportAssert.class, ValidationReport.class, ValidationReportAssert::new,
                () -> Optional.of(new Located<>("validation", ArticleValidator.standard().validate(actual))),
                () -> "");
    }

    /**
     * Checks the heading outline: one line per section, its heading's plain text indented by two spaces a level,
     * top-level sections at the left margin. Trailing spaces and blank lines before and after are ignored, so a
     * text block reads well. The failure shows both outlines line by line, "- " marking a line only expected and
     * "+ " one only in the article.
     *
     * @param outline the expected outline
     * @return this assertion
     */
    public ArticleAssert hasOutline(String outline) {
        nonNull(outline, "outline");
        return check(a -> outlineFailure(outline, Parts.outline(a.sections())));
    }

    static Optional<String> outlineFailure(String expected, List<String> actual) {
        List<String> lines = expected.lines().map(String::stripTrailing).toList();
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isEmpty()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isEmpty()) {
            to--;
        }
        List<String> wanted = lines.subList(from, to);
        return wanted.equals(actual) ? Optional.empty()
                : Optional.of("Expecting the outline to be as expected, but it differs (- expected, + actual):\n"
                        + LineDiff.of(wanted, actual));
    }

    /**
     * Checks that the article's plain text ({@link Article#plainText()}) holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public ArticleAssert containsText(String... values) {
        return checkContains("the article's text", Article::plainText, values);
    }

    /**
     * Checks that the article's plain text holds none of the values; the failure names where each was found:
     * the title, the hero's caption, a lead block, a section (by path and heading) or a note.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public ArticleAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the article's text", TextParts::of, Article::plainText, values);
    }

    /**
     * Checks {@link Article#wordCount()}.
     *
     * @param min the fewest words allowed
     * @param max the most words allowed
     * @return this assertion
     * @throws IllegalArgumentException when {@code min > max}
     */
    public ArticleAssert hasWordCountBetween(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min must not be above max, was " + min + " > " + max);
        }
        return check(a -> {
            int words = a.wordCount();
            return words >= min && words <= max ? Optional.empty()
                    : Optional.of("Expecting a word count between " + min + " and " + max + ", but the article has "
                            + Texts.count(words, "word"));
        });
    }

    /**
     * Checks {@link Article#readingTime()}, whole minutes at {@value Article#WORDS_PER_MINUTE} words a minute.
     *
     * @param max the longest reading time allowed
     * @return this assertion
     */
    public ArticleAssert hasReadingTimeAtMost(Duration max) {
        nonNull(max, "max");
        return check(a -> a.readingTime().compareTo(max) <= 0 ? Optional.empty()
                : Optional.of("Expecting a reading time of at most " + minutes(max) + ", but the article takes "
                        + minutes(a.readingTime()) + " (" + Texts.count(a.wordCount(), "word") + " at "
                        + Article.WORDS_PER_MINUTE + " a minute)"));
    }

    private static String minutes(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toNanosPart() == 0
                ? duration.toMinutes() + " min" : duration.toString();
    }

    /**
     * Checks that the article equals the expected value. When both are articles and they differ, the failure
     * lists where, one {@code path: expected → actual} line each ({@link ArticleDiff}), instead of both articles
     * whole. With {@code usingComparator} or {@code usingEquals}, AssertJ's comparison applies instead.
     *
     * @param expected the expected value; may be null
     * @return this assertion
     */
    @Override
    public ArticleAssert isEqualTo(Object expected) {
        if (unreachable()) {
            return myself;
        }
        if (customEquality || actual == null || !(expected instanceof Article) || actual.equals(expected)) {
            return super.isEqualTo(expected);
        }
        ArticleDiff diff = ArticleDiff.between((Article) expected, actual);
        if (diff.isEmpty()) {
            return super.isEqualTo(expected);
        }
        int count = diff.differences().size();
        fail("Expecting the article to equal the expected one, but they differ in " + Texts.count(count, "place")
                + " (path: expected → actual):\n" + diff);
        return myself;
    }

    @Override
    public ArticleAssert usingComparator(Comparator<? super Article> comparator) {
        customEquality = true;
        return super.usingComparator(comparator);
    }

    @Override
    public ArticleAssert usingComparator(Comparator<? super Article> comparator, String description) {
        customEquality = true;
        return super.usingComparator(comparator, description);
    }

    @Override
    public ArticleAssert usingEquals(BiPredicate<? super Article, ? super Article> predicate) {
        customEquality = true;
        return super.usingEquals(predicate);
    }

    @Override
    public ArticleAssert usingEquals(BiPredicate<? super Article, ? super Article> predicate, String description) {
        customEquality = true;
        return super.usingEquals(predicate, description);
    }

    @Override
    public ArticleAssert usingDefaultComparator() {
        customEquality = false;
        return super.usingDefaultComparator();
    }

    /**
     * Navigates to the metadata.
     *
     * @return an assertion on the metadata
     */
    public MetadataAssert metadata() {
        return navigate(MetadataAssert.class, Metadata.class, MetadataAssert::new,
                () -> Optional.of(new Located<>("metadata", actual.metadata())), () -> "");
    }

    /**
     * Navigates to the hero figure; fails when there is none.
     *
     * @return an assertion on the hero
     */
    public FigureAssert hero() {
        return navigate(FigureAssert.class, Figure.class, FigureAssert::new,
                () -> actual.hero().map(h -> new Located<>("hero", h)),
                () -> "Expecting the article to have a hero figure, but it has none");
    }

    /**
     * Navigates to the lead, the blocks before the first section.
     *
     * @return an assertion on the lead
     */
    public LeadAssert lead() {
        @SuppressWarnings("unchecked")
        Class<List<Block>> blocks = (Class<List<Block>>) (Class<?>) List.class;
        return navigate(LeadAssert.class, blocks, LeadAssert::new,
                () -> Optional.of(new Located<>("lead", actual.lead())), () -> "");
    }

    /**
     * The top-level sections, as AssertJ's list assertion.
     *
     * @return an assertion on the list
     */
    public ListAssert<Section> sections() {
        return navigateToList("sections", Article::sections);
    }

    /**
     * Every section, depth first in reading order ({@link Article#allSections()}), as AssertJ's list assertion.
     *
     * @return an assertion on the list
     */
    public ListAssert<Section> allSections() {
        return navigateToList("all sections", Article::allSections);
    }

    /**
     * The plain text of every section's heading, depth first in reading order, as AssertJ's list assertion.
     *
     * @return an assertion on the list
     */
    public ListAssert<String> headings() {
        return navigateToList("headings", a -> a.allSections().stream().map(s -> s.heading().plainText()).toList());
    }

    /**
     * Navigates to the section with the given id, at any depth; fails listing every section's heading and id
     * when there is none.
     *
     * @param id the section's id, such as {@code "geography-as-stage"}
     * @return an assertion on the section
     */
    public SectionAssert section(String id) {
        nonNull(id, "id");
        return navigate(SectionAssert.class, Section.class, SectionAssert::new,
                () -> Parts.sections(actual).stream().filter(s -> s.value().id().equals(id)).findFirst(),
                () -> "Expecting a section with id:\n  " + Texts.quote(id) + "\nbut the article's sections are:\n"
                        + Texts.listing(Parts.sectionLines(Parts.sections(actual), 0)));
    }

    /**
     * Navigates to the first section, at any depth in reading order, whose heading's plain text is the given
     * one; fails listing every section's heading and id when there is none.
     *
     * @param heading the heading, such as {@code "Geography as Stage"}
     * @return an assertion on the section
     */
    public SectionAssert sectionTitled(String heading) {
        nonNull(heading, "heading");
        return navigate(SectionAssert.class, Section.class, SectionAssert::new,
                () -> Parts.sections(actual).stream()
                        .filter(s -> s.value().heading().plainText().equals(heading)).findFirst(),
                () -> "Expecting a section with heading:\n  " + Texts.quote(heading)
                        + "\nbut the article's sections are:\n"
                        + Texts.listing(Parts.sectionLines(Parts.sections(actual), 0)));
    }

    /**
     * The notes, as AssertJ's list assertion.
     *
     * @return an assertion on the list
     */
    public ListAssert<Note> notes() {
        return navigateToList("notes", Article::notes);
    }

    /**
     * Navigates to the note at an index; fails listing the notes there are.
     *
     * @param index from 0
     * @return an assertion on the note
     */
    public NoteAssert note(int index) {
        return navigate(NoteAssert.class, Note.class, NoteAssert::new,
                () -> index >= 0 && index < actual.notes().size()
                        ? Optional.of(new Located<>("notes[" + index + "]", actual.notes().get(index)))
                        : Optional.empty(),
                () -> "Expecting a note at index " + index + ", but the article has "
                        + Texts.count(actual.notes().size(), "note") + ":\n" + Texts.listing(noteLines(actual)));
    }

    private static List<String> noteLines(Article article) {
        List<Note> notes = article.notes();
        return IntStream.range(0, notes.size())
                .mapToObj(i -> "notes[" + i + "]: " + notes.get(i).kind().name().toLowerCase(Locale.ROOT)
                        + notes.get(i).title().map(t -> " " + Texts.quote(t)).orElse(""))
                .toList();
    }
}
