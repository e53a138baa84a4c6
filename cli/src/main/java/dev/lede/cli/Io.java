package dev.lede.cli;

import dev.lede.html.ArticleHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reading inputs and writing outputs for the commands: "-" is standard input or output, every read stops at a
 * limit, every failure becomes a {@link CliException} naming the file, and files are written atomically as UTF-8.
 */
final class Io {
    /** Names a file argument that stands for standard input or output. */
    static final String STANDARD_STREAM = "-";

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    /**
     * Makes an interrupted process (Ctrl-C) delete the temporary files of the writes it was making; targets are
     * never half-written, as they only ever appear by an atomic rename or link. Called by the process's entry
     * point only: a program that runs the commands in-process keeps its JVM free of Lede's hooks, and a write
     * that ends in any other way deletes its own temporary file.
     */
    static void deletePendingOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(Io::deleteQuietly)));
    }

    private final InputStream stdin;
    private final PrintStream stdout;

    Io(InputStream stdin, PrintStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /**
     * The text of {@code name} (a path, or "-" for standard input), at most {@code limit} bytes long, decoded as
     * {@link #decode(String, byte[], Format)} decodes input of its format.
     */
    String readText(String name, int limit, Format format) {
        if (STANDARD_STREAM.equals(name)) {
            String display = displayName(name);
            try {
                return decode(display, readAtMost(stdin, display, limit), format);
            } catch (IOException e) {
                throw new CliException(2, display + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return decode(name, readBytes(path(name), limit), format);
    }

    /**
     * The text of input bytes: HTML decoded as a browser decodes a page ({@link ArticleHtml#decode}, which finds
     * a legacy encoding the page declares), anything else (JSON, Markdown) strictly as UTF-8.
     */
    static String decode(String name, byte[] bytes, Format format) {
        return format == Format.HTML ? ArticleHtml.decode(bytes) : decode(name, bytes);
    }

    /**
     * The bytes of a file, at most {@code limit} of them; {@code options} may hold
     * {@link java.nio.file.LinkOption#NOFOLLOW_LINKS} for a path that must not be a link.
     */
    static byte[] readBytes(Path path, int limit, OpenOption... options) {
        if (Files.isDirectory(path)) {
            throw new CliException(2, path + ": is a directory, expected a file");
        }
        // One way for files and streams alike: /dev/zero and named pipes have no size to check in advance.
        try (InputStream in = Files.newInputStream(path, options)) {
            return readAtMost(in, path.toString(), limit);
        } catch (NoSuchFileException e) {
            throw new CliException(2, path + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new CliException(2, path + ": permission denied", e);
        } catch (IOException e) {
            throw new CliException(2, path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads to the end of {@code in}, stopping one byte past {@code limit} to refuse a longer input. */
    private static byte[] readAtMost(InputStream in, String name, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new CliException(2, name + ": more than the input limit of " + InputLimit.describe(limit)
                    + " (raise it with --max-input)");
        }
        return bytes;
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (MalformedInputException e) {
            throw new CliException(2, name + ": not UTF-8 text (unreadable encoding)", e);
        } catch (CharacterCodingException e) {
            throw new CliException(2, name + ": not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code name} (a path, or "-" for standard output), whatever the platform's
     * encoding: every format the command line writes is UTF-8.
     */
    void writeText(String name, String text, boolean force) {
        if (STANDARD_STREAM.equals(name)) {
            ByteBuffer bytes = encode("standard output", text);
            stdout.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            stdout.flush();
            if (stdout.checkError()) {
                throw new CliException(2, "standard output: cannot be written");
            }
        } else {
            writeAtomically(path(name), text, force);
        }
    }

    /**
     * The UTF-8 bytes of {@code text}. A lone surrogate, the one thing a Java string can hold that UTF-8 cannot,
     * is refused rather than written as {@code ?}, so that nothing changes in silence.
     */
    static ByteBuffer encode(String name, String text) {
        CharBuffer chars = CharBuffer.wrap(text);
        try {
            return StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(chars);
        } catch (CharacterCodingException e) {
            // The encoder stops with the buffer at the first character it could not encode.
            throw new CliException(2, String.format(Locale.ROOT, "%s: cannot be written: the text holds a lone"
                    + " surrogate (U+%04X) at character %d, which UTF-8 cannot encode; nothing was written", name,
                    (int) text.charAt(chars.position()), chars.position()), e);
        }
    }

    /**
     * Writes a file so that it either appears whole or not at all: the text goes to a temporary file beside
     * the target, which then becomes the target in one rename (with {@code force}) or one hard link (without,
     * which also fails atomically when the target already exists). A new file gets the permissions any new file
     * of this process gets (its umask); a replaced file keeps its own.
     */
    static void writeAtomically(Path target, String text, boolean force) {
        ByteBuffer bytes = encode(target.toString(), text);
        if (!force && Files.exists(target)) {
            throw new CliException(2, target + ": already exists (use --force to overwrite)");
        }
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        boolean created = false;
        try {
            Optional<Set<PosixFilePermission>> kept = force ? permissions(absolute) : Optional.empty();
            // Created with the kept permissions (which the umask can only narrow) so that the file is never
            // readable by more people than the one it replaces; then set exactly once the text is in.
            FileAttribute<?>[] attributes = kept.map(PosixFilePermissions::asFileAttribute).stream()
                    .toArray(FileAttribute<?>[]::new);
            try (SeekableByteChannel channel = Files.newByteChannel(temp,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
                PENDING.add(temp);
                created = true;
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
            if (kept.isPresent()) {
                Files.setPosixFilePermissions(temp, kept.get());
            }
            if (force) {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.createLink(absolute, temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CliException(2, target + ": already exists (use --force to overwrite)", e);
        } catch (NoSuchFileException e) {
            throw new CliException(2, target + ": its directory does not exist", e);
        } catch (AccessDeniedException e) {
            throw new CliException(2, target + ": permission denied", e);
        } catch (IOException | UnsupportedOperationException e) {
            throw new CliException(2, target + ": cannot be written: " + e.getMessage(), e);
        } finally {
            if (created) {
                deleteQuietly(temp);
                PENDING.remove(temp);
            }
        }
    }

    /** The permissions of an existing file on a POSIX file system, to keep when replacing it. */
    private static Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(view.readAttributes().permissions());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** A path from a command-line argument, refusing one the file system cannot name. */
    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CliException(2, name + ": not a valid path (" + e.getReason() + ")", e);
        }
    }

    static String displayName(String name) {
        return STANDARD_STREAM.equals(name) ? "standard input" : name;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort: a leftover temporary file is harmless and named so that it is recognisable.
        }
    }
}
