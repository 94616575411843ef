package kz.rudny.cabinet.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.library.catalogue.boundary.LoanDesk;
import kz.rudny.cabinet.library.catalogue.boundary.LoanView;
import kz.rudny.cabinet.web.support.LazyPage;

/** My loans (everyone in a school) and the overdue list (the desk). */
@Named
@ViewScoped
public class Loans implements Serializable {

    @Inject
    LoanDesk desk;

    private List<LoanView> mine;
    private LazyPage<LoanView> overdue;

    @PostConstruct
    void init() {
        LoanDesk boundary = desk;
        overdue = new LazyPage<>(boundary::overdue, LoanView::id);
    }

    public List<LoanView> getMine() {
        if (mine == null) {
            mine = desk.mine();
        }
        return mine;
    }

    public LazyPage<LoanView> getOverdue() {
        return overdue;
    }
}
