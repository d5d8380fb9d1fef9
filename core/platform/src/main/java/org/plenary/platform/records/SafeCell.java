package org.plenary.platform.records;

/**
 * A cell of an exported spreadsheet, made safe against formula injection: text that a spreadsheet would run as a
 * formula (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading
 * apostrophe, so that it shows as the text it is.
 */
final class SafeCell {

    private SafeCell() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
