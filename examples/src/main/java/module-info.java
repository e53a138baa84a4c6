/**
 * The samples, as a consumer's module: they see what {@code dev.lede.json}, {@code dev.lede.html},
 * {@code dev.lede.markdown} and {@code dev.lede.warc} export (and the core's API through them), and nothing of Lede's internals.
 */
module dev.lede.examples {
    requires dev.lede.json;
    requires dev.lede.html;
    requires dev.lede.markdown;
    requires dev.lede.warc;

    exports dev.lede.examples;
}
