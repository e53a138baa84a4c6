/**
 * Validation of articles: {@link dev.lede.validation.ArticleValidator} checks an article and returns a
 * {@link dev.lede.validation.ValidationReport} of {@link dev.lede.validation.Violation}s, each with a path, a
 * stable code, a message and a {@link dev.lede.validation.Severity}.
 *
 * <p>The rules run on Hibernate Validator (Jakarta Validation), configured without Expression Language: no
 * part of a message is ever evaluated. The rules are mapped onto the model from outside, so the model classes
 * carry no validation annotations. Hibernate Validator checks the article's and its metadata's own rules, each of
 * which fails at most once; the parts below the article (hero, lead, sections, notes), the authors' addresses
 * and every string are checked by one walk without recursion that reports violations directly, so that
 * validating costs about as much as reading the article's JSON, linear in the article however many violations
 * it holds. A report lists at most {@link dev.lede.validation.ArticleValidator.Builder#maxViolations(int)
 * maxViolations} violations (default 1000), then {@code report.truncated}. "Blank" below means holding no character other than whitespace, counting
 * both {@link java.lang.Character#isWhitespace(int)} and {@link java.lang.Character#isSpaceChar(int)}, so text
 * of only no-break spaces is blank.
 *
 * <table class="striped">
 * <caption>Rules, by code</caption>
 * <thead>
 * <tr><th scope="col">code</th><th scope="col">severity</th><th scope="col">rule</th>
 *     <th scope="col">reported at</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">{@code title.blank}</th><td>error</td><td>the title is not blank</td>
 *     <td>{@code metadata.title}</td></tr>
 * <tr><th scope="row">{@code title.too-long}</th><td>error</td><td>the title is at most 300 characters
 *     (UTF-16 code units, as {@link java.lang.String#length()} counts)</td><td>{@code metadata.title}</td></tr>
 * <tr><th scope="row">{@code paragraph.blank}</th><td>error</td><td>no paragraph is blank</td>
 *     <td>the paragraph's {@code text}</td></tr>
 * <tr><th scope="row">{@code heading.blank}</th><td>error</td><td>no section heading is blank</td>
 *     <td>the section's {@code heading}</td></tr>
 * <tr><th scope="row">{@code list-item.blank}</th><td>error</td><td>every list item holds some text that is
 *     not blank (a blank paragraph inside it is also reported on its own)</td><td>the item</td></tr>
 * <tr><th scope="row">{@code section-id.duplicate}</th><td>error</td><td>no two sections, at any depth,
 *     share an id; every repeat after the first is reported</td><td>the repeating section's {@code id}</td></tr>
 * <tr><th scope="row">{@code section-id.malformed}</th><td>error</td><td>a section id is a slug: lower-case
 *     letters, marks and digits of any script in words joined by single hyphens</td>
 *     <td>the section's {@code id}</td></tr>
 * <tr><th scope="row">{@code section.too-deep}</th><td>error</td><td>sections nest at most five levels
 *     ({@code h2} to {@code h6}); only the first section too deep is reported</td><td>that section</td></tr>
 * <tr><th scope="row">{@code url.unsafe-scheme}</th><td>error</td><td>link targets, image sources (the hero
 *     included) and quote sources are relative or use http, https or mailto, judged as a browser reads them:
 *     after removing ASCII whitespace and control characters anywhere, ignoring case, so
 *     {@code "java\tscript:"} is unsafe. The canonical, author and publisher addresses are absolute http or
 *     https.</td><td>the {@code href}, {@code src}, {@code source} or {@code url}</td></tr>
 * <tr><th scope="row">{@code url.invalid}</th><td>error</td><td>link targets, image sources and quote
 *     sources with a safe scheme are valid URL strings as the WHATWG URL standard defines them, the form HTML
 *     requires: no space, control character, backslash, {@code "<>^`{|}}, second {@code #}, {@code [} or
 *     {@code ]} outside the host, or {@code %} without two hex digits after it (percent-encode them, as a
 *     browser does: {@code a%20b.gif}), and a host that is not empty, with a port of digits, when the address
 *     names one ({@code //...}). So a valid article renders conforming HTML and reads back exact.</td>
 *     <td>the {@code href}, {@code src} or {@code source}</td></tr>
 * <tr><th scope="row">{@code image.alt-missing}</th><td>warning; error when publishable</td><td>every
 *     image has alt text that is not blank</td><td>the image's {@code alt}</td></tr>
 * <tr><th scope="row">{@code table.row-width}</th><td>error</td><td>every table row is as wide as the first
 *     header row (the first body row if there is no header row), counting colspans and the columns covered
 *     by rowspans from earlier rows of the same group</td><td>the row: {@code head[i]} or
 *     {@code body[i]}</td></tr>
 * <tr><th scope="row">{@code table.span}</th><td>error</td><td>as HTML's table model requires, every row
 *     of a group has a cell beginning in it (not only rowspans from earlier rows), and no rowspan runs past
 *     the last row of its group (head or body). A column with no cell beginning in it, which HTML's model
 *     also refuses, is not checked: that needs the table's full layout. The page importer repairs both
 *     checked cases; each row is reported once</td><td>the row: {@code head[i]} or {@code body[i]}</td></tr>
 * <tr><th scope="row">{@code summary-table.empty}</th><td>error</td><td>a summary table has a row</td>
 *     <td>its {@code rows}</td></tr>
 * <tr><th scope="row">{@code summary-table.cell-blank}</th><td>error</td><td>neither cell of a summary row
 *     is blank</td><td>the row's {@code aspect} or {@code summary}</td></tr>
 * <tr><th scope="row">{@code language.malformed}</th><td>error</td><td>the language is a well-formed BCP 47
 *     tag</td><td>{@code metadata.language}</td></tr>
 * <tr><th scope="row">{@code dates.out-of-order}</th><td>error</td><td>the published date is not after the
 *     modified date</td><td>{@code metadata.published}</td></tr>
 * <tr><th scope="row">{@code article.too-deep}</th><td>error</td><td>nothing is nested deeper than
 *     {@link dev.lede.validation.ArticleValidator.Builder#maxDepth(int) maxDepth}; when this fails it is the
 *     only violation reported, as no other rule is checked</td><td>the first part too deep</td></tr>
 * <tr><th scope="row">{@code text.lone-surrogate}</th><td>error</td><td>no string of the article (title,
 *     metadata, text, code, addresses, alt text, captions, labels, ids) holds a lone surrogate: a UTF-16 code
 *     unit that is half of a pair without its other half, which no encoding can write</td>
 *     <td>the string: {@code metadata.title}, {@code lead[0].text.inlines[0].text}, ...</td></tr>
 * <tr><th scope="row">{@code report.truncated}</th><td>error if any violation left out is one, else
 *     warning</td><td>the report holds more violations than
 *     {@link dev.lede.validation.ArticleValidator.Builder#maxViolations(int) maxViolations}; the rest are left
 *     out</td><td>the article (empty path), last</td></tr>
 * <tr><th scope="row">{@code hero.missing}</th><td>error, publishable only</td><td>there is a hero
 *     figure</td><td>{@code hero}</td></tr>
 * <tr><th scope="row">{@code content.missing}</th><td>error, publishable only</td><td>there is a lead or a
 *     section</td><td>the article (empty path)</td></tr>
 * <tr><th scope="row">{@code publisher.missing}</th><td>error, publishable only</td><td>there is a
 *     publisher</td><td>{@code metadata.publisher}</td></tr>
 * <tr><th scope="row">{@code published.missing}</th><td>error, publishable only</td><td>there is a published
 *     date</td><td>{@code metadata.published}</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Paths name record components and list indices from the article down, as in
 * {@code sections[0].blocks[1].text.inlines[0].href}; an {@code Optional} adds nothing to a path
 * ({@code hero.image.alt}). A part that appears at two places in the article (the same object used twice) is
 * reported at both.
 */
package dev.lede.validation;
