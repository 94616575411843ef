package kz.rudny.cabinet.web.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
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
        String name = Texts.ui("indicator." + indicator.name());
        if (key == null || key.isEmpty()) {
            return name;
        }
        return name + ": " + switch (indicator) {
            case TEACHERS_BY_CATEGORY -> split(key, Texts.ui("indicator.noCategory"), "qualificationCategory.");
            case TEACHERS_BY_EDUCATION -> split(key, Texts.ui("indicator.notKnown"), "educationLevel.");
            case TEACHERS_BY_EXPERIENCE -> split(key, Texts.ui("indicator.notKnown"), "experienceBand.");
            case TEACHERS_BY_AGE -> split(key, Texts.ui("indicator.notKnown"), "ageBand.");
            case EVENTS_HELD -> Texts.ui("activityKind." + key);
            case EVENTS_BY_LEVEL -> Texts.ui("activityLevel." + key);
            default -> key;
        };
    }

    /** A key of the teachers' splits: NONE where the staff record does not know, else the constant's text. */
    private static String split(String key, String none, String prefix) {
        return "NONE".equals(key) ? none : Texts.ui(prefix + key);
    }

    /** An average per school, with one decimal. */
    public String average(double value) {
        return String.format(Texts.locale(), "%.1f", value);
    }
}
