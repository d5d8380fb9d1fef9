package org.plenary.platform.console;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The rows of a console table read a page at a time: the database counts and pages, the table shows one page. The
 * functions given run on every page asked for, so they check the caller's right each time.
 *
 * @param <T> a serialisable row (a view-scoped page keeps it), with an id
 */
public class PagedRows<T extends PagedRows.Row> extends LazyDataModel<T> {

    /** A row of a paged table: its id keys it. */
    public interface Row extends Serializable {
        long id();
    }

    /** Counts the rows. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** Reads a page of rows. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> read(int first, int size);
    }

    private final Count count;
    private final Page<T> page;

    public PagedRows(Count count, Page<T> page) {
        this.count = count;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.read(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(row.id());
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
