package khodyar.bot.e2e;

import khodyar.bot.assembly.GroupRulesStore;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.ledger.LedgerFacts;
import khodyar.bot.ledger.PendingReminders;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.ledger.internal.TransactionDoc;
import khodyar.bot.loan.LoanFollowUp;
import khodyar.bot.loan.internal.LoanDoc;
import khodyar.bot.telegram.standin.SentMessage;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.ProposalId;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.group.GroupId;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.loan.LoanStatus;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6 in chat: a loan from the request through the assembly vote, the treasurer's payout and
 * every repayment to "repaid", with the ledger's balances checked at each step; eligibility refusals
 * in Persian; overdue loans in the treasurer's and facilitator's views. The group is brought to stage 3
 * by setting {@code GroupDoc.stage} in the store and the rate by applying a decided rate to the group's
 * rules: the roadmap and the rate vote have their own tests.
 */
class LoansEndToEndTest extends EndToEndTest {

    private static final long TOMAN = 10;

    @Autowired
    Groups groups;
    @Autowired
    GroupRulesStore rules;
    @Autowired
    LedgerFacts ledger;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LoanFollowUp followUp;
    @Autowired
    PendingReminders pendingReminders;

    /** Maryam borrows, Zahra keeps the books, Fatemeh is a member who saves. */
    private record LendingGroup(Person facilitator, Person maryam, Person zahra, Person fatemeh, String groupId) {
    }

    private LendingGroup aLendingGroup(String name) {
        Person facilitator = aFacilitator("Nasrin");
        String invite = aGroup(facilitator, name);
        Person maryam = aMemberOf(invite, "Maryam");
        Person zahra = aMemberOf(invite, "Zahra");
        Person fatemeh = aMemberOf(invite, "Fatemeh");
        facilitator.says("/setrole 2 treasurer", "ثبت شد");
        String groupId = groups.membershipsOf(maryam.id()).get(0).groupId();
        return new LendingGroup(facilitator, maryam, zahra, fatemeh, groupId);
    }

    private void lendingOpens(LendingGroup group) {
        lendingOpens(group, RateTerms.percentPerYear(new BigDecimal("12")));
    }

