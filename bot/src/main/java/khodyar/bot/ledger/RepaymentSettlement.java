package khodyar.bot.ledger;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.domain.ledger.PendingEntry;

import java.util.Optional;

/**
 * The loans feature's part in a reported loan repayment. The ledger keeps the report pending, asks
 * and reminds the confirmers, and records the decision; the loan says what the report means (what
 * the loan still owes), and once the report is posted splits it into fee, interest and principal and
 * posts each part.
 */
public interface RepaymentSettlement {

    /** What the confirmers read about the report: who paid how much on which loan, and what it still owes. */
    String requestText(Lang lang, GroupDoc group, PendingEntry repayment);

    /** Why the report cannot be posted now (more than the loan still owes), in {@code lang}; empty when it can. */
    Optional<String> refusalToPost(Lang lang, GroupDoc group, PendingEntry repayment);

    /**
     * Applies the posted report to its loan and posts the split to the ledger. Safe to call again: the
     * loan knows the report's id and the ledger's keys are named after the report's key. Answers what
     * the member is told in {@code memberLang}, or empty when the loan could not take it (logged).
     */
    Optional<String> settle(PendingEntry posted, Lang memberLang);
}
