package kz.rudny.cabinet.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.library.catalogue.boundary.Catalogue;
import kz.rudny.cabinet.library.catalogue.boundary.TitleSummary;
import kz.rudny.cabinet.web.support.LazyPage;

/** The cabinet library's catalogue, paged on the server, with a filter. */
@Named
@ViewScoped
public class CatalogueList implements Serializable {

    @Inject
    Catalogue catalogue;

    private LazyPage<TitleSummary> rows;

    @PostConstruct
    void init() {
        Catalogue boundary = catalogue;
        rows = new LazyPage<>(boundary::page, TitleSummary::id);
    }

    public LazyPage<TitleSummary> getRows() {
        return rows;
    }
}