    private void lendingOpens(LendingGroup group, RateTerms rate) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(group.groupId())), Update.update("stage", 3),
                GroupDoc.class);
        rules.apply(new GroupId(group.groupId()), new ProposalId("rate-" + group.groupId()),
                List.of(new AssemblyEffect.RateDecided(rate)));
    }

    private void saves(LendingGroup group, Person member, String amount) {
        member.says("/deposit " + amount, "انتظار");
        SentMessage ask = group.zahra().receives(m -> m.hasInlineKeyboard() && m.text().contains(member.name())
                && m.callbackData().stream().anyMatch(d -> d.startsWith("lgc:"))
                && !alreadyPressed(m));
        group.zahra().presses(ask, "تأیید", m -> true);
    }

    private final java.util.Set<Long> pressed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private boolean alreadyPressed(SentMessage message) {
        return !pressed.add(message.messageId());
    }

    private Money savingsOf(LendingGroup group, Person member) {
        return ledger.confirmedSavings(group.groupId(), member.id());
    }

    private long owedInToman(LendingGroup group) {
        return ledger.loansOwed(group.groupId(), group.maryam().id()).rials() / TOMAN;
    }

    private long cashInToman(LendingGroup group) {
        return ledger.loanableCash(group.groupId()).rials() / TOMAN;
    }

    /** Maryam asks, confirms the schedule, Zahra and Fatemeh vote for, Zahra pays out. */
    private LoanDoc aPaidOutLoan(LendingGroup group) {
        return aPaidOutLoan(group, "۱٬۰۳۰٬۰۰۰ تومان");
    }

    private LoanDoc aPaidOutLoan(LendingGroup group, String instalment) {
        SentMessage preview = group.maryam().says("/loan 3000000 3 چرخ خیاطی", "جدول اقساط");
        assertThat(preview.text()).contains("۳٬۰۰۰٬۰۰۰ تومان").contains(instalment)
                .contains("چرخ خیاطی").contains("۱۲");
        group.maryam().presses(preview, "تأیید", m -> m.text().contains("مجمع"));

        for (Person voter : List.of(group.zahra(), group.fatemeh())) {
            SentMessage ballot = voter.receives(m -> m.hasInlineKeyboard() && m.buttonTexts().stream()
                    .anyMatch(b -> b.contains("موافق")));
            voter.presses(ballot, "موافق", m -> true);
        }
        group.maryam().receives(m -> m.text().contains("تصویب کرد"));
        SentMessage payout = group.zahra().receives(m -> m.text().contains("تصویب کرد") && m.hasInlineKeyboard());
        assertThat(payout.text()).contains("Maryam").contains("۳٬۰۰۰٬۰۰۰ تومان");

        group.zahra().presses(payout, "تأیید", m -> m.text().contains("ثبت شد"));
        group.maryam().receives(m -> m.text().contains("پرداخت شد") && m.text().contains("جدول اقساط"));
        pressesAgain(group.zahra(), payout, "تأیید", "قبلاً");
        List<LoanDoc> loans = mongo.find(Query.query(Criteria.where("groupId").is(group.groupId())), LoanDoc.class);
        assertThat(loans).hasSize(1);
        return loans.get(0);
    }

    /** A second press of a button that already acted: the bot only answers, and nothing moves twice. */
    private void pressesAgain(Person person, SentMessage message, String label, String answerContains) {
        String data = message.callbackDataOf(label);
        telegram.pressButton(person.id(), message.messageId(), data);
        Instant deadline = Instant.now().plus(WAIT);
        while (telegram.callbackAnswers().stream().noneMatch(a -> a.userId() == person.id()
                && data.equals(a.callbackData()) && a.text() != null && a.text().contains(answerContains))) {
            assertThat(Instant.now()).as("an answer to the second press").isBefore(deadline);
            try {
                Thread.sleep(20); // waiting for the bot's answer, not for time to pass
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private SentMessage repays(LendingGroup group, String amount, String memberIsTold) {
        group.maryam().says("/repay " + amount, "منتظر تأیید");
        SentMessage ask = group.zahra().receives(m -> m.hasInlineKeyboard() && m.text().contains("وامش")
                && m.callbackData().stream().anyMatch(d -> d.startsWith("lgc:")) && !alreadyPressed(m));
        group.zahra().presses(ask, "تأیید", m -> m.text().contains("تأیید کردید و در دفتر ثبت شد"));
        return group.maryam().receives(m -> m.text().contains("تأیید شد") && m.text().contains(memberIsTold)
                && !alreadyPressed(m));
    }

    @Test
    void aLoanGoesFromRequestThroughTheVoteAndThePayoutToRepaidWithTheBooksRightAtEachStep() {
        LendingGroup group = aLendingGroup("گروه مهر");
        lendingOpens(group);
        saves(group, group.maryam(), "1000000");
        saves(group, group.fatemeh(), "2000000");
        assertThat(savingsOf(group, group.maryam())).isEqualTo(Money.ofToman(1_000_000));
        assertThat(cashInToman(group)).isEqualTo(3_000_000);

        LoanDoc loan = aPaidOutLoan(group);
        assertThat(loan.status()).isEqualTo(LoanStatus.DISBURSED);
        assertThat(owedInToman(group)).isEqualTo(3_000_000);
        assertThat(cashInToman(group)).isZero();

        // nothing is due yet, so the repayments pay principal first and the interest comes last
        SentMessage first = repays(group, "1030000", "باقی‌مانده");
        assertThat(first.text()).contains("۲٬۰۶۰٬۰۰۰ تومان");
        assertThat(owedInToman(group)).isEqualTo(1_970_000);
        assertThat(cashInToman(group)).isEqualTo(1_030_000);

        repays(group, "1030000", "باقی‌مانده");
        assertThat(owedInToman(group)).isEqualTo(940_000);
        assertThat(cashInToman(group)).isEqualTo(2_060_000);

        SentMessage last = repays(group, "۱٬۰۳۰٬۰۰۰", "تسویه شد");
        assertThat(last.text()).contains("سود ۹۰٬۰۰۰ تومان");
        assertThat(owedInToman(group)).isZero();
        assertThat(cashInToman(group)).isEqualTo(3_090_000);
        assertThat(mongo.findById(loan.id(), LoanDoc.class).status()).isEqualTo(LoanStatus.REPAID);

        assertThat(group.maryam().says("/repay 1000", "وام").text()).contains("ندارید");
        assertThat(group.maryam().says("/myloan", "وام").text()).contains("تسویه‌شده");
    }

    @Test
    void requestsTheRulesDoNotAllowAreRefusedInPersianWithTheFigures() {
        LendingGroup group = aLendingGroup("گروه امید");

        SentMessage early = group.maryam().says("/loan 1000000 3", "ممکن نیست");
        assertThat(early.text()).contains("مرحله‌ی ۳").contains("مرحله‌ی ۱").contains("نرخ سود");

        lendingOpens(group);
        saves(group, group.maryam(), "500000");
        SentMessage tooMuch = group.maryam().says("/loan 2 میلیون 24", "ممکن نیست");
        assertThat(tooMuch.text()).contains("۱٬۵۰۰٬۰۰۰ تومان").contains("۳ برابر")
                .contains("۵۰۰٬۰۰۰ تومان").contains("۱۲ ماه");
        assertThat(group.maryam().says("/loan چرخ خیاطی", "بنویسید").text()).contains("/loan");
        assertThat(mongo.find(Query.query(Criteria.where("groupId").is(group.groupId())), LoanDoc.class)).isEmpty();
    }

    @Test
    void anOverdueLoanShowsInTheTreasurersAndFacilitatorsViewsWithThePortfolioAtRisk() {
        LendingGroup group = aLendingGroup("گروه نور");
        lendingOpens(group);
        saves(group, group.maryam(), "1000000");
        saves(group, group.fatemeh(), "2000000");
        LoanDoc loan = aPaidOutLoan(group);
        Instant paidOut = Instant.now();
        java.time.LocalDate firstDue = java.time.LocalDate.parse(loan.instalments().get(0).dueDate());

        followUp.runAt(firstDue.minusDays(2).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Tehran")).toInstant());
        group.maryam().receives(m -> m.text().contains("یادآوری") && m.text().contains("۱٬۰۳۰٬۰۰۰ تومان"));

        Instant aWeekAfterTheFirstDueDate = firstDue.plusDays(7).atTime(9, 0)
                .atZone(java.time.ZoneId.of("Asia/Tehran")).toInstant();
        int sent = followUp.runAt(aWeekAfterTheFirstDueDate);
        int again = followUp.runAt(aWeekAfterTheFirstDueDate.plus(Duration.ofHours(2)));

        assertThat(sent).isEqualTo(2);
        assertThat(again).isEqualTo(2);
        for (Person follower : List.of(group.zahra(), group.facilitator())) {
            SentMessage late = follower.receives(m -> m.text().contains("عقب افتاده"));
            assertThat(late.text()).contains("Maryam").contains("۷ روز")
                    .contains("سبد در معرض خطر: ۱۰۰ درصد").contains("وام‌های معوق: ۱");
        }
        assertThat(group.zahra().inbox().stream().filter(m -> m.text() != null && m.text().contains("عقب افتاده")))
                .hasSize(1);
        assertThat(mongo.findById(loan.id(), LoanDoc.class).status()).isEqualTo(LoanStatus.OVERDUE);

        SentMessage view = group.zahra().says("/loans", "وام‌های گروه");
        assertThat(view.text()).contains("Maryam").contains("۳٬۰۰۰٬۰۰۰ تومان").contains("سبد در معرض خطر");
        assertThat(group.facilitator().says("/loans", "وام‌های گروه").text()).contains("Maryam");
        assertThat(group.fatemeh().says("/loans", "فقط").text()).contains("خزانه‌دار");
        assertThat(paidOut).isBefore(aWeekAfterTheFirstDueDate);
    }

    @Test
    void aFeeLoansRepaymentPostsTheFeeTheInterestAndThePrincipalAsSeparateEntries() {
        LendingGroup group = aLendingGroup("گروه ستاره");
        lendingOpens(group, new RateTerms(new BigDecimal("12"), Money.ofToman(30_000)));
        saves(group, group.maryam(), "1000000");
        saves(group, group.fatemeh(), "2000000");
        LoanDoc loan = aPaidOutLoan(group, "کارمزد");
        long owedToman = mongo.findById(loan.id(), LoanDoc.class).toLoan().stillOwed().rials() / TOMAN;
        assertThat(owedToman).isEqualTo(3_000_000 + 90_000 + 30_000);

        SentMessage told = repays(group, Long.toString(owedToman), "تسویه شد");

        assertThat(told.text()).contains("کارمزد ۳۰٬۰۰۰ تومان").contains("سود ۹۰٬۰۰۰ تومان");
        List<TransactionDoc> repayment = mongo.find(Query.query(Criteria.where("groupId").is(group.groupId())
                .and("code").in(TxCode.FEE, TxCode.INTEREST, TxCode.REPAYMENT)), TransactionDoc.class);
        assertThat(repayment).extracting(TransactionDoc::code)
                .containsExactlyInAnyOrder(TxCode.FEE, TxCode.INTEREST, TxCode.REPAYMENT);
        assertThat(repayment).allSatisfy(entry -> assertThat(entry.idempotencyKey()).startsWith("rep:"));
        assertThat(repayment).filteredOn(entry -> entry.code() == TxCode.FEE).singleElement()
                .satisfies(fee -> assertThat(fee.idempotencyKey()).endsWith(":fee"))
                .satisfies(fee -> assertThat(fee.postings().get(0).rials()).isEqualTo(30_000 * TOMAN));
        assertThat(repayment).filteredOn(entry -> entry.code() == TxCode.INTEREST).singleElement()
                .satisfies(interest -> assertThat(interest.idempotencyKey()).endsWith(":interest"))
                .satisfies(interest -> assertThat(interest.postings().get(0).rials()).isEqualTo(90_000 * TOMAN));
        assertThat(repayment).filteredOn(entry -> entry.code() == TxCode.REPAYMENT).singleElement()
                .satisfies(principal -> assertThat(principal.idempotencyKey()).endsWith(":principal"))
                .satisfies(principal -> assertThat(principal.postings().get(0).rials()).isEqualTo(3_000_000 * TOMAN));
        assertThat(owedInToman(group)).isZero();
        assertThat(cashInToman(group)).isEqualTo(3_120_000);
        assertThat(ledger.factsOf(group.groupId()).internalRepaymentsConfirmed()).isEqualTo(1);
    }

    @Test
    void aPendingRepaymentIsInPendingAndTheMembersBalanceIsRemindedAndIsRejectedWithAReason() {
        LendingGroup group = aLendingGroup("گروه پرستو");
        lendingOpens(group);
        saves(group, group.maryam(), "1000000");
        saves(group, group.fatemeh(), "2000000");
        LoanDoc loan = aPaidOutLoan(group);
        group.maryam().says("/repay 500000", "منتظر تأیید");

        group.zahra().says("/pending", "در انتظار تأیید شما");
        SentMessage listed = group.zahra().receives(m -> m.hasInlineKeyboard() && m.text().contains("وامش")
                && m.text().contains("۵۰۰٬۰۰۰ تومان") && m.text().contains("۳٬۰۹۰٬۰۰۰ تومان")
                && m.callbackData().stream().anyMatch(d -> d.startsWith("lgc:")) && !alreadyPressed(m));
        assertThat(listed.buttonTexts()).anyMatch(b -> b.contains("رد"));
        assertThat(group.maryam().says("/balance", "موجودی شما").text())
                .contains("در انتظار تأیید: ۵۰۰٬۰۰۰ تومان");

        pendingReminders.runAt(Instant.now().plus(Duration.ofDays(4)));
        SentMessage reminder = group.zahra().receives(m -> m.text().contains("یادآوری") && m.text().contains("وامش"));
        assertThat(reminder.buttonTexts()).anyMatch(b -> b.contains("تأیید"));

        group.zahra().presses(listed, "رد", m -> m.text().contains("چرا بازپرداخت"));
        group.zahra().says("پولی به من نرسیده", "رد شد");

        SentMessage told = group.maryam().receives(m -> m.text().contains("پولی به من نرسیده"));
        assertThat(told.text()).contains("بازپرداخت").contains("Zahra").contains("/repay");
        assertThat(mongo.find(Query.query(Criteria.where("groupId").is(group.groupId())
                .and("loanId").is(loan.id())), PendingDoc.class)).singleElement()
                .satisfies(report -> assertThat(report.state()).isEqualTo(PendingEntry.State.VOIDED));
        assertThat(owedInToman(group)).isEqualTo(3_000_000);
        assertThat(mongo.findById(loan.id(), LoanDoc.class).toLoan().stillOwed()).isEqualTo(Money.ofToman(3_090_000));
    }

    @Test
    void aMemberBehindOnSavingsUnderTheAgreementIsRefusedALoan() {
        LendingGroup group = aLendingGroup("گروه سحر");
        lendingOpens(group);
        group.facilitator().says("/agreement ۱۰۰ هزار weekly ۱۴۰۰/۰۱/۰۵", "قرار پس‌انداز ثبت شد");
        saves(group, group.maryam(), "100000");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(Membership.idOf(group.groupId(), group.maryam().id()))),
                Update.update("joinedAt", Instant.now().minus(Duration.ofDays(28))), Membership.class);
        assertThat(ledger.savingsArrears(group.groupId(), group.maryam().id(), Instant.now()))
                .isGreaterThan(Money.ZERO);

        SentMessage refused = group.maryam().says("/loan 200000 3", "ممکن نیست");

        assertThat(refused.text()).contains("عقب‌افتاده");
        assertThat(mongo.find(Query.query(Criteria.where("groupId").is(group.groupId())), LoanDoc.class)).isEmpty();
    }
}
