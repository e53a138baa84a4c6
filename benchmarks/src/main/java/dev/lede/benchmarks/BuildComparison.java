package dev.lede.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares the import CPU time of builds of Lede over the same pages: for issue 11's target that an import cost
 * no more than it did before, where a run of one build and then the other moves with the machine's load by
 * more than the difference sought. Each build is loaded from its own jar in its own class loader, and the passes
 * alternate in one JVM (A, B, A, B, ...), so a change in load falls on both; the ratio of each pass of the last
 * build to the pass of the first just before it is the measure, its median the result. Not thread-safe; a
 * command-line tool.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.lede.benchmarks.BuildComparison PASSES A.jar B.jar}
 * where each jar holds {@code lede-html} and what it needs (the benchmarks jar of that commit does).
 */
public final class BuildComparison {
    private final List<String> pages;
    private final List<Object> importers = new ArrayList<>();
    private final List<Method> importPage = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /**
     * Prepares to compare.
     *
     * @param pages the pages' HTML; not null
     * @param builds a class loader for each build, each able to load {@code dev.lede.html.ArticleHtml}; not null
     * @throws ReflectiveOperationException when a build has no such class or method
     */
    public BuildComparison(List<String> pages, List<ClassLoader> builds) throws ReflectiveOperationException {
        this.pages = List.copyOf(pages);
        for (ClassLoader build : builds) {
            Class<?> facade = Class.forName("dev.lede.html.ArticleHtml", true, build);
            importers.add(facade.getMethod("standard").invoke(null));
            importPage.add(facade.getMethod("importPage", String.class, URI.class));
        }
    }

    /**
     * Runs the passes, each build once per round, and gives each build's CPU milliseconds per pass after the
     * first third (the warm-up).
     *
     * @param rounds how many times each build imports every page
     * @return for each build, in the order given, its times per pass
     */
    public List<List<Long>> run(int rounds) {
        List<List<Long>> times = new ArrayList<>();
        importers.forEach(importer -> times.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int build = 0; build < importers.size(); build++) {
                long start = threads.getCurrentThreadCpuTime();
                for (String page : pages) {
                    importOne(importers.get(build), importPage.get(build), page);
                }
                if (round >= rounds / 3) {
                    times.get(build).add((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
                }
            }
        }
        return times;
    }

    /** A page a build refuses costs what it cost to refuse it, as in the evaluation. */
    private static void importOne(Object importer, Method importPage, String page) {
        try {
            importPage.invoke(importer, page, CorpusPage.PAGE_URL);
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof Error error) {
                throw error;
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The median over passes of the last build's time divided by the first's in the same round.
     *
     * @param times as {@link #run} gives them, with at least two builds and one pass
     * @return the median ratio
     */
    public static double pairedRatio(List<List<Long>> times) {
        List<Long> first = times.get(0);
        List<Long> last = times.get(times.size() - 1);
        List<Double> ratios = new ArrayList<>();
        for (int pass = 0; pass < first.size(); pass++) {
            ratios.add((double) last.get(pass) / first.get(pass));
        }
        Collections.sort(ratios);
        return ratios.get(ratios.size() / 2);
    }

    /**
     * Runs the comparison over the Readability pages.
     *
     * @param args the rounds, then two or more jars
     * @throws Exception when a jar cannot be loaded or the pages are absent
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BuildComparison ROUNDS A.jar B.jar [C.jar ...]");
            System.exit(2);
        }
        Path folder = CorpusPage.folder(null).orElseThrow(() -> new IllegalStateException(
                "no ../shared/corpora/" + CorpusPage.FOLDER));
        List<String> pages = CorpusPage.loadAll(folder).stream().map(CorpusPage::source).toList();
        List<ClassLoader> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            builds.add(loaderOf(Path.of(args[i])));
        }
        List<List<Long>> times = new BuildComparison(pages, builds).run(Integer.parseInt(args[0]));
        for (int i = 0; i < builds.size(); i++) {
            List<Long> sorted = new ArrayList<>(times.get(i));
            Collections.sort(sorted);
            System.out.printf("%s: fastest pass %d ms, median %d ms over %d pages%n", args[i + 1], sorted.get(0),
                    sorted.get(sorted.size() / 2), pages.size());
        }
        System.out.printf("median of %s / %s per round: %.3f%n", args[args.length - 1], args[1], pairedRatio(times));
    }

    private static ClassLoader loaderOf(Path jar) throws MalformedURLException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
