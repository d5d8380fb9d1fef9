package org.plenary.platform.plugins;

import java.io.Serializable;

/**
 * One setting of a format as the console's form shows it: its label, type and bounds, the value typed (as text)
 * and the value it had when the form was shown, so that only what the user changed is saved.
 */
public class SettingField implements Serializable {

    private final String formatId;
    private final String key;
    private final String label;
    private final String type;
    private final Integer min;
    private final Integer max;
    private final String inherited;
    private final String original;
    private String text;

    /**
     * @param inherited the value that applies when this scope sets none (a wider scope's, or the default)
     * @param original  the text shown in the field: the value stored at this scope, or for a checkbox the value
     *                  that applies
     */
    SettingField(String formatId, String key, String label, String type, Integer min, Integer max, String inherited,
                 String original) {
        this.formatId = formatId;
        this.key = key;
        this.label = label;
        this.type = type;
        this.min = min;
        this.max = max;
        this.inherited = inherited;
        this.original = original;
        this.text = original;
    }

    /** Whether the user changed the value. */
    boolean changed() {
        String now = text == null || text.isBlank() ? null : text.strip();
        String before = original == null || original.isBlank() ? null : original.strip();
        return now == null ? before != null : !now.equals(before);
    }

    public String getFormatId() {
        return formatId;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    /** {@code boolean}, {@code integer} or {@code text}. */
    public String getType() {
        return type;
    }

    public Integer getMin() {
        return min;
    }

    public Integer getMax() {
        return max;
    }

    public String getInherited() {
        return inherited;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The value of a checkbox. */
    public boolean isChecked() {
        return "true".equals(text);
    }

    public void setChecked(boolean checked) {
        this.text = Boolean.toString(checked);
    }
}
