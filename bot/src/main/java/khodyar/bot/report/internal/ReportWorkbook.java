package khodyar.bot.report.internal;

import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The report's spreadsheet: one right-to-left sheet each for the members, the ledger, the loans, the
 * roadmap and the meetings. It is written as a stream (only a window of rows is kept in memory), so
 * the ledger sheet may be filled while the ledger is read. Amounts are numbers in the group's unit,
 * so the sheet can sum them; an amount that is not a whole number of the unit is written as text.
 */
final class ReportWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    static final int ROW_WINDOW = 200;
    private static final int CHARACTER_WIDTH = 256;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final ReportWords words;
    private final LongFunction<String> nameOf;
    private final CellStyle header;
    private final CellStyle amount;
    private final Sheet members;
    private final Sheet ledger;
    private final Sheet loans;
    private final Sheet roadmap;
    private final Sheet meetings;
    private int ledgerRows;

    /** @param nameOf a person's name by Telegram id, for the ledger's accounts and who reported or confirmed */
    ReportWorkbook(ReportWords words, LongFunction<String> nameOf) {
        this.words = words;
        this.nameOf = nameOf;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        String unit = words.unitWord();
        members = sheet("report.sheet.members", List.of(words.text("report.col.number"), words.text("report.col.name"),
                words.text("report.col.role"), words.text("report.col.savings", unit),
                words.text("report.col.loanOwed", unit), words.text("report.col.regularity"),
                words.text("report.col.attendance")), 6, 24, 14, 20, 20, 18, 22);
        ledger = sheet("report.sheet.ledger", List.of(words.text("report.col.seq"), words.text("report.col.date"),
                words.text("report.col.code"), words.text("report.col.debit"), words.text("report.col.credit"),
                words.text("report.col.amount", unit), words.text("report.col.reportedBy"),
                words.text("report.col.confirmedBy"), words.text("report.col.memo")), 8, 12, 20, 26, 26, 16, 20, 20, 30);
        loans = sheet("report.sheet.loans", List.of(words.text("report.col.borrower"),
                words.text("report.col.principal", unit), words.text("report.col.months"),
                words.text("report.col.rate"), words.text("report.col.status"), words.text("report.col.paidOut"),
                words.text("report.col.outstanding", unit), words.text("report.col.late"),
                words.text("report.col.nextDue")), 24, 18, 10, 14, 18, 14, 18, 10, 14);
        roadmap = sheet("report.sheet.roadmap", List.of(words.text("report.col.step"), words.text("report.col.title"),
                words.text("report.col.stage"), words.text("report.col.done"), words.text("report.col.by"),
                words.text("report.col.when"), words.text("report.col.note")), 8, 60, 8, 10, 22, 12, 30);
        meetings = sheet("report.sheet.meetings", List.of(words.text("report.col.date"), words.text("report.col.time"),
                words.text("report.col.kind"), words.text("report.col.topic"), words.text("report.col.present"),
                words.text("report.col.absent")), 12, 8, 22, 30, 10, 40);
    }

    /** A member's line; {@code regularity} and {@code attendance} are empty when nothing was due yet. */
    record MemberLine(int number, String name, String role, Money savings, Money loanOwed, String regularity,
                      String attendance) {
    }

    void member(MemberLine line) {
        Row row = next(members);
        number(row, 0, line.number());
        text(row, 1, line.name());
        text(row, 2, line.role());
        amount(row, 3, line.savings());
        amount(row, 4, line.loanOwed());
        text(row, 5, line.regularity());
        text(row, 6, line.attendance());
    }

    /** One row per posting, so every account a transaction touches is on its own line. */
    void ledgerEntry(Transaction transaction) {
        for (Posting posting : transaction.postings()) {
            Row row = next(ledger);
            number(row, 0, transaction.seq());
            text(row, 1, words.date(transaction.at()));
            text(row, 2, words.text(transaction.code().messageKey()));
            text(row, 3, accountName(posting.debit()));
            text(row, 4, accountName(posting.credit()));
            amount(row, 5, posting.amount());
            text(row, 6, transaction.reportedBy() == null ? "" : nameOf.apply(transaction.reportedBy().value()));
            text(row, 7, transaction.confirmedBy() == null ? "" : nameOf.apply(transaction.confirmedBy().value()));
            text(row, 8, transaction.reverses() > 0
                    ? words.text("report.reverses", transaction.reverses(), transaction.memo()) : transaction.memo());
            ledgerRows++;
        }
    }

    /** A note on what the ledger sheet covers, to the left of its headers (it reads right to left). */
    void ledgerNote(String note) {
        int column = ledger.getRow(0).getLastCellNum() + 1;
        Cell cell = ledger.getRow(0).createCell(column);
        cell.setCellValue(note);
        cell.setCellStyle(header);
        ledger.setColumnWidth(column, 60 * CHARACTER_WIDTH);
    }

    /** The one line that stands for every entry before the sheet's period: the fund as it was then. */
    void ledgerBroughtForward(String date, String label, String memo) {
        Row row = next(ledger);
        text(row, 0, "");
        text(row, 1, date);
        text(row, 2, label);
        text(row, 8, memo);
        ledgerRows++;
    }

    int ledgerRows() {
        return ledgerRows;
    }

    record LoanLine(String borrower, Money principal, int months, BigDecimal annualRatePercent, String status,
                    String paidOut, Money outstanding, boolean late, String nextDue) {
    }

    void loan(LoanLine line) {
        Row row = next(loans);
        text(row, 0, line.borrower());
        amount(row, 1, line.principal());
        number(row, 2, line.months());
        row.createCell(3).setCellValue(line.annualRatePercent().toPlainString());
        text(row, 4, line.status());
        text(row, 5, line.paidOut());
        amount(row, 6, line.outstanding());
        text(row, 7, words.text(line.late() ? "report.yes" : "report.no"));
        text(row, 8, line.nextDue());
    }

    record StepLine(String id, String title, int stage, boolean done, String by, String when, String note) {
    }

    void step(StepLine line) {
        Row row = next(roadmap);
        text(row, 0, line.id());
        text(row, 1, line.title());
        number(row, 2, line.stage());
        text(row, 3, words.text(line.done() ? "report.yes" : "report.no"));
        text(row, 4, line.by());
        text(row, 5, line.when());
        text(row, 6, line.note());
    }

    record MeetingLine(String date, String time, String kind, String topic, int present, String absent) {
    }

    void meeting(MeetingLine line) {
        Row row = next(meetings);
        text(row, 0, line.date());
        text(row, 1, line.time());
        text(row, 2, line.kind());
        text(row, 3, line.topic());
        number(row, 4, line.present());
        text(row, 5, line.absent());
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Deletes the temporary files the streaming workbook wrote. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String accountName(Account account) {
        if (account instanceof Account.MemberSavings savings) {
            return words.text("report.account.savings", nameOf.apply(savings.member().value()));
        }
        if (account instanceof Account.MemberLoan loan) {
            return words.text("report.account.loan", nameOf.apply(loan.member().value()));
        }
        if (account instanceof Account.Cash) {
            return words.text("report.account.cash");
        }
        if (account instanceof Account.Bank) {
            return words.text("report.account.bank");
        }
        if (account instanceof Account.Income income) {
            return words.text("report.account.income", words.text(switch (income.kind()) {
                case INTEREST -> "ledger.code.INTEREST";
                case FEE -> "ledger.code.FEE";
                case FINE -> "ledger.code.FINE";
            }));
        }
        if (account instanceof Account.Grant grant) {
            return words.text("report.account.grant", grant.source());
        }
        if (account instanceof Account.BankLoanPayable bankLoan) {
            return words.text("report.account.bankLoan", bankLoan.bankLoanId());
        }
        throw new IllegalStateException("an account kind the report does not name: " + account.key());
    }

    private Sheet sheet(String nameKey, List<String> headers, int... widthsInCharacters) {
        Sheet sheet = workbook.createSheet(words.text(nameKey));
        sheet.setRightToLeft(true);
        Row row = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(header);
            sheet.setColumnWidth(column, widthsInCharacters[column] * CHARACTER_WIDTH);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private static void text(Row row, int column, String text) {
        row.createCell(column).setCellValue(text == null ? "" : text);
    }

    private static void number(Row row, int column, long number) {
        row.createCell(column).setCellValue(number);
    }

    private void amount(Row row, int column, Money money) {
        BigDecimal inUnit = words.inUnit(money.rials());
        Cell cell = row.createCell(column);
        if (inUnit.signum() == 0 || inUnit.scale() <= 0) {
            cell.setCellValue(inUnit.longValueExact());
            cell.setCellStyle(amount);
        } else {
            cell.setCellValue(PersianFormat.amount(money, words.unit(), words.lang().code()));
        }
    }
}
