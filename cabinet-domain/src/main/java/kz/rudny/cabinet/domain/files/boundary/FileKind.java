package kz.rudny.cabinet.domain.files.boundary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kinds of file the cabinet accepts (a material's files, a meeting's attachments, ...), each with its IANA
 * media type and the extension a download gets. Documents have text for search; images do not. A module that
 * takes fewer kinds passes its own set to {@link StoredFiles#accept(IncomingFile, java.util.Set)}.
 */
public enum FileKind {
    PDF("application/pdf", "pdf", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", true),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", true),
    ODT("application/vnd.oasis.opendocument.text", "odt", true),
    ODP("application/vnd.oasis.opendocument.presentation", "odp", true),
    PNG("image/png", "png", false),
    JPEG("image/jpeg", "jpg", false, "jpeg"),
    GIF("image/gif", "gif", false);

    private final String mediaType;
    private final String extension;
    private final boolean hasText;
    private final List<String> extensions;

    FileKind(String mediaType, String extension, boolean hasText, String... otherExtensions) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.hasText = hasText;
        this.extensions = Stream.concat(Stream.of(extension), Stream.of(otherExtensions)).toList();
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension, without the dot, that a stored file of this kind is given on download. */
    public String extension() {
        return extension;
    }

    public boolean hasText() {
        return hasText;
    }

    /** Whether a name's extension (without the dot, any case) is a right one for this kind. */
    public boolean acceptsExtension(String candidate) {
        return extensions.contains(candidate.toLowerCase(Locale.ROOT));
    }

    /** Every kind: what {@link StoredFiles#accept(IncomingFile)} takes. */
    public static Set<FileKind> all() {
        return EnumSet.allOf(FileKind.class);
    }

    /** The kind whose media type this is exactly (parameters such as a charset ignored). */
    public static Optional<FileKind> ofMediaType(String type) {
        int parameters = type.indexOf(';');
        String base = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equalsIgnoreCase(base)).findFirst();
    }
}
