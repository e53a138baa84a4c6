/** Articles as HTML: the renderer, the semantic reader and the page importer, on jsoup (no jsoup type in the API). */
module dev.lede.html {
    requires transitive dev.lede;
    requires org.jsoup;

    exports dev.lede.html;
}
