package khodyar.domain.loan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import khodyar.domain.money.Money;

/**
 * Expected schedules written as tables, one instalment a line:
 * {@code n | due date | principal | interest | fee | total | remaining principal}.
 */
final class ScheduleTable {

    private ScheduleTable() {
    }

    static List<Instalment> parse(String table) {
        return table.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("n "))
                .map(ScheduleTable::row)
                .toList();
    }

    private static Instalment row(String line) {
        String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
        return new Instalment(
                Integer.parseInt(cells[0]),
                LocalDate.parse(cells[1]),
                rials(cells[2]),
                rials(cells[3]),
                rials(cells[4]),
                rials(cells[5]),
                rials(cells[6]));
    }

    private static Money rials(String cell) {
        return Money.ofRials(Long.parseLong(cell.replace(",", "")));
    }
}
