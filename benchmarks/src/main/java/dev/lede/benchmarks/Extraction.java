package dev.lede.benchmarks;

/**
 * What an importer made of a page, reduced to what the evaluation compares. Immutable and thread-safe.
 *
 * @param text the content as plain text; not null
 * @param title the title found, empty when none; not null
 * @param byline the byline found, empty when none; not null
 * @param structure the structure kept; not null
 */
public record Extraction(String text, String title, String byline, Structure structure) {}
