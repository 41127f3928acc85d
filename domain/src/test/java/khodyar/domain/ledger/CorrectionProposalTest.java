package khodyar.domain.ledger;

import static khodyar.domain.ledger.LedgerFixtures.CHAIR;
import static khodyar.domain.ledger.LedgerFixtures.CHAIR_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.GROUP;
import static khodyar.domain.ledger.LedgerFixtures.MEMBER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.MINA;
import static khodyar.domain.ledger.LedgerFixtures.MONDAY_MORNING;
import static khodyar.domain.ledger.LedgerFixtures.SECRETARY;
import static khodyar.domain.ledger.LedgerFixtures.SECRETARY_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.appended;
import static khodyar.domain.ledger.LedgerFixtures.depositConfirmedByTreasurer;
import static khodyar.domain.ledger.LedgerFixtures.refusalKey;
import static khodyar.domain.ledger.LedgerFixtures.toman;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CorrectionProposalTest {

    private static final Instant LATER = MONDAY_MORNING.plusSeconds(86_400);

    private final Ledger booksWithADoubleEntry = appended(appended(Ledger.empty(GROUP),
            depositConfirmedByTreasurer(MINA, toman(500_000), "u-1")),
            depositConfirmedByTreasurer(MINA, toman(500_000), "u-2"));

    private CorrectionProposal treasurerProposesUndoingSeq2() {
        return CorrectionProposal.propose("c-1", booksWithADoubleEntry, 2, TREASURER, TREASURER_ROLES,
                "entered twice", MONDAY_MORNING, "u-50").orElseThrow();
    }

    @Test
    void aSecondBoardMemberConfirmsAndTheBooksGetAReversingEntry() {
        CorrectionProposal.Confirmed confirmed = treasurerProposesUndoingSeq2()
                .confirm(CHAIR, CHAIR_ROLES, booksWithADoubleEntry, LATER).orElseThrow();

        Ledger corrected = confirmed.appended().ledger();
        Transaction reversal = confirmed.appended().transaction();
        assertThat(confirmed.proposal().state()).isEqualTo(CorrectionProposal.State.CONFIRMED);
        assertThat(reversal.code()).isEqualTo(TxCode.CORRECTION);
        assertThat(reversal.reverses()).isEqualTo(2);
        assertThat(reversal.reportedBy()).isEqualTo(TREASURER);
        assertThat(reversal.confirmedBy()).isEqualTo(CHAIR);
        assertThat(reversal.memo()).isEqualTo("entered twice");
        assertThat(corrected.transactions()).hasSize(3);
        assertThat(corrected.fundTotals().memberSavingsRials()).isEqualTo(toman(500_000).rials());
    }

    @Test
    void onlyATreasurerProposesACorrectionAndAlwaysWithAReason() {
        assertThat(refusalKey(CorrectionProposal.propose("c-1", booksWithADoubleEntry, 2, CHAIR, CHAIR_ROLES,
                "entered twice", MONDAY_MORNING, "u-50"))).isEqualTo("ledger.refused.notTreasurer");
        assertThat(refusalKey(CorrectionProposal.propose("c-1", booksWithADoubleEntry, 2, TREASURER, TREASURER_ROLES,
                "", MONDAY_MORNING, "u-50"))).isEqualTo("ledger.refused.reasonMissing");
        assertThat(refusalKey(CorrectionProposal.propose("c-1", booksWithADoubleEntry, 9, TREASURER, TREASURER_ROLES,
                "?", MONDAY_MORNING, "u-50"))).isEqualTo("ledger.refused.noSuchTransaction");
    }

    @Test
    void theProposerCannotConfirmTheirOwnCorrection() {
        var outcome = treasurerProposesUndoingSeq2().confirm(TREASURER, TREASURER_ROLES, booksWithADoubleEntry, LATER);

        assertThat(refusalKey(outcome)).isEqualTo("ledger.refused.ownProposal");
    }

    @Test
    void anOrdinaryMemberCannotConfirmACorrection() {
        var outcome = treasurerProposesUndoingSeq2().confirm(MINA, MEMBER_ROLES, booksWithADoubleEntry, LATER);

        assertThat(refusalKey(outcome)).isEqualTo("ledger.refused.notBoard");
    }

    @Test
    void aRejectedCorrectionCanNoLongerBeConfirmed() {
        CorrectionProposal rejected = treasurerProposesUndoingSeq2().reject(SECRETARY, SECRETARY_ROLES, LATER)
                .orElseThrow();

        assertThat(rejected.state()).isEqualTo(CorrectionProposal.State.REJECTED);
        assertThat(refusalKey(rejected.confirm(CHAIR, CHAIR_ROLES, booksWithADoubleEntry, LATER)))
                .isEqualTo("ledger.refused.alreadyDecided");
    }

    @Test
    void twoProposalsForTheSameEntryReverseItOnlyOnce() {
        CorrectionProposal first = treasurerProposesUndoingSeq2();
        CorrectionProposal second = CorrectionProposal.propose("c-2", booksWithADoubleEntry, 2, TREASURER,
                TREASURER_ROLES, "entered twice", MONDAY_MORNING, "u-51").orElseThrow();
        Ledger corrected = first.confirm(CHAIR, CHAIR_ROLES, booksWithADoubleEntry, LATER).orElseThrow()
                .appended().ledger();

        var outcome = second.confirm(SECRETARY, SECRETARY_ROLES, corrected, LATER);

        assertThat(refusalKey(outcome)).isEqualTo("ledger.refused.alreadyReversed");
    }
}
