package khodyar.bot.e2e;

import khodyar.bot.group.Groups;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import khodyar.bot.telegram.standin.SentMessage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's /report: a chart picture and a spreadsheet, for the board and the facilitator only. */
class ReportEndToEndTest extends EndToEndTest {

    private static final long SAVINGS_GROUP_CHAT = -1_004_242L;

    @Autowired
    Groups groups;
    @Autowired
    LedgerStore store;


    void depositConfirmed(SavingsGroup group, Person depositor, String typed, String shown) {
        depositor.says("/deposit " + typed, "در انتظار تأیید");
        SentMessage request = group.treasurer().receives(m -> m.text().contains(depositor.name())
                && m.text().contains(shown) && m.hasInlineKeyboard());
        group.treasurer().presses(request, "تأیید", m -> m.text().contains("تأیید کردید"));
    }

    @Test
    void theTreasurerGetsTheFundChartAndASpreadsheetOfEveryMembersSavings() throws IOException {
        // given: two confirmed deposits
        SavingsGroup group = aSavingsGroup("گروه گزارش");
        depositConfirmed(group, group.member(), "۵۰۰ هزار", "۵۰۰٬۰۰۰");
        depositConfirmed(group, group.chair(), "۲۰۰ هزار", "۲۰۰٬۰۰۰");

        // when
        long update = telegram.sendText(group.treasurer().id(), group.treasurer().name(), "/report");

        // then: a picture of the fund with the headline figures
        SentMessage chart = telegram.awaitReply(update, SentMessage::isPhoto, WAIT);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(chart.fileBytes()));
        assertThat(picture).isNotNull();
        assertThat(picture.getWidth()).isPositive();
        assertThat(chart.text()).contains("گزارش گروه «گروه گزارش»").contains("کل صندوق: ۷۰۰٬۰۰۰ تومان")
                .contains("اعضا: ۳ نفر").contains("مرحله ۱").contains("سبد در معرض خطر: ۰٪");

        // and: a spreadsheet whose members sheet has each member's confirmed savings
        SentMessage document = telegram.awaitReply(update, SentMessage::isDocument, WAIT);
        assertThat(document.fileName()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document.fileBytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            Sheet members = workbook.getSheet("اعضا");
            assertThat(members.isRightToLeft()).isTrue();
            assertThat(members.getRow(0).getCell(3).getStringCellValue()).isEqualTo("پس‌انداز تأییدشده (تومان)");
            assertThat(savingsByName(members)).containsExactly(Map.entry("Maryam", 500_000L), Map.entry("Zahra", 0L),
                    Map.entry("Fatemeh", 200_000L));
            assertThat(members.getRow(2).getCell(2).getStringCellValue()).isEqualTo("خزانه‌دار");
            Sheet ledger = workbook.getSheet("دفتر");
            assertThat(ledger.getLastRowNum()).isEqualTo(2);
            assertThat(ledger.getRow(1).getCell(2).getStringCellValue()).isEqualTo("پس‌انداز");
            assertThat(ledger.getRow(1).getCell(4).getStringCellValue()).isEqualTo("پس‌انداز Maryam");
            assertThat(ledger.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Zahra");
            assertThat(workbook.getSheet("نقشه راه").getLastRowNum()).isGreaterThan(20);
        }
    }

    @Test
    void theLedgerSheetListsTheRecentPeriodAndBringsEarlierEntriesForwardAsOneLine() throws IOException {
        // given: a deposit two years old, and one confirmed today
        SavingsGroup group = aSavingsGroup("گروه دیرین");
        PersonId maryam = new PersonId(group.member().id());
        store.append(new GroupId(group.id()), TransactionDraft.of(TxCode.SAVINGS_DEPOSIT,
                Posting.savingsDeposit(maryam, Money.ofToman(300_000)), maryam, new PersonId(group.treasurer().id()),
                Instant.now().minus(Duration.ofDays(730)), "old:1", ""));
        depositConfirmed(group, group.chair(), "۲۰۰ هزار", "۲۰۰٬۰۰۰");

        // when
        long update = telegram.sendText(group.treasurer().id(), group.treasurer().name(), "/report");

        // then: the old deposit is one line of balances brought forward, today's is listed, and a note says so
        SentMessage document = telegram.awaitReply(update, SentMessage::isDocument, WAIT);
        assertThat(document.text()).contains("دوازده ماه گذشته");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document.fileBytes()))) {
            Sheet ledger = workbook.getSheet("دفتر");
            assertThat(ledger.getLastRowNum()).isEqualTo(2);
            assertThat(ledger.getRow(0).getCell(10).getStringCellValue()).contains("دوازده ماه گذشته");
            assertThat(ledger.getRow(1).getCell(2).getStringCellValue()).isEqualTo("مانده‌های منتقل‌شده از قبل");
            assertThat(ledger.getRow(1).getCell(8).getStringCellValue()).contains("پس‌انداز اعضا ۳۰۰٬۰۰۰ تومان");
            assertThat(ledger.getRow(2).getCell(4).getStringCellValue()).isEqualTo("پس‌انداز Fatemeh");
            assertThat(savingsByName(workbook.getSheet("اعضا"))).containsEntry("Maryam", 300_000L)
                    .containsEntry("Fatemeh", 200_000L);
        }
    }

    @Test
    void aPlainMemberIsRefusedInPersianAndGetsNoFigures() {
        SavingsGroup group = aSavingsGroup("گروه محرمانه");
        depositConfirmed(group, group.member(), "۳۰۰ هزار", "۳۰۰٬۰۰۰");

        SentMessage refused = group.member().says("/report", "فقط");

        assertThat(refused.text()).contains("خزانه‌دار").contains("تسهیلگر");
        assertThat(group.member().inbox()).noneMatch(m -> m.isPhoto() || m.isDocument());
    }

    @Test
    void theFacilitatorMayAskAndAReportAskedForInAGroupChatGoesToThePrivateChat() {
        SavingsGroup group = aSavingsGroup("گروه پنهان");
        depositConfirmed(group, group.member(), "۱۰۰ هزار", "۱۰۰٬۰۰۰");

        long update = telegram.sendTextInGroup(SAVINGS_GROUP_CHAT, group.chair().id(), group.chair().name(), "/report");

        telegram.awaitReply(update, m -> m.text() != null && m.text().contains("گفتگوی خصوصی"), WAIT);
        group.chair().receives(SentMessage::isPhoto);
        telegram.awaitMessage(group.chair().id(), SentMessage::isDocument, WAIT);
        assertThat(telegram.sentTo(SAVINGS_GROUP_CHAT)).noneMatch(m -> m.isPhoto() || m.isDocument());

        long asked = telegram.sendText(group.facilitator().id(), group.facilitator().name(), "/report");
        assertThat(telegram.awaitReply(asked, SentMessage::isPhoto, WAIT).text()).contains("۱۰۰٬۰۰۰ تومان");
    }

    private static Map<String, Long> savingsByName(Sheet members) {
        Map<String, Long> savings = new LinkedHashMap<>();
        for (Row row : members) {
            if (row.getRowNum() > 0) {
                savings.put(row.getCell(1).getStringCellValue(), (long) row.getCell(3).getNumericCellValue());
            }
        }
        return savings;
    }
}
