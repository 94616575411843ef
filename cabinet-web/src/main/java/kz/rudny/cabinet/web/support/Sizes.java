package kz.rudny.cabinet.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Shows file sizes in kilobytes or megabytes, in the reader's language: {@code #{sizes.show(file.size)}}. */
@Named
@ApplicationScoped
public class Sizes {

    public String show(long bytes) {
        if (bytes < 1024 * 1024) {
            return Texts.ui("size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Texts.ui("size.mb", String.format(Texts.locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
