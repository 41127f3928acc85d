package khodyar.bot.loan.internal;

import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.loan.LoanBooks;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.Repayment;
import khodyar.domain.loan.RepaymentApplied;
import khodyar.domain.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /repay}: a reported repayment waits for a treasurer (the domain's {@link PendingEntry} and
 * its four-eyes rule); once confirmed it is applied to the loan, which splits it into fee, interest
 * and principal by its stated rule, and the split is posted to the ledger under keys named after
 * the report. Applying and posting are each idempotent, so a press after a crash completes the
 * work without doubling it.
 */
@Component
public class Repayments {

    public static final String CONFIRM = "lnr";
    public static final String REJECT = "lnj";
    /** Stored on a voided report; the member is told who did not confirm it and to talk to them. */
    static final String REJECTED_BY_CONFIRMER = "not confirmed";

    private static final Logger log = LoggerFactory.getLogger(Repayments.class);

    private final LoanStore store;
    private final LoanBooks books;
    private final LoanPeople people;
    private final LoanTexts texts;

    public Repayments(LoanStore store, LoanBooks books, LoanPeople people, LoanTexts texts) {
        this.store = store;
        this.books = books;
        this.people = people;
        this.texts = texts;
    }

    /** The member's loan that takes repayments in this group, if any. */
    public Optional<LoanDoc> outstandingLoanOf(String groupId, long member) {
        return store.openOf(groupId, member).stream().filter(doc -> doc.status().isOutstanding()).findFirst();
    }

    /** Reports a repayment and asks the confirmers; answers whether it was recorded. */
    public boolean report(Turn turn, GroupDoc group, Money amount) {
        Optional<LoanDoc> loanDoc = outstandingLoanOf(group.id(), turn.userId());
        if (loanDoc.isEmpty()) {
            turn.reply("loan.repay.noLoan");
            return true;
        }
        Loan loan = loanDoc.get().toLoan();
        Money owed = loan.stillOwed();
        if (amount.isGreaterThan(owed)) {
            turn.replyText(texts.text(turn.lang(), "loan.refused.overpay", amount(owed, group, turn.lang())), null);
            return false;
        }
        String id = "R" + turn.in().updateId();
        PendingEntry entry = PendingEntry.repayment(id, new GroupId(group.id()), new PersonId(turn.userId()),
                turn.roles(), loan.id().value(), amount, turn.now(), "u" + turn.in().updateId());
        store.insertIfNew(RepaymentReportDoc.of(entry, null));
        List<Long> confirmers = people.confirmersFor(group.id(), turn.userId());
        turn.reply("loan.repay.reported", amount(amount, group, turn.lang()));
        String name = texts.nameOf(group.id(), turn.userId());
        for (long confirmer : confirmers) {
            Lang lang = texts.langOf(confirmer);
            turn.notify(confirmer, OutMessage.Priority.INTERACTIVE,
                    texts.text(lang, "loan.repay.ask", name, amount(amount, group, lang), group.name(),
                            amount(owed, group, lang)),
                    texts.buttons(new Keyboard.Button(texts.text(lang, "loan.button.confirmRepayment"), CONFIRM + ":" + id),
                            new Keyboard.Button(texts.text(lang, "loan.button.rejectRepayment"), REJECT + ":" + id)));
        }
        return true;
    }

    public void confirm(Turn turn, String reportId) {
        Optional<RepaymentReportDoc> found = store.report(reportId);
        if (found.isEmpty()) {
            turn.answerCallback(texts.text(turn.lang(), "callback.stale"));
            return;
        }
        RepaymentReportDoc report = found.get();
        GroupDoc group = texts.group(report.groupId());
        if (!report.isPending()) {
            alreadyDecided(turn, group, report);
            return;
        }
        LoanDoc loanDoc = store.loan(report.loanId()).orElseThrow();
        Money owed = loanDoc.toLoan().stillOwed();
        if (Money.ofRials(report.amountRials()).isGreaterThan(owed)) {
            turn.answerCallback(texts.text(turn.lang(), "loan.refused.overpay", amount(owed, group, turn.lang())));
            return;
        }
        Outcome<PendingEntry> posted = report.toEntry().post(new PersonId(turn.userId()), people.rolesIn(turn, group),
                turn.now());
        if (posted instanceof Outcome.Refused<PendingEntry> refused) {
            turn.answerCallback(texts.refusal(turn.lang(), group, refused.refusal()));
            return;
        }
        if (!store.saveDecided(RepaymentReportDoc.of(posted.orElseThrow(), report.version()))) {
            alreadyDecided(turn, group, store.report(reportId).orElseThrow());
            return;
        }
        RepaymentReportDoc decided = store.report(reportId).orElseThrow();
        Optional<RepaymentApplied> applied = complete(decided);
        turn.answerCallback(null);
        turn.editPressedMessage(texts.text(turn.lang(), "loan.repay.confirmedByYou",
                texts.nameOf(group.id(), report.member()), amount(Money.ofRials(report.amountRials()), group,
                        turn.lang())), null);
        applied.ifPresent(result -> {
            Lang lang = texts.langOf(report.member());
            turn.notify(report.member(), OutMessage.Priority.INTERACTIVE, afterRepayment(lang, group, result), null);
        });
    }

