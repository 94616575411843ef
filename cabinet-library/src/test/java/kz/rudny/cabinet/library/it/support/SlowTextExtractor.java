package kz.rudny.cabinet.library.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.nio.file.Path;
import java.time.Duration;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.library.materials.control.TextExtractor;

/**
 * The real extractor, but a document whose text holds {@link #SLOW_WORD} takes ten minutes to read, as a
 * pathological file might: its thread sleeps until it is interrupted, which only the extraction's time limit does.
 * Everything else is read as in production. Part of the library's test WAR only.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class SlowTextExtractor extends TextExtractor {

    public static final String SLOW_WORD = "тасбақаныңжүрісі";

    @Override
    public String text(Path file, FileKind kind) {
        String text = super.text(file, kind);
        if (text.contains(SLOW_WORD)) {
            try {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return text;
    }
}
