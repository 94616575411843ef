package kz.rudny.cabinet.library.materials.control;

import kz.rudny.cabinet.library.materials.boundary.FileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Tells what kind of file an upload is from its bytes alone, never from its name: Tika's magic numbers,
 * and for ZIP containers the detectors that look inside (OOXML by its content types, OpenDocument by its
 * {@code mimetype} entry). A file that is none of the {@link FileKind}s (HTML, a program, plain text, any
 * other ZIP, a macro-enabled Office file) has no kind.
 */
public final class FileSniffer {

    private static final Detector DETECTOR = new DefaultDetector(FileSniffer.class.getClassLoader());

    private FileSniffer() {
    }

    /** The file's kind, or empty when it is not one we accept; a file that cannot be read is an error. */
    public static Optional<FileKind> kindOf(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return FileKind.ofMediaType(DETECTOR.detect(in, new Metadata()).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