    public void reject(Turn turn, String reportId) {
        Optional<RepaymentReportDoc> found = store.report(reportId);
        if (found.isEmpty()) {
            turn.answerCallback(texts.text(turn.lang(), "callback.stale"));
            return;
        }
        RepaymentReportDoc report = found.get();
        GroupDoc group = texts.group(report.groupId());
        if (!report.isPending()) {
            alreadyDecided(turn, group, report);
            return;
        }
        Outcome<PendingEntry> voided = report.toEntry().voidIt(new PersonId(turn.userId()),
                people.rolesIn(turn, group), REJECTED_BY_CONFIRMER, turn.now());
        if (voided instanceof Outcome.Refused<PendingEntry> refused) {
            turn.answerCallback(texts.refusal(turn.lang(), group, refused.refusal()));
            return;
        }
        if (!store.saveDecided(RepaymentReportDoc.of(voided.orElseThrow(), report.version()))) {
            alreadyDecided(turn, group, store.report(reportId).orElseThrow());
            return;
        }
        Money amount = Money.ofRials(report.amountRials());
        turn.answerCallback(null);
        turn.editPressedMessage(texts.text(turn.lang(), "loan.repay.rejectedByYou",
                texts.nameOf(group.id(), report.member()), amount(amount, group, turn.lang())), null);
        Lang lang = texts.langOf(report.member());
        turn.notify(report.member(), OutMessage.Priority.INTERACTIVE, texts.text(lang, "loan.repay.rejected",
                amount(amount, group, lang), texts.nameOf(group.id(), turn.userId())), null);
    }

    /**
     * Applies a confirmed report to its loan and posts the split. Safe to call again: the loan knows the
     * report's key, and the ledger's keys are named after it. Empty if the loan refused it.
     */
    Optional<RepaymentApplied> complete(RepaymentReportDoc report) {
        Money amount = Money.ofRials(report.amountRials());
        java.time.LocalDate day = texts.day(report.decidedAt());
        AtomicReference<RepaymentApplied> result = new AtomicReference<>();
        store.update(report.loanId(), loan -> {
            Outcome<RepaymentApplied> applied = loan.applyRepayment(amount, day, report.id());
            if (applied instanceof Outcome.Refused<RepaymentApplied> refused) {
                log.error("confirmed repayment {} does not fit loan {}: {}", report.id(), report.loanId(),
                        refused.refusal().reasonKey());
                return loan;
            }
            result.set(applied.orElseThrow());
            return applied.orElseThrow().alreadyApplied() ? loan : applied.orElseThrow().loan();
        });
        if (result.get() == null) {
            return Optional.empty();
        }
        Repayment split = result.get().repayment();
        Outcome<Void> posted = books.postRepayment(report.groupId(), report.member(), report.loanId(), split.principal(),
                split.interest(), split.fee(), report.decidedBy(), report.decidedAt(),
                "loan:" + report.loanId() + ":" + report.id());
        if (posted instanceof Outcome.Refused<Void> refused) {
            throw new IllegalStateException("the ledger refused repayment " + report.id() + ": "
                    + refused.refusal().reasonKey());
        }
        return Optional.of(result.get());
    }

    private void alreadyDecided(Turn turn, GroupDoc group, RepaymentReportDoc report) {
        if (report.state() == PendingEntry.State.POSTED) {
            complete(report);
        }
        String decider = report.decidedBy() == null ? "" : texts.nameOf(group.id(), report.decidedBy());
        String key = report.state() == PendingEntry.State.POSTED ? "loan.repay.alreadyConfirmed"
                : "loan.repay.alreadyRejected";
        turn.answerCallback(texts.text(turn.lang(), key, decider));
        turn.editPressedMessage(texts.text(turn.lang(), key, decider), null);
    }

    /** What the member is told: the split, what remains, and the next due date (or that it is repaid). */
    String afterRepayment(Lang lang, GroupDoc group, RepaymentApplied result) {
        Repayment split = result.repayment();
        String text = texts.text(lang, "loan.repay.confirmed", amount(split.amount(), group, lang),
                amount(split.principal(), group, lang), amount(split.interest(), group, lang),
                amount(split.fee(), group, lang));
        if (result.stillOwed().isZero()) {
            return text + "\n" + texts.text(lang, "loan.repay.repaid");
        }
        String next = result.nextDue().map(due -> texts.text(lang, "loan.repay.nextDue", due.instalmentNumber(),
                texts.date(due.date(), lang), amount(due.amount(), group, lang))).orElse("");
        return text + "\n" + texts.text(lang, "loan.repay.remaining", amount(result.stillOwed(), group, lang))
                + (next.isEmpty() ? "" : "\n" + next);
    }

    private String amount(Money money, GroupDoc group, Lang lang) {
        return texts.amount(money, group, lang);
    }
}
