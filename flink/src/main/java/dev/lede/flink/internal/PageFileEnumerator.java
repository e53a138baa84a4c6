package dev.lede.flink.internal;

import dev.lede.warc.WarcPages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;

/**
 * The input files: every WARC file ({@code .warc}, {@code .warc.gz}) and HTML file ({@code .html}, {@code .htm})
 * under the input paths, folders searched recursively, each one split (a WARC is read from its start). Hidden
 * files and folders (a name starting with {@code .} or {@code _}) and other files are not read, as
 * {@code lede batch} leaves a README beside the pages alone.
 */
public final class PageFileEnumerator extends NonSplittingRecursiveEnumerator {
    /** Whether a file name is one of an input file. */
    static boolean isInput(String name) {
        return WarcPages.isWarcFileName(name) || isHtml(name);
    }

    static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    @Override
    protected void convertToSourceSplits(FileStatus file, FileSystem fs, List<FileSourceSplit> target)
            throws IOException {
        if (isInput(file.getPath().getName())) {
            super.convertToSourceSplits(file, fs, target);
        }
    }
}
