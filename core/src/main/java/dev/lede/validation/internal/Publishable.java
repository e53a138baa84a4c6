package dev.lede.validation.internal;

/** Validation group of the rules an article must also meet before it goes live. */
public interface Publishable {}
