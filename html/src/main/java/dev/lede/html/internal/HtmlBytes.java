package dev.lede.html.internal;

import dev.lede.html.ArticleHtmlException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML as bytes, a reader or a file, made the text the readers take: bytes are decoded as a browser decodes a
 * page (a byte order mark, else the transport's charset when one is given and known, else a {@code <meta>}
 * charset in the first 1,024 bytes, else UTF-8; a byte sequence the encoding cannot decode becomes U+FFFD), and no more is read than the character limit can need. Stateless
 * and thread-safe.
 */
public final class HtmlBytes {
    /** How far into the bytes a {@code <meta>} charset is looked for, as the HTML standard's prescan. */
    private static final int PRESCAN_BYTES = 1024;

    /** The most bytes one character of the input can take: three in UTF-8 (four make two chars). */
    private static final int MAX_BYTES_PER_CHAR = 3;

    /** {@code <meta charset=x>}, or {@code <meta http-equiv=content-type content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]{1,40})", Pattern.CASE_INSENSITIVE);

    /** Labels the Encoding Standard reads as windows-1252, which decodes every byte. */
    private static final Set<String> WINDOWS_1252 = Set.of("ascii", "us-ascii", "iso-8859-1", "iso8859-1",
            "iso_8859-1", "latin1", "l1", "cp1252", "windows-1252", "x-user-defined", "cp819", "ibm819");

    private HtmlBytes() {}

    /**
     * Reads the stream to its end and decodes it; the stream is not closed.
     *
     * @param in the page's bytes
     * @param maxInputLength the character limit the text is then held to
     * @return the text
     * @throws ArticleHtmlException when the stream holds more bytes than the limit can need
     * @throws UncheckedIOException when the stream fails
     */
    public static String read(InputStream in, int maxInputLength) {
        try {
            return decode(bytes(in, maxInputLength));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and decodes a file, as {@link #read(InputStream, int)}.
     *
     * @param file the page
     * @param maxInputLength the character limit the text is then held to
     * @return the text
     * @throws ArticleHtmlException when the file holds more bytes than the limit can need
     * @throws UncheckedIOException when the file cannot be opened or read, naming it
     */
    public static String read(Path file, int maxInputLength) {
        try (InputStream in = Files.newInputStream(file)) {
            return decode(bytes(in, maxInputLength));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The stream's bytes, refused once there are more than the character limit can need. */
    private static byte[] bytes(InputStream in, int maxInputLength) throws IOException {
        long maxBytes = (long) MAX_BYTES_PER_CHAR * maxInputLength + 3; // and a byte order mark
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
            throw new ArticleHtmlException("the input is longer than the limit of " + maxInputLength
                    + " characters (" + maxBytes + " bytes read)", "");
        }
        return bytes;
    }

    /**
     * Reads the reader to its end, one character past the limit at most; the reader is not closed.
     *
     * @param in the page's text
     * @param maxInputLength the character limit
     * @return the text
     * @throws ArticleHtmlException when the reader holds more than the limit
     * @throws UncheckedIOException when the reader fails
     */
    public static String read(Reader in, int maxInputLength) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > maxInputLength) {
                    throw new ArticleHtmlException("the input is longer than the limit of " + maxInputLength
                            + " characters", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Decodes a page's bytes as a browser does when no transport names the encoding.
     *
     * @param bytes the page
     * @return the text, without a byte order mark
     */
    public static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes a page's bytes as a browser does when the transport (an HTTP {@code Content-Type}) may name the
     * encoding: a byte order mark wins, then the transport's label when it names an encoding, then the page's
     * own {@code <meta>}, then UTF-8.
     *
     * @param bytes the page
     * @param transportLabel the transport's charset label, or null when it gives none
     * @return the text, without a byte order mark
     */
    public static String decode(byte[] bytes, String transportLabel) {
        int bom = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else {
            Charset transport = transportLabel == null ? null : transport(transportLabel);
            charset = transport != null ? transport : declared(bytes);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The encoding a transport's label names, read as the Encoding Standard reads labels (Latin-1 and ASCII as
     * windows-1252, a bare UTF-16 label as UTF-16LE); null when Java knows no such encoding, so that the page's
     * own declaration is looked for instead.
     */
    private static Charset transport(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("utf-16") || name.equals("utf16") || name.equals("unicode")) {
            return StandardCharsets.UTF_16LE;
        }
        if (WINDOWS_1252.contains(name)) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            // IllegalCharsetNameException and UnsupportedCharsetException, and a blank label.
            return null;
        }
    }

    /**
     * The encoding a {@code <meta>} in the first bytes names, read as the Encoding Standard reads its label
     * (a UTF-16 label means UTF-8, as a page that could say so in ASCII is not UTF-16; Latin-1 and ASCII mean
     * windows-1252); UTF-8 when there is none, or none Java knows.
     */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return StandardCharsets.UTF_8;
        }
        String label = meta.group(1).toLowerCase(Locale.ROOT);
        if (label.startsWith("utf-16") || label.startsWith("utf16")) {
            return StandardCharsets.UTF_8;
        }
        if (WINDOWS_1252.contains(label)) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
