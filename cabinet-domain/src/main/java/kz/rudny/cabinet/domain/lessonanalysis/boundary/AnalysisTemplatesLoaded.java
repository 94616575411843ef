package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;

/**
 * The demo data set gave a school its lesson-analysis templates (fired inside its transaction, the school the
 * current tenant, right after {@link DemoSchoolLoaded}), so modules that fill analyses can add demo analyses
 * made from them.
 */
public record AnalysisTemplatesLoaded(DemoSchoolLoaded school, List<TemplateView> templates) {

    /** The template in the language ("kk" or "ru"). */
    public TemplateView in(String language) {
        return templates.stream().filter(t -> t.language().equals(language)).findFirst().orElse(templates.get(0));
    }
}
