package dev.lede.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the input of the throughput measurement ({@code flink/throughput.sh}): the seed page and the 130
 * Readability pages, {@code COPIES} times over at addresses of their own, as {@code FILES} gzipped WARC files
 * of about the same size, each page after its request record, as a crawler writes them.
 */
public final class ThroughputCrawl {
    private ThroughputCrawl() {}

    /**
     * Writes the crawl.
     *
     * @param args the folder to write, the copies of the corpus, and the number of files
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int copies = Integer.parseInt(args[1]);
        int files = Integer.parseInt(args[2]);
        String seed = Files.readString(TestCrawl.repositoryRoot().resolve("examples/data/seed-page.html"));
        TestCrawl pages = new TestCrawl(folder, Files.isDirectory(TestCrawl.corpusFolder()));
        TestCrawl.Writer[] writers = new TestCrawl.Writer[files];
        for (int i = 0; i < files; i++) {
            writers[i] = new TestCrawl.Writer(folder.resolve(String.format("crawl-%02d.warc.gz", i)));
        }
        int next = 0;
        try {
            for (int copy = 0; copy < copies; copy++) {
                pages.page(writers[next++ % files], TestCrawl.SEED_URL + "?copy=" + copy, seed);
                for (Map.Entry<String, String> page : TestCrawl.corpus(TestCrawl.corpusFolder(), "copy-" + copy + "/")
                        .entrySet()) {
                    pages.page(writers[next++ % files], page.getKey(), page.getValue());
                }
            }
        } finally {
            for (TestCrawl.Writer writer : writers) {
                writer.close();
            }
        }
        System.out.println("wrote " + pages.pages.size() + " pages (" + pages.records + " records) in " + files
                + " files to " + folder + (pages.readabilityCorpus ? "" : " (generated pages: ../shared is absent)"));
    }
}
