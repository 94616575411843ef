package kz.rudny.cabinet.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import org.primefaces.component.api.UIPageableData;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one way a table pages on the server: a PrimeFaces lazy model over a boundary's page method, which answers
 * the rows of a page and the size of the whole list in one call. PrimeFaces asks {@link #count} before
 * {@link #load}; the count comes with the page instead (count answers 0, which PrimeFaces documents for sources
 * that answer both at once, and load sets the row count), so a page costs one call of the boundary. Only when
 * the list shrank under the table (a filter typed on a later page, rows removed meanwhile) is a second call made,
 * for the last page there is.
 */
public class LazyPage<T> extends LazyDataModel<T> {

    /** A boundary's page method, kept serializable so view-scoped beans can hold it. */
    public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** How a row's key is read (for selection); serializable for the same reason. */
    public interface RowKey<T> extends ToLongFunction<T>, Serializable {
    }

    private final Source<T> source;
    private final RowKey<T> rowKey;
    private String filter;

    public LazyPage(Source<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    /** Not asked separately: {@link #load} sets the row count from the page it loads. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        Page<T> page = source.apply(request(first, pageSize, sort));
        if (page.items().isEmpty() && first > 0 && page.total() > 0) {
            int last = recalculateFirst(first, pageSize, (int) page.total());
            page = source.apply(request(last, pageSize, sort));
            showFrom(last);
        }
        setRowCount((int) page.total());
        return page.items();
    }

    private PageRequest request(int first, int pageSize, SortMeta sort) {
        return new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filter);
    }

    /** Moves the table being rendered (the component PrimeFaces loads for) to the page actually loaded. */
    protected void showFrom(int first) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && UIComponent.getCurrentComponent(faces) instanceof UIPageableData table) {
            table.setFirst(first);
        }
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(rowKey.applyAsLong(row));
    }

    @Override
    public T getRowData(String key) {
        // Row keys come from the request: a row is only ever found among the rows of the page loaded
        // through the boundary (the caller's own school), never looked up by the key itself.
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        return rows.stream().filter(r -> Long.toString(rowKey.applyAsLong(r)).equals(key)).findFirst().orElse(null);
    }
}
