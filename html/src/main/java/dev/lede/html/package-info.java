/**
 * HTML for Lede articles: {@link dev.lede.html.ArticleHtml} renders an article as a safe semantic
 * {@code <article>} fragment or page, and reads articles back from semantic markup, its own and anyone's.
 * No type here accepts or returns null unless its documentation says so.
 */
package dev.lede.html;
