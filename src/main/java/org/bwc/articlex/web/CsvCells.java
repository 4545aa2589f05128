package org.bwc.articlex.web;

/**
 * The one CSV-injection defence every CSV export uses (OWASP, "CSV Injection"): a cell that a spreadsheet would run as
 * a formula — one starting with {@code = + - @}, a tab or a carriage return, or their full-width forms — gets a
 * leading apostrophe, so the spreadsheet shows the text instead. Quoting of separators and quotes is the CSV
 * writer's job (Jackson's CsvMapper).
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String defuse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20' -> "'" + text;
            default -> text;
        };
    }
}
