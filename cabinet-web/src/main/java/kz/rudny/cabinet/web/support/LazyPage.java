package kz.rudny.cabinet.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The one way a table pages on the server: a PrimeFaces lazy model over a boundary's page method. */
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

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(new PageRequest(0, 1, null, true, filter)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filter);
        Page<T> page = source.apply(request);
        setRowCount((int) page.total());
        return page.items();
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
