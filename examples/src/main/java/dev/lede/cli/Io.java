package dev.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reading inputs and writing outputs for the commands: "-" is standard input or output, every failure
 * becomes a {@link CliException} naming the file, and files are written atomically.
 */
final class Io {
    /** Names a file argument that stands for standard input or output. */
    static final String STANDARD_STREAM = "-";

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        // An interrupted run (Ctrl-C) must not leave temporary files behind; targets are never half-written
        // because they only ever appear by an atomic rename or link.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(Io::deleteQuietly)));
    }

    private final InputStream stdin;
    private final PrintStream stdout;

    Io(InputStream stdin, PrintStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /** The text of {@code name} (a path, or "-" for standard input), which must be UTF-8. */
    String readText(String name) {
        byte[] bytes;
        if (STANDARD_STREAM.equals(name)) {
            try {
                bytes = stdin.readAllBytes();
            } catch (IOException e) {
                throw new CliException(2, "standard input: cannot be read: " + e.getMessage(), e);
            }
        } else {
            bytes = readBytes(Path.of(name));
        }
        return decode(displayName(name), bytes);
    }

    static byte[] readBytes(Path path) {
        if (Files.isDirectory(path)) {
            throw new CliException(2, path + ": is a directory, expected a file");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new CliException(2, path + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new CliException(2, path + ": permission denied", e);
        } catch (IOException e) {
            throw new CliException(2, path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static String decode(String name, byte[] bytes) {
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

    /** Writes {@code text} to {@code name} (a path, or "-" for standard output). */
    void writeText(String name, String text, boolean force) {
        if (STANDARD_STREAM.equals(name)) {
            stdout.print(text);
            stdout.flush();
        } else {
            writeAtomically(Path.of(name), text, force);
        }
    }

    /**
     * Writes a file so that it either appears whole or not at all: the text goes to a temporary file beside
     * the target, which then becomes the target in one rename (with {@code force}) or one hard link (without,
     * which also fails atomically when the target already exists).
     */
    static void writeAtomically(Path target, String text, boolean force) {
        if (!force && Files.exists(target)) {
            throw new CliException(2, target + ": already exists (use --force to overwrite)");
        }
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
            PENDING.add(temp);
            Files.writeString(temp, text, StandardCharsets.UTF_8);
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
            if (temp != null) {
                deleteQuietly(temp);
                PENDING.remove(temp);
            }
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
