package dev.lede.validation.internal;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import jakarta.validation.valueextraction.Unwrapping;
import java.lang.annotation.Annotation;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * Every rule of the validator, mapped onto the model with Hibernate Validator's programmatic API so that the
 * model carries no validation annotations. Constraints go on record fields (Hibernate Validator reads record
 * accessors such as {@code title()} as plain methods, not getters), so each rule is checked once and its
 * path is the component's name. Every part that can hold another part is cascaded.
 */
final class Rules {
    /** The longest title allowed, in UTF-16 code units ({@link String#length()}). */
    static final int MAX_TITLE_LENGTH = 300;

    private Rules() {}

    static ConstraintMapping map(ConstraintMapping mapping) {
        mapping.type(Article.class)
                .constraint(rule(new GenericConstraintDef<>(UniqueSectionIds.class), "section-id.duplicate"))
                .constraint(rule(new GenericConstraintDef<>(SectionDepth.class), "section.too-deep"))
                .constraint(rule(new GenericConstraintDef<>(HasContent.class), "content.missing")
                        .groups(Publishable.class))
                .field("metadata").valid()
                .field("hero").constraint(present("hero.missing"))
                .containerElementType().valid()
                .field("lead").containerElementType().valid()
                .field("sections").containerElementType().valid()
                .field("notes").containerElementType().valid();
        mapping.type(Metadata.class)
                .constraint(rule(new GenericConstraintDef<>(DatesInOrder.class), "dates.out-of-order"))
                .field("title")
                .constraint(rule(new GenericConstraintDef<>(HasText.class), "title.blank"))
                .constraint(rule(new SizeDef().max(MAX_TITLE_LENGTH), "title.too-long"))
                .field("authors").containerElementType().valid()
                .field("publisher").constraint(present("publisher.missing"))
                .containerElementType().valid()
                .field("published").constraint(present("published.missing"))
                .field("language").containerElementType()
                .constraint(rule(new GenericConstraintDef<>(LanguageTag.class), "language.malformed"))
                .field("canonicalUrl").containerElementType().constraint(url());
        mapping.type(Contributor.class).field("url").containerElementType().constraint(url());
        mapping.type(Publisher.class).field("url").containerElementType().constraint(url());
        mapping.type(Section.class)
                .field("id").constraint(rule(new GenericConstraintDef<>(Slug.class), "section-id.malformed"))
                .field("heading").valid().constraint(rule(new GenericConstraintDef<>(HasText.class), "heading.blank"))
                .field("blocks").containerElementType().valid()
                .field("subsections").containerElementType().valid();
        mapping.type(Note.class).field("blocks").containerElementType().valid();
        mapBlocks(mapping);
        mapping.type(RichText.class).field("inlines").containerElementType().valid();
        mapping.type(Inline.Emphasis.class).field("content").valid();
        mapping.type(Inline.Strong.class).field("content").valid();
        mapping.type(Inline.Link.class)
                .field("href").constraint(url())
                .field("content").valid();
        return mapping;
    }

    private static void mapBlocks(ConstraintMapping mapping) {
        mapping.type(Paragraph.class)
                .field("text").valid().constraint(rule(new GenericConstraintDef<>(HasText.class), "paragraph.blank"));
        mapping.type(ListBlock.class).field("items").containerElementType().valid();
        mapping.type(ListItem.class)
                .constraint(rule(new GenericConstraintDef<>(HasText.class), "list-item.blank"))
                .field("blocks").containerElementType().valid();
        mapping.type(Quote.class)
                .field("blocks").containerElementType().valid()
                .field("attribution").containerElementType().valid()
                .field("source").containerElementType().constraint(url());
        mapping.type(Figure.class)
                .field("image").valid()
                .field("caption").containerElementType().valid();
        mapping.type(Image.class)
                .field("src").constraint(url())
                .field("alt")
                .constraint(rule(new GenericConstraintDef<>(HasText.class), "image.alt-missing").payload(Warning.class))
                .constraint(rule(new GenericConstraintDef<>(HasText.class), "image.alt-missing")
                        .groups(Publishable.class));
        mapping.type(Table.class)
                .constraint(rule(new GenericConstraintDef<>(RowsAsWideAsHeader.class), "table.row-width"))
                .field("caption").containerElementType().valid()
                .field("head").containerElementType().valid()
                .field("body").containerElementType().valid();
        mapping.type(TableRow.class).field("cells").containerElementType().valid();
        mapping.type(TableCell.class).field("content").valid();
        mapping.type(SummaryTable.class)
                .field("caption").containerElementType().valid()
                .field("rows").constraint(rule(new SizeDef().min(1), "summary-table.empty"))
                .containerElementType().valid();
        mapping.type(SummaryRow.class)
                .field("aspect").valid()
                .constraint(rule(new GenericConstraintDef<>(HasText.class), "summary-table.cell-blank"))
                .field("summary").valid()
                .constraint(rule(new GenericConstraintDef<>(HasText.class), "summary-table.cell-blank"));
    }

    /** The optional value is present: {@code @NotNull} applied to the value inside the {@code Optional}. */
    private static NotNullDef present(String code) {
        return rule(new NotNullDef(), code).groups(Publishable.class).payload(Unwrapping.Unwrap.class);
    }

    private static GenericConstraintDef<SafeUrl> url() {
        return rule(new GenericConstraintDef<>(SafeUrl.class), "url.unsafe-scheme");
    }

    private static <C extends ConstraintDef<C, A>, A extends Annotation> C rule(C definition, String code) {
        return definition.message(Messages.template(code));
    }
}
