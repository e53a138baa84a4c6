/** The {@code lede} command line. Not an API: its package is open to picocli only. */
module dev.lede.cli {
    requires dev.lede.json;
    requires dev.lede.html;
    requires dev.lede.markdown;
    requires dev.lede.warc;
    requires info.picocli;
    requires java.logging;

    opens dev.lede.cli to info.picocli;
}
