package dev.lede.examples;

import dev.lede.LedeException;
import dev.lede.html.PageImporter;
import dev.lede.warc.WarcEntry;
import dev.lede.warc.WarcPages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A sample to copy: the articles of a web archive. Every HTML page of a WARC file is imported at its address and
 * its title printed; what else the archive held is counted, and what could not be read is named. One importer
 * serves every page.
 */
public final class ArchiveTitles {
    private ArchiveTitles() {}

    /**
     * Prints {@code OFFSET URL: TITLE} for each page of the WARC file named by the first argument, a line for
     * each record that failed, and the records skipped by reason.
     *
     * @param args the path of a {@code .warc} or {@code .warc.gz} file
     */
    public static void main(String[] args) {
        PageImporter importer = PageImporter.standard();
        Map<String, Integer> skipped = new TreeMap<>();
        try (Stream<WarcEntry> entries = WarcPages.standard().read(Path.of(args[0]))) {
            entries.forEach(entry -> entry.accept(new WarcEntry.Visitor<Void>() {
                @Override
                public Void visit(WarcEntry.Page page) {
                    try {
                        String title = importer.importPage(page.html(), page.url()).article().metadata().title();
                        System.out.println(page.offset() + " " + page.url() + ": " + title);
                    } catch (LedeException e) {
                        System.out.println(page.offset() + " " + page.url() + ": no article: " + e.getMessage());
                    }
                    return null;
                }

                @Override
                public Void visit(WarcEntry.Skipped skip) {
                    skipped.merge(skip.reason().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                    return null;
                }

                @Override
                public Void visit(WarcEntry.Failed failed) {
                    System.out.println(failed.offset() + " failed: " + failed.error().code() + ": "
                            + failed.error().problem());
                    return null;
                }
            }));
        }
        System.out.println("skipped: " + skipped);
    }
}
