/**
 * The samples, as a consumer's module: they see what {@code dev.lede.json} and {@code dev.lede.html} export (and
 * the core's API through them), and nothing of Lede's internals.
 */
module dev.lede.examples {
    requires dev.lede.json;
    requires dev.lede.html;

    exports dev.lede.examples;
}
