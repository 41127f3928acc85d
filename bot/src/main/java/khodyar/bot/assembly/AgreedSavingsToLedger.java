package khodyar.bot.assembly;

import khodyar.bot.ledger.SavingsAgreements;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.AssemblyEffect.SavingsAgreed;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.SavingsRhythm;
import khodyar.domain.common.Outcome;
import khodyar.domain.ledger.Rhythm;
import khodyar.domain.ledger.SavingsAgreement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A passed savings agreement becomes the ledger's agreement, as if the proposer had typed
 * {@code /agreement}: from then on rounds fall due on its dates. Recording it again is harmless.
 */
@Component
public class AgreedSavingsToLedger implements ProposalDecidedListener {

    private static final Logger log = LoggerFactory.getLogger(AgreedSavingsToLedger.class);

    private final SavingsAgreements agreements;

    public AgreedSavingsToLedger(SavingsAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void decided(Proposal proposal, Decision decision, List<AssemblyEffect> effects) {
        for (AssemblyEffect effect : effects) {
            if (effect instanceof SavingsAgreed agreed && agreed.terms().firstDueDate().isPresent()) {
                Outcome<SavingsAgreement> recorded = agreements.record(proposal.groupId().value(),
                        agreed.terms().amountPerPeriod(), ledgerRhythm(agreed.terms().rhythm()),
                        agreed.terms().firstDueDate().get(), proposal.proposer().value(),
                        decision.decidedAt());
                if (recorded instanceof Outcome.Refused<SavingsAgreement> refused) {
                    log.warn("savings agreement of proposal {} not recorded in the ledger of group {}: {}",
                            proposal.id().value(), proposal.groupId().value(), refused.refusal().reasonKey());
                }
            }
        }
    }

    static Rhythm ledgerRhythm(SavingsRhythm rhythm) {
        return switch (rhythm) {
            case WEEKLY -> Rhythm.WEEKLY;
            case FORTNIGHTLY -> Rhythm.BIWEEKLY;
            case MONTHLY -> Rhythm.MONTHLY;
        };
    }
}
