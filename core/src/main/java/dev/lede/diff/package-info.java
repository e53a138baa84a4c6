/**
 * The structural diff: {@link dev.lede.diff.ArticleDiff#between(dev.lede.Article, dev.lede.Article)} compares
 * two articles component by component and lists each {@link dev.lede.diff.Difference} with the path of the part
 * that differs ({@code sections[2].subsections[0].heading}, the validator's path form) and both sides' values
 * written for people. It is empty exactly when the articles are equal, and costs time linear in their size.
 */
package dev.lede.diff;
