package kz.rudny.cabinet.domain.files.control;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Tells what kind of file an upload is from its bytes alone, never from its name: Tika's magic numbers,
 * and for ZIP containers the detectors that look inside (OOXML by its content types, OpenDocument by its
 * {@code mimetype} entry). A file that is none of the {@link FileKind}s (HTML, a program, plain text, any
 * other ZIP, a macro-enabled Office file) has no kind; neither has one of a kind the caller does not take.
 */
public final class FileSniffer {

    private static final Detector DETECTOR = new DefaultDetector(FileSniffer.class.getClassLoader());

    private FileSniffer() {
    }

    /** The file's kind, or empty when it is none of the {@link FileKind}s; a file that cannot be read is an error. */
    public static Optional<FileKind> kindOf(Path file) {
        return kindOf(file, FileKind.all());
    }

    /** The file's kind, or empty when it is not one of the {@code allowed} kinds. */
    public static Optional<FileKind> kindOf(Path file, Set<FileKind> allowed) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return FileKind.ofMediaType(DETECTOR.detect(in, new Metadata()).toString()).filter(allowed::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
