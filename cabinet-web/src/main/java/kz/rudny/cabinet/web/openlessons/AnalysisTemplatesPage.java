package kz.rudny.cabinet.web.openlessons;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplateForm;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.RowFields;

/**
 * The school's lesson-analysis templates: everyone of the school reads them; the school methodologist makes a new
 * one or changes one (a name, a language, sections with their criteria one per line).
 */
@Named
@ViewScoped
public class AnalysisTemplatesPage implements Serializable {

    @Inject
    AnalysisTemplates templates;

    @Inject
    CurrentCaller caller;

    private List<TemplateView> list;
    private Long editing;
    private AnalysisTemplateForm form;

    public void load() {
        if (list == null) {
            list = templates.all();
        }
    }

    public boolean isMethodologist() {
        return caller.has(Role.SCHOOL_METHODOLOGIST);
    }

    public void startNew() {
        editing = null;
        form = new AnalysisTemplateForm();
        form.getSections().add(new AnalysisTemplateForm.Section());
    }

    public void edit(long id) {
        editing = id;
        form = templates.form(id);
    }

    public void addSection() {
        form.getSections().add(new AnalysisTemplateForm.Section());
    }

    public void removeSection(int index) {
        if (form.getSections().size() > 1 && index >= 0 && index < form.getSections().size()) {
            form.getSections().remove(index);
        }
    }

    public void save() {
        if (RowFields.submit("template", () -> editing = templates.save(editing, form))) {
            FacesForms.info("analysisTemplate.saved");
            list = templates.all();
            form = null;
            editing = null;
        }
    }

    public void cancel() {
        form = null;
        editing = null;
    }

    public List<TemplateView> getList() {
        return list;
    }

    public AnalysisTemplateForm getForm() {
        return form;
    }

    public Long getEditing() {
        return editing;
    }
}
