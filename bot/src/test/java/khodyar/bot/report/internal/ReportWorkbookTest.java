package khodyar.bot.report.internal;

import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import khodyar.domain.report.FundByMonth;
import khodyar.domain.report.FundByMonth.MonthEnd;
import khodyar.domain.text.JalaliMonth;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWorkbookTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final GroupId GROUP = new GroupId("g-five-years");
    private static final PersonId TREASURER = new PersonId(1);
    private static final int MEMBERS = 20;
    private static final int WEEKS = 5 * 52;
    private static final JalaliMonth FIRST_MONTH = new JalaliMonth(1400, 1);

    @Test
    void fiveYearsOfWeeklyDepositsByTwentyMembersMakeSixtyMonthsAndOneLedgerRowEach() throws IOException {
        // given: every member saves every week for five years
        LocalDate start = FIRST_MONTH.firstDay();
        LocalDate today = start.plusWeeks(WEEKS);
        Stream<Transaction> ledger = LongStream.range(0, (long) MEMBERS * WEEKS).mapToObj(n -> new Transaction(GROUP,
                n + 1, TxCode.SAVINGS_DEPOSIT, List.of(Posting.savingsDeposit(new PersonId(100 + n % MEMBERS),
                Money.ofToman(100_000))), new PersonId(100 + n % MEMBERS), TREASURER,
                start.plusWeeks(n / MEMBERS).atStartOfDay(TEHRAN).plusHours(10).toInstant(), "k" + n, "", 0));
        ReportWords words = new ReportWords(Messages.load(), Lang.FA, DisplayUnit.TOMAN, TEHRAN);

        // when: one pass writes the ledger sheet and totals the months
        List<MonthEnd> months;
        byte[] spreadsheet;
        try (ReportWorkbook workbook = new ReportWorkbook(words, id -> "member " + id)) {
            Collector<Transaction, ReportWorkbook, Integer> sheet = Collector.of(() -> workbook,
                    ReportWorkbook::ledgerEntry, (left, right) -> left, ReportWorkbook::ledgerRows);
            months = ledger.collect(Collectors.teeing(FundByMonth.collector(TEHRAN, FIRST_MONTH, today), sheet,
                    (byMonth, rows) -> byMonth));
            spreadsheet = workbook.bytes();
        }

        // then
        assertThat(months).hasSize(60);
        assertThat(months.get(months.size() - 1).memberSavingsRials())
                .isEqualTo((long) MEMBERS * WEEKS * 1_000_000);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet))) {
            Sheet ledgerSheet = read.getSheet("دفتر");
            assertThat(ledgerSheet.isRightToLeft()).isTrue();
            assertThat(ledgerSheet.getLastRowNum()).isEqualTo(MEMBERS * WEEKS);
            assertThat(ledgerSheet.getRow(MEMBERS * WEEKS).getCell(5).getNumericCellValue()).isEqualTo(100_000);
        }
        assertThat(spreadsheet.length).isLessThan(2_000_000);
        byte[] chart = FundChart.png("five years", months, words);
        assertThat(chart.length).isLessThan(200_000);
    }
}
