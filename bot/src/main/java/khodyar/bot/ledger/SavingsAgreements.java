package khodyar.bot.ledger;

import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.SavingsDoc;
import khodyar.domain.common.Outcome;
import khodyar.domain.ledger.Rhythm;
import khodyar.domain.ledger.SavingsAgreement;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's savings agreement (O3), as {@code /agreement} records it and as a passed assembly
 * vote does: replaced freely until the first round is closed, then fixed.
 */
@Component
public class SavingsAgreements {

    private final LedgerStore store;

    public SavingsAgreements(LedgerStore store) {
        this.store = store;
    }

    public Outcome<SavingsAgreement> record(String groupId, Money amount, Rhythm rhythm, LocalDate firstDueDate,
                                            long recordedBy, Instant at) {
        Optional<SavingsDoc> earlier = store.savings(groupId);
        if (earlier.isPresent() && !earlier.get().closedRounds().isEmpty()) {
            return Outcome.refused("ledger.agreement.roundsClosed");
        }
        store.saveAgreement(new SavingsDoc(groupId, amount.rials(), rhythm, firstDueDate, recordedBy, at, List.of(), 0,
                null));
        return Outcome.done(new SavingsAgreement(amount, rhythm, firstDueDate));
    }

    public Optional<SavingsAgreement> of(String groupId) {
        return store.savings(groupId).map(SavingsDoc::agreement);
    }
}
