package khodyar.domain.ledger;

import static khodyar.domain.ledger.LedgerFixtures.CHAIR;
import static khodyar.domain.ledger.LedgerFixtures.CHAIR_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.GROUP;
import static khodyar.domain.ledger.LedgerFixtures.MEMBER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.MINA;
import static khodyar.domain.ledger.LedgerFixtures.MONDAY_MORNING;
import static khodyar.domain.ledger.LedgerFixtures.REZA;
import static khodyar.domain.ledger.LedgerFixtures.SECOND_TREASURER;
import static khodyar.domain.ledger.LedgerFixtures.SECRETARY;
import static khodyar.domain.ledger.LedgerFixtures.SECRETARY_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.golestanMembers;
import static khodyar.domain.ledger.LedgerFixtures.refusalKey;
import static khodyar.domain.ledger.LedgerFixtures.toman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import org.junit.jupiter.api.Test;

class PendingEntryTest {

    private static final Instant LATER = MONDAY_MORNING.plusSeconds(3_600);

    private final PendingEntry minasDeposit = PendingEntry.deposit("p-1", GROUP, MINA, MEMBER_ROLES, toman(500_000),
            MONDAY_MORNING, "u-77");
    private final PendingEntry treasurersDeposit = PendingEntry.deposit("p-2", GROUP, TREASURER, TREASURER_ROLES,
            toman(500_000), MONDAY_MORNING, "u-78");

    @Test
    void aTreasurerPostsAMembersDepositAndItBecomesASavingsTransaction() {
        PendingEntry posted = minasDeposit.post(TREASURER, TREASURER_ROLES, LATER).orElseThrow();

        assertThat(posted.state()).isEqualTo(PendingEntry.State.POSTED);
        assertThat(posted.decidedBy()).isEqualTo(TREASURER);
        TransactionDraft draft = posted.transactionDraft();
        assertThat(draft.code()).isEqualTo(TxCode.SAVINGS_DEPOSIT);
        assertThat(draft.postings()).containsExactly(Posting.savingsDeposit(MINA, toman(500_000)));
        assertThat(draft.reportedBy()).isEqualTo(MINA);
        assertThat(draft.confirmedBy()).isEqualTo(TREASURER);
        assertThat(draft.idempotencyKey()).isEqualTo("u-77");
    }

    @Test
    void aConfirmedRepaymentReducesWhatTheMemberOwesOnThatLoan() {
        PendingEntry repayment = PendingEntry.repayment("p-3", GROUP, REZA, MEMBER_ROLES, "L-4", toman(100_000),
                MONDAY_MORNING, "u-80");

        TransactionDraft draft = repayment.post(TREASURER, TREASURER_ROLES, LATER).orElseThrow().transactionDraft();

        assertThat(draft.code()).isEqualTo(TxCode.REPAYMENT);
        assertThat(draft.postings()).containsExactly(Posting.repayment(REZA, "L-4", toman(100_000)));
    }

    @Test
    void anOrdinaryMemberCannotConfirmADeposit() {
        assertThat(refusalKey(minasDeposit.post(REZA, MEMBER_ROLES, LATER))).isEqualTo("ledger.refused.notTreasurer");
        assertThat(refusalKey(minasDeposit.post(CHAIR, CHAIR_ROLES, LATER))).isEqualTo("ledger.refused.notTreasurer");
    }

    @Test
    void treasurerCannotConfirmOwnDeposit() {
        assertThat(refusalKey(treasurersDeposit.post(TREASURER, TREASURER_ROLES, LATER)))
                .isEqualTo("ledger.refused.ownEntry");
        assertThat(refusalKey(treasurersDeposit.voidIt(TREASURER, TREASURER_ROLES, "oops", LATER)))
                .isEqualTo("ledger.refused.ownEntry");
    }

    @Test
    void aTreasurersDepositIsConfirmedByTheChairOrAnotherBoardMember() {
        assertThat(treasurersDeposit.post(CHAIR, CHAIR_ROLES, LATER).isDone()).isTrue();
        assertThat(treasurersDeposit.post(SECRETARY, SECRETARY_ROLES, LATER).isDone()).isTrue();
        assertThat(treasurersDeposit.post(SECOND_TREASURER, TREASURER_ROLES, LATER).isDone()).isTrue();
        assertThat(refusalKey(treasurersDeposit.post(MINA, MEMBER_ROLES, LATER))).isEqualTo("ledger.refused.notBoard");
    }

    @Test
    void anEntryIsDecidedOnlyOnceSoAnOldButtonDoesNothing() {
        PendingEntry posted = minasDeposit.post(TREASURER, TREASURER_ROLES, LATER).orElseThrow();

        assertThat(refusalKey(posted.post(TREASURER, TREASURER_ROLES, LATER))).isEqualTo("ledger.refused.alreadyDecided");
        assertThat(refusalKey(posted.voidIt(TREASURER, TREASURER_ROLES, "late", LATER)))
                .isEqualTo("ledger.refused.alreadyDecided");
    }

    @Test
    void rejectingNeedsAReasonTheMemberWillSee() {
        assertThat(refusalKey(minasDeposit.voidIt(TREASURER, TREASURER_ROLES, "  ", LATER)))
                .isEqualTo("ledger.refused.reasonMissing");

        PendingEntry voided = minasDeposit.voidIt(TREASURER, TREASURER_ROLES, " not received ", LATER).orElseThrow();

        assertThat(voided.state()).isEqualTo(PendingEntry.State.VOIDED);
        assertThat(voided.reason()).isEqualTo("not received");
        assertThatThrownBy(voided::transactionDraft).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMembersReportGoesToEveryTreasurerAndATreasurersToTheRestOfTheBoard() {
        Map<PersonId, Set<Role>> members = new HashMap<>(golestanMembers());
        members.put(SECOND_TREASURER, TREASURER_ROLES);

        assertThat(ConfirmationPolicy.whoMayConfirm(MINA, members)).containsExactlyInAnyOrder(TREASURER, SECOND_TREASURER);
        assertThat(ConfirmationPolicy.whoMayConfirm(TREASURER, members))
                .containsExactlyInAnyOrder(CHAIR, SECRETARY, SECOND_TREASURER);
        assertThat(ConfirmationPolicy.whoMayConfirm(TREASURER, golestanMembers()))
                .containsExactlyInAnyOrder(CHAIR, SECRETARY);
    }
}
