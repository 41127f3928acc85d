package khodyar.bot.loan.internal;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.ledger.RepaymentSettlement;
import khodyar.bot.loan.LoanBooks;
import khodyar.domain.common.Outcome;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.Repayment;
import khodyar.domain.loan.RepaymentApplied;
import khodyar.domain.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A repayment report the ledger holds, as its loan sees it: what the loan still owes when a treasurer
 * is asked, whether the amount still fits when one confirms, and once posted, the loan's split into
 * fee, interest and principal (by its stated rule) posted under keys named after the report.
 */
@Component
class LoanRepaymentSettlement implements RepaymentSettlement {

    private static final Logger log = LoggerFactory.getLogger(LoanRepaymentSettlement.class);

    private final LoanStore store;
    private final LoanBooks books;
    private final LoanTexts texts;

    LoanRepaymentSettlement(LoanStore store, LoanBooks books, LoanTexts texts) {
        this.store = store;
        this.books = books;
        this.texts = texts;
    }

    @Override
    public String requestText(Lang lang, GroupDoc group, PendingEntry repayment) {
        Money owed = loanOf(repayment).stillOwed();
        return texts.text(lang, "loan.repay.ask", texts.nameOf(group.id(), repayment.member().value()),
                texts.amount(repayment.amount(), group, lang), group.name(), texts.amount(owed, group, lang));
    }

    @Override
    public Optional<String> refusalToPost(Lang lang, GroupDoc group, PendingEntry repayment) {
        Money owed = loanOf(repayment).stillOwed();
        return repayment.amount().isGreaterThan(owed)
                ? Optional.of(texts.text(lang, "loan.refused.overpay", texts.amount(owed, group, lang)))
                : Optional.empty();
    }

    @Override
    public Optional<String> settle(PendingEntry posted, Lang memberLang) {
        if (posted.state() != PendingEntry.State.POSTED) {
            throw new IllegalStateException("repayment " + posted.id() + " is " + posted.state() + ", not posted");
        }
        LocalDate day = texts.day(posted.decidedAt());
        AtomicReference<RepaymentApplied> result = new AtomicReference<>();
        store.update(posted.loanId(), loan -> {
            Outcome<RepaymentApplied> applied = loan.applyRepayment(posted.amount(), day, posted.id());
            if (applied instanceof Outcome.Refused<RepaymentApplied> refused) {
                log.error("confirmed repayment {} does not fit loan {}: {}", posted.id(), posted.loanId(),
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
        Outcome<Void> booked = books.postRepayment(posted.groupId().value(), posted.member().value(), posted.loanId(),
                split.principal(), split.interest(), split.fee(), posted.decidedBy().value(), posted.decidedAt(),
                posted.reportKey());
        if (booked instanceof Outcome.Refused<Void> refused) {
            throw new IllegalStateException("the ledger refused repayment " + posted.id() + ": "
                    + refused.refusal().reasonKey());
        }
        return Optional.of(afterRepayment(memberLang, texts.group(posted.groupId().value()), result.get()));
    }

    /** What the member is told: the split, what remains, and the next due date (or that it is repaid). */
    private String afterRepayment(Lang lang, GroupDoc group, RepaymentApplied result) {
        Repayment split = result.repayment();
        String text = texts.text(lang, "loan.repay.confirmed", texts.amount(split.amount(), group, lang),
                texts.amount(split.principal(), group, lang), texts.amount(split.interest(), group, lang),
                texts.amount(split.fee(), group, lang));
        if (result.stillOwed().isZero()) {
            return text + "\n" + texts.text(lang, "loan.repay.repaid");
        }
        String next = result.nextDue().map(due -> texts.text(lang, "loan.repay.nextDue", due.instalmentNumber(),
                texts.date(due.date(), lang), texts.amount(due.amount(), group, lang))).orElse("");
        return text + "\n" + texts.text(lang, "loan.repay.remaining", texts.amount(result.stillOwed(), group, lang))
                + (next.isEmpty() ? "" : "\n" + next);
    }

    private Loan loanOf(PendingEntry repayment) {
        return store.loan(repayment.loanId()).orElseThrow(
                () -> new IllegalStateException("repayment " + repayment.id() + " names loan " + repayment.loanId()
                        + ", which is not stored")).toLoan();
    }
}
