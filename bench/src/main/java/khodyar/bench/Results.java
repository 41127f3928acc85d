package khodyar.bench;

import java.util.ArrayList;
import java.util.List;

/** The table the bench prints: one row per figure, with its target and whether it was met. */
final class Results {

    record Row(String section, String figure, String value, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    synchronized void add(String section, String figure, String value, String target, Boolean met) {
        rows.add(new Row(section, figure, value, target, met == null ? "" : met ? "met" : "MISSED"));
        System.out.printf("  %-12s %-52s %s%n", section, figure, value);
    }

    synchronized void add(String section, String figure, String value) {
        add(section, figure, value, "", null);
    }

    synchronized String markdown() {
        StringBuilder table = new StringBuilder("| area | figure | value | target | |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.section()).append(" | ").append(row.figure()).append(" | ")
                    .append(row.value()).append(" | ").append(row.target()).append(" | ").append(row.verdict())
                    .append(" |\n");
        }
        return table.toString();
    }
}
