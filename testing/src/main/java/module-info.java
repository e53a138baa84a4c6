/** Test fixtures: the seed article and a seeded generator of random valid articles. */
module dev.lede.testing {
    requires transitive dev.lede;

    exports dev.lede.testing;
}
