package kz.rudny.cabinet.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberView;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.LazyPage;

/** The school's staff, paged and sorted on the server, with a filter. */
@Named
@ViewScoped
public class StaffList implements Serializable {

    @Inject
    Staff staff;

    @Inject
    LanguageChoice language;

    private LazyPage<StaffMemberView> rows;

    @PostConstruct
    void init() {
        Staff boundary = staff;
        Language lang = language.current();
        rows = new LazyPage<>(request -> boundary.page(request, lang), StaffMemberView::id);
    }

    public LazyPage<StaffMemberView> getRows() {
        return rows;
    }
}
