package khodyar.bot.e2e;

import khodyar.bot.group.Groups;
import khodyar.bot.ledger.LedgerFacts;
import khodyar.bot.ledger.PendingReminders;
import khodyar.bot.ledger.internal.BalanceCacheDoc;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.ledger.internal.RegularityDoc;
import khodyar.bot.ledger.internal.SavingsDoc;
import khodyar.bot.ledger.internal.TransactionDoc;
import khodyar.bot.telegram.standin.SentMessage;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's /deposit, confirmation buttons, /pending, /balance, corrections and reconciliation. */
class LedgerEndToEndTest extends EndToEndTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Groups groups;
    @Autowired
    PendingReminders reminders;
    @Autowired
    LedgerFacts facts;


    @Test
    void aConfirmedDepositShowsInTheMembersBalanceAndTheFund() {
        SavingsGroup group = aSavingsGroup("گروه امید");

        SentMessage reported = group.member().says("/deposit ۵۰۰ هزار تومان", "در انتظار تأیید");
        assertThat(reported.text()).contains("۵۰۰٬۰۰۰ تومان");
        SentMessage request = group.treasurer().receives(m -> m.text().contains("Maryam") && m.hasInlineKeyboard());
        assertThat(request.buttonTexts()).anyMatch(b -> b.contains("تأیید")).anyMatch(b -> b.contains("رد"));
        assertThat(group.chair().inbox()).noneMatch(m -> m.text() != null && m.text().contains("گزارش داده"));

        SentMessage edited = group.treasurer().presses(request, "تأیید", m -> m.text().contains("تأیید کردید"));
        assertThat(edited.hasInlineKeyboard()).isFalse();
        group.member().receives(m -> m.text().contains("Zahra تأیید کرد"));

        SentMessage balance = group.member().says("/balance", "موجودی شما");
        assertThat(balance.text()).contains("پس‌انداز: ۵۰۰٬۰۰۰ تومان").contains("پس‌انداز اعضا: ۵۰۰٬۰۰۰ تومان")
                .contains("نقد نزد خزانه‌دار: ۵۰۰٬۰۰۰ تومان").contains("۱۴");
        assertThat(balance.hasInlineKeyboard()).isFalse();
        assertThat(facts.factsOf(group.id()).confirmedDeposits()).isEqualTo(1);
    }

    @Test
    void theBoardSeesEachMembersSavingsAndOthersDoNot() {
        SavingsGroup group = aSavingsGroup("گروه نور");
        depositConfirmed(group, "۲۰۰ هزار");

        SentMessage boardView = group.chair().says("/balance", "صندوق گروه");
        SentMessage all = group.chair().presses(boardView, "هر عضو", m -> m.text().contains("پس‌انداز اعضای گروه"));
        assertThat(all.text()).contains("Maryam: ۲۰۰٬۰۰۰ تومان").contains("Zahra: ۰ تومان");
        assertThat(group.facilitator().says("/balance all", "پس‌انداز اعضای گروه").text()).contains("Maryam");

        SentMessage refused = group.member().says("/balance all", "فقط");
        assertThat(refused.text()).doesNotContain("۲۰۰٬۰۰۰");
    }

    @Test
    void aRejectedDepositTellsTheMemberTheReasonAndMovesNoMoney() {
        SavingsGroup group = aSavingsGroup("گروه باران");
        group.member().says("/deposit 300000", "در انتظار تأیید");
        SentMessage request = group.treasurer().receives(m -> m.text().contains("Maryam") && m.hasInlineKeyboard());

        group.treasurer().presses(request, "رد", m -> m.text().contains("چرا"));
        group.treasurer().says("پولی به من نرسید", "رد شد");

        group.member().receives(m -> m.text().contains("پولی به من نرسید") && m.text().contains("رد کرد"));
        group.treasurer().receives(m -> m.messageId() == request.messageId() && !m.hasInlineKeyboard());
        assertThat(transactions(group.id())).isEmpty();
    }

    @Test
    void aTreasurersOwnDepositGoesToTheChairAndTheTreasurerCannotConfirmIt() {
        SavingsGroup group = aSavingsGroup("گروه مهر");

        group.treasurer().says("/deposit ۱ میلیون", "در انتظار تأیید");
        SentMessage request = group.chair().receives(m -> m.text().contains("Zahra") && m.hasInlineKeyboard());
        assertThat(group.treasurer().says("/pending", "چیزی در انتظار").text()).contains("گروه مهر");

        String confirm = request.callbackDataOf("تأیید");
        pressOnAnyMessage(group.treasurer(), confirm);
        assertThat(answers(group.treasurer(), confirm, 1)).singleElement().asString().contains("خودتان");
        assertThat(transactions(group.id())).isEmpty();

        group.chair().presses(request, "تأیید", m -> m.text().contains("تأیید کردید"));
        assertThat(transactions(group.id())).hasSize(1);
    }

    @Test
    void pressingTwiceAndTwoConfirmersAtOnceConfirmOnce() {
        SavingsGroup group = aSavingsGroup("گروه همدل");
        group.facilitator().says("/setrole 1 treasurer", "ثبت شد"); // Maryam is a second treasurer
        Person reporter = aMemberOf(invitePayloadOf(group), "Hassan");
        reporter.says("/deposit 250000", "در انتظار تأیید");
        SentMessage zahrasCopy = group.treasurer().receives(m -> m.text().contains("Hassan") && m.hasInlineKeyboard());
        SentMessage maryamsCopy = group.member().receives(m -> m.text().contains("Hassan") && m.hasInlineKeyboard());

        String data = zahrasCopy.callbackDataOf("تأیید");
        telegram.pressButton(group.treasurer().id(), zahrasCopy.messageId(), data);
        telegram.pressButton(group.treasurer().id(), zahrasCopy.messageId(), data);
        telegram.pressButton(group.member().id(), maryamsCopy.messageId(), maryamsCopy.callbackDataOf("تأیید"));

        List<String> answers = new java.util.ArrayList<>(answers(group.treasurer(), data, 2));
        answers.addAll(answers(group.member(), data, 1));
        assertThat(answers).filteredOn(a -> a.contains("قبلاً")).hasSize(2);
        assertThat(answers).filteredOn(a -> a.contains("تأیید شد")).hasSize(1);
        assertThat(transactions(group.id())).hasSize(1);
        reporter.receives(m -> m.text().contains("تأیید کرد"));
        assertThat(reporter.inbox()).filteredOn(m -> m.text() != null && m.text().contains("تأیید کرد")).hasSize(1);
    }

    @Test
    void badAmountsAreExplainedAndNothingIsRecorded() {
        SavingsGroup group = aSavingsGroup("گروه آرمان");
        Person member = group.member();

        assertThat(member.says("/deposit 0", "صفر").text()).contains("بیشتر از صفر");
        assertThat(member.says("/deposit -5", "منفی").text()).isNotEmpty();
        assertThat(member.says("/deposit abc", "نتوانستم").text()).contains("مثلاً");
        member.says("/deposit " + "۱".repeat(5_000), "بلند");
        assertThat(pendingOf(group.id(), member.id())).isEmpty();

        member.says("/deposit", "چه مبلغی");
        member.says("abc", "نتوانستم");
        assertThat(member.says("2 میلیون", "در انتظار تأیید").text()).contains("۲٬۰۰۰٬۰۰۰ تومان");
        assertThat(member.says("/deposit ۵۰۰ هزار تومان", "در انتظار تأیید").text()).contains("۵۰۰٬۰۰۰ تومان");
        assertThat(member.says("/deposit ١٢٣٬٤٥٦", "در انتظار تأیید").text()).contains("۱۲۳٬۴۵۶ تومان");
        assertThat(pendingOf(group.id(), member.id())).extracting(PendingDoc::rials)
                .containsExactlyInAnyOrder(20_000_000L, 5_000_000L, 1_234_560L);
    }

    @Test
    void aDepositWaitingMoreThanThreeDaysRemindsItsConfirmersOnceADay() {
        SavingsGroup group = aSavingsGroup("گروه یاس");
        group.member().says("/deposit 100000", "در انتظار تأیید");
        Instant later = Instant.now().plus(Duration.ofDays(4));

        reminders.runAt(later);
        reminders.runAt(later.plusSeconds(60));
        SentMessage reminder = group.treasurer().receives(m -> m.text().contains("یادآوری"));

        assertThat(reminder.buttonTexts()).anyMatch(b -> b.contains("تأیید"));
        assertThat(group.treasurer().inbox()).filteredOn(m -> m.text() != null && m.text().contains("یادآوری")).hasSize(1);
        reminders.runAt(later.plus(Duration.ofDays(1)));
        group.treasurer().receives(m -> m.text().contains("یادآوری") && m.messageId() != reminder.messageId());
    }

    @Test
    void aCorrectionReversesAnEntryOnceASecondBoardMemberConfirms() {
        SavingsGroup group = aSavingsGroup("گروه سپید");
        depositConfirmed(group, "۴۰۰ هزار");

        group.treasurer().says("/correct 1 مبلغ اشتباه ثبت شد", "پیشنهاد اصلاح سند ۱");
        SentMessage request = group.chair().receives(m -> m.text().contains("مبلغ اشتباه") && m.hasInlineKeyboard());
        group.chair().presses(request, "تأیید", m -> m.text().contains("سند معکوس"));

        assertThat(transactions(group.id())).extracting(TransactionDoc::code)
                .containsExactly(TxCode.SAVINGS_DEPOSIT, TxCode.CORRECTION);
        assertThat(group.member().says("/balance", "موجودی شما").text()).contains("پس‌انداز: ۰ تومان");
        assertThat(facts.factsOf(group.id()).confirmedDeposits()).isZero();
        assertThat(group.treasurer().says("/correct 1 دوباره", "قبلاً").text()).contains("۱");
    }

    @Test
    void reconciliationFindsATamperedCacheAndTellsTheAdmins() {
        SavingsGroup group = aSavingsGroup("گروه کوثر");
        depositConfirmed(group, "۱۵۰ هزار");
        assertThat(group.chair().says("/reconcile", "دفتر بررسی شد").text()).contains("می‌خوانند");

        mongo.updateFirst(Query.query(Criteria.where("_id").is(group.id())),
                Update.update("rows", List.of(new BalanceCacheDoc.Row("cash", 999, 0))), BalanceCacheDoc.class);
        SentMessage answer = group.chair().says("/reconcile", "نمی‌خواند");

        assertThat(answer.text()).contains("از نو ساخته");
        admin.receives(m -> m.text().contains("هشدار دفتر") && m.text().contains("گروه کوثر"));
        assertThat(group.member().says("/balance", "موجودی شما").text()).contains("نقد نزد خزانه‌دار: ۱۵۰٬۰۰۰ تومان");
    }

    @Test
    void theFacilitatorRecordsTheAgreementAndTheTreasurerClosesRoundsAndMovesCashToTheBank() {
        SavingsGroup group = aSavingsGroup("گروه شکوفه");
        assertThat(group.facilitator().says("/agreement ۱۰۰ هزار weekly ۱۴۰۰/۰۱/۰۵", "قرار پس‌انداز ثبت شد").text())
                .contains("هفتگی");
        depositConfirmed(group, "۱۰۰ هزار");

        assertThat(group.member().says("/closeround", "فقط").text()).contains("خزانه‌دار");
        group.treasurer().says("/closeround", "دور ۱ پس‌انداز بسته شد");
        assertThat(facts.factsOf(group.id()).closedSavingsRounds()).isEqualTo(1);

        assertThat(group.treasurer().says("/tobank ۵ میلیون", "نقد نزد خزانه‌دار").text()).contains("۱۰۰٬۰۰۰");
        group.treasurer().says("/tobank ۶۰ هزار", "به بانک در دفتر ثبت شد");
        assertThat(group.treasurer().says("/bankstatement ۵۰ هزار", "ثبت شد").text()).contains("اختلاف");
        SentMessage board = group.chair().says("/balance", "صندوق گروه");
        assertThat(board.text()).contains("بانک: ۶۰٬۰۰۰ تومان").contains("-۱۰٬۰۰۰").contains("نظم پس‌انداز گروه");
        assertThat(group.member().says("/balance", "موجودی شما").text()).contains("قرار پس‌انداز")
                .doesNotContain("صورت‌حساب بانک");
    }

    @Test
    void closingARoundWritesTheRegularityFiguresAndTheBoardReadsTheSameWhenTheyMustBeRebuilt() {
        SavingsGroup group = aSavingsGroup("گروه نسترن");
        // the members joined before the first round fell due, so it is theirs
        mongo.updateMulti(Query.query(Criteria.where("groupId").is(group.id())),
                Update.update("joinedAt", Instant.parse("2021-03-01T00:00:00Z")), khodyar.bot.group.Membership.class);
        group.facilitator().says("/agreement ۱۰۰ هزار weekly ۱۴۰۰/۰۱/۰۵", "قرار پس‌انداز ثبت شد");
        depositConfirmed(group, "۱۰۰ هزار");

        group.treasurer().says("/closeround", "دور ۱ پس‌انداز بسته شد");

        // then: the close counted round 1 for every member; the deposit, years after its day, waits for later rounds
        SavingsDoc closed = mongo.findById(group.id(), SavingsDoc.class);
        assertThat(closed.regularity().closedRounds()).isEqualTo(1);
        assertThat(closed.regularity().members()).extracting(RegularityDoc.MemberRow::roundsDue).containsOnly(1);
        assertThat(closed.regularity().members()).extracting(RegularityDoc.MemberRow::roundsOnTime).containsOnly(0);
        assertThat(closed.regularity().carried()).hasSize(1);
        String fromFigures = group.chair().says("/balance all", "پس‌انداز اعضای گروه").text();
        assertThat(fromFigures).contains("به‌موقع ۰ از ۱ دور");

        // when: the figures are missing, as on data older than them
        mongo.updateFirst(Query.query(Criteria.where("_id").is(group.id())), new Update().unset("regularity"),
                SavingsDoc.class);

        // then: the board reads the same, rebuilt from the books, and the rebuild is stored
        assertThat(group.chair().says("/balance all", "پس‌انداز اعضای گروه").text()).isEqualTo(fromFigures);
        assertThat(mongo.findById(group.id(), SavingsDoc.class).regularity()).isEqualTo(closed.regularity());
    }

    @Test
    void aLoanRepaymentPostsFeeInterestAndPrincipalApartAndARetryPostsNothingTwice() {
        SavingsGroup group = aSavingsGroup("گروه افق");
        depositConfirmed(group, "۱ میلیون");
        Instant now = Instant.now();
        facts.postLoanDisbursement(group.id(), group.member().id(), "L1", Money.ofToman(600_000),
                group.treasurer().id(), now, "loan:L1:payout");

        for (int attempt = 0; attempt < 2; attempt++) {
            facts.postRepayment(group.id(), group.member().id(), "L1", Money.ofToman(200_000), Money.ofToman(12_000),
                    Money.ofToman(5_000), group.treasurer().id(), now, "rep:L1:1");
        }

        assertThat(transactions(group.id())).extracting(TransactionDoc::code, TransactionDoc::idempotencyKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TxCode.SAVINGS_DEPOSIT, transactions(group.id())
                                .get(0).idempotencyKey()),
                        org.assertj.core.groups.Tuple.tuple(TxCode.LOAN_DISBURSEMENT, "loan:L1:payout"),
                        org.assertj.core.groups.Tuple.tuple(TxCode.FEE, "rep:L1:1:fee"),
                        org.assertj.core.groups.Tuple.tuple(TxCode.INTEREST, "rep:L1:1:interest"),
                        org.assertj.core.groups.Tuple.tuple(TxCode.REPAYMENT, "rep:L1:1:principal"));
        assertThat(facts.loansOwed(group.id(), group.member().id())).isEqualTo(Money.ofToman(400_000));
        assertThat(facts.loanableCash(group.id())).isEqualTo(Money.ofToman(1_000_000 - 600_000 + 217_000));
    }

    @Test
    void savingsArrearsCountRoundsPastDueSinceTheMemberJoinedLessTheirConfirmedSavings() {
        SavingsGroup group = aSavingsGroup("گروه رود");
        group.facilitator().says("/agreement ۱۰۰ هزار weekly ۱۴۰۰/۰۱/۰۵", "قرار پس‌انداز ثبت شد");
        depositConfirmed(group, "۱۰۰ هزار");
        Instant now = Instant.now();
        assertThat(facts.savingsArrears(group.id(), group.member().id(), now)).isEqualTo(Money.ZERO);

        mongo.updateFirst(Query.query(Criteria.where("_id")
                        .is(khodyar.bot.group.Membership.idOf(group.id(), group.member().id()))),
                Update.update("joinedAt", now.minus(Duration.ofDays(28))), khodyar.bot.group.Membership.class);

        // exactly four weekly rounds fell due in the four weeks before today; the savings paid one
        assertThat(facts.savingsArrears(group.id(), group.member().id(), now)).isEqualTo(Money.ofToman(300_000));
    }

    // ---- fixtures ----

    private void depositConfirmed(SavingsGroup group, String amount) {
        group.member().says("/deposit " + amount, "در انتظار تأیید");
        SentMessage request = group.treasurer().receives(m -> m.text().contains("Maryam") && m.hasInlineKeyboard());
        group.treasurer().presses(request, "تأیید", m -> m.text().contains("تأیید کردید"));
    }

    private String invitePayloadOf(SavingsGroup group) {
        return groups.find(group.id()).orElseThrow().inviteCode();
    }

    /** Presses a button with this data on some message in the presser's chat, as a forged or stale press would. */
    private void pressOnAnyMessage(Person presser, String data) {
        SentMessage some = presser.says("/pending", m -> true);
        telegram.pressButton(presser.id(), some.messageId(), data);
    }

    /** The texts of the presser's callback answers for this data, once there are {@code count} of them. */
    private List<String> answers(Person presser, String data, int count) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<String> texts = telegram.callbackAnswers().stream()
                    .filter(a -> a.userId() == presser.id() && a.callbackData().equals(data))
                    .map(a -> String.valueOf(a.text())).toList();
            if (texts.size() >= count) {
                return texts;
            }
            sleepBriefly();
        }
        throw new AssertionError("fewer than " + count + " answers to " + presser.name() + " for " + data);
    }

    private List<TransactionDoc> transactions(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)).with(
                org.springframework.data.domain.Sort.by("seq")), TransactionDoc.class);
    }

    private List<PendingDoc> pendingOf(String groupId, long member) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("member").is(member)), PendingDoc.class);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
