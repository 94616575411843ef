package kz.rudny.cabinet.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.web.support.Texts;

/**
 * A line of the dashboard as the page names it: the indicator, and its key where it is split (a category, an
 * education, a band, a kind).
 */
@Named
@ApplicationScoped
public class FigureTexts {

    public String line(Indicator indicator, String key) {
        return label(Texts.locale(), indicator, key);
    }

    /** The line's name in the given language (outside Faces: the REST API). */
    public static String label(Locale locale, Indicator indicator, String key) {
        String name = Texts.ui(locale, "indicator." + indicator.name());
        if (key == null || key.isEmpty()) {
            return name;
        }
        return name + ": " + switch (indicator) {
            case TEACHERS_BY_CATEGORY -> split(locale, key, "indicator.noCategory", "qualificationCategory.");
            case TEACHERS_BY_EDUCATION -> split(locale, key, "indicator.notKnown", "educationLevel.");
            case TEACHERS_BY_EXPERIENCE -> split(locale, key, "indicator.notKnown", "experienceBand.");
            case TEACHERS_BY_AGE -> split(locale, key, "indicator.notKnown", "ageBand.");
            case EVENTS_HELD -> Texts.ui(locale, "activityKind." + key);
            case EVENTS_BY_LEVEL -> Texts.ui(locale, "activityLevel." + key);
            default -> key;
        };
    }

    /** A key of the teachers' splits: NONE where the staff record does not know, else the constant's text. */
    private static String split(Locale locale, String key, String none, String prefix) {
        return "NONE".equals(key) ? Texts.ui(locale, none) : Texts.ui(locale, prefix + key);
    }

    /** An average per school, with one decimal. */
    public String average(double value) {
        return String.format(Texts.locale(), "%.1f", value);
    }
}
