package org.plenary.formats.keynote;

import org.plenary.spi.FormatEditor;
import org.plenary.spi.Violation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The keynote's fields in the console's session editor: its slides and links, in order. */
public class KeynoteEditor implements FormatEditor {

    /** One resource as the organiser types it; checked only when the session is saved. */
    public static class Row implements Serializable {
        private ResourceKind kind = ResourceKind.SLIDES;
        private String title;
        private String url;

        public Row() {
        }

        Row(KeynoteResource r) {
            kind = r.getKind();
            title = r.getTitle();
            url = r.getUrl();
        }

        boolean isBlank() {
            return (title == null || title.isBlank()) && (url == null || url.isBlank());
        }

        public ResourceKind getKind() {
            return kind;
        }

        public void setKind(ResourceKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url == null ? null : url.strip();
        }
    }

    private final KeynoteMaterials materials;
    private final List<Row> rows = new ArrayList<>();

    KeynoteEditor(KeynoteMaterials materials, List<KeynoteResource> kept) {
        this.materials = materials;
        kept.forEach(r -> rows.add(new Row(r)));
    }

    public List<Row> getRows() {
        return rows;
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    /** Adds an empty row (the view's "add" button). */
    public void addRow() {
        if (rows.size() < KeynoteMaterials.MAX_RESOURCES) {
            rows.add(new Row());
        }
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public boolean isFull() {
        return rows.size() >= KeynoteMaterials.MAX_RESOURCES;
    }

    @Override
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        int n = 0;
        for (Row row : rows) {
            n++;
            if (row.isBlank()) {
                continue;
            }
            try {
                new KeynoteResource(0, row.kind, row.title, row.url, n);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("resources", "Resource " + n + ": " + e.getMessage()));
            }
        }
        return violations;
    }

    @Override
    public void save(long sessionId) {
        List<KeynoteResource> resources = new ArrayList<>();
        for (Row row : rows) {
            if (!row.isBlank()) {
                resources.add(new KeynoteResource(sessionId, row.kind, row.title, row.url, resources.size()));
            }
        }
        materials.replace(sessionId, resources);
    }
}
