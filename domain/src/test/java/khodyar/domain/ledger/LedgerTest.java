package khodyar.domain.ledger;

import static khodyar.domain.ledger.LedgerFixtures.CHAIR;
import static khodyar.domain.ledger.LedgerFixtures.GROUP;
import static khodyar.domain.ledger.LedgerFixtures.MINA;
import static khodyar.domain.ledger.LedgerFixtures.MONDAY_MORNING;
import static khodyar.domain.ledger.LedgerFixtures.REZA;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER;
import static khodyar.domain.ledger.LedgerFixtures.appended;
import static khodyar.domain.ledger.LedgerFixtures.depositConfirmedByTreasurer;
import static khodyar.domain.ledger.LedgerFixtures.refusalKey;
import static khodyar.domain.ledger.LedgerFixtures.toman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private final Ledger empty = Ledger.empty(GROUP);

    @Test
    void appendedTransactionsAreNumberedFromOneWithoutGaps() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(500_000), "u-1"));
        ledger = appended(ledger, depositConfirmedByTreasurer(REZA, toman(500_000), "u-2"));

        assertThat(ledger.transactions()).extracting(Transaction::seq).containsExactly(1L, 2L);
        assertThat(ledger.lastSeq()).isEqualTo(2);
        assertThat(empty.lastSeq()).isZero();
    }

    @Test
    void aRepeatedKeyWithTheSameContentAnswersAlreadyDoneAndMovesNothing() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(500_000), "u-1"));

        Appended again = ledger.append(depositConfirmedByTreasurer(MINA, toman(500_000), "u-1",
                MONDAY_MORNING.plusSeconds(30))).orElseThrow();

        assertThat(again.duplicate()).isTrue();
        assertThat(again.transaction().seq()).isEqualTo(1);
        assertThat(again.ledger().lastSeq()).isEqualTo(1);
        assertThat(again.ledger().balance(Account.CASH).debits()).isEqualTo(toman(500_000));
    }

    @Test
    void aRepeatedKeyWithAnotherAmountIsRefused() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(500_000), "u-1"));

        var outcome = ledger.append(depositConfirmedByTreasurer(MINA, toman(5_000_000), "u-1"));

        assertThat(refusalKey(outcome)).isEqualTo("ledger.refused.keyReused");
    }

    @Test
    void aCorrectionUndoesTheBalancesButKeepsBothEntries() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(500_000), "u-1"));
        Transaction wrong = ledger.bySeq(1).orElseThrow();

        ledger = appended(ledger, wrong.reversal(TREASURER, CHAIR, MONDAY_MORNING, "cb-9", "typed twice"));

        Transaction correction = ledger.bySeq(2).orElseThrow();
        assertThat(correction.code()).isEqualTo(TxCode.CORRECTION);
        assertThat(correction.reverses()).isEqualTo(1);
        assertThat(correction.memo()).isEqualTo("typed twice");
        assertThat(ledger.isReversed(1)).isTrue();
        Balance minaSavings = ledger.balance(new Account.MemberSavings(MINA));
        assertThat(minaSavings.rialsOnNormalSide(Account.Side.CREDIT)).isZero();
        assertThat(minaSavings.credits()).isEqualTo(toman(500_000));
        assertThat(minaSavings.debits()).isEqualTo(toman(500_000));
    }

    @Test
    void aTransactionIsCorrectedOnlyOnce() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(500_000), "u-1"));
        Transaction wrong = ledger.bySeq(1).orElseThrow();
        ledger = appended(ledger, wrong.reversal(TREASURER, CHAIR, MONDAY_MORNING, "cb-9", "typed twice"));

        var second = ledger.append(wrong.reversal(TREASURER, CHAIR, MONDAY_MORNING, "cb-10", "again"));

        assertThat(refusalKey(second)).isEqualTo("ledger.refused.alreadyReversed");
    }

    @Test
    void correctingATransactionThatIsNotThereIsRefused() {
        TransactionDraft phantom = new TransactionDraft(TxCode.CORRECTION,
                List.of(Posting.savingsDeposit(MINA, toman(1)).swapped()), TREASURER, CHAIR, MONDAY_MORNING, "cb-1",
                "?", 7);

        assertThat(refusalKey(empty.append(phantom))).isEqualTo("ledger.refused.noSuchTransaction");
    }

    @Test
    void aCorrectionThatDoesNotMirrorItsOriginalIsABug() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(500_000), "u-1"));
        TransactionDraft lopsided = new TransactionDraft(TxCode.CORRECTION,
                List.of(Posting.savingsDeposit(MINA, toman(400_000)).swapped()), TREASURER, CHAIR, MONDAY_MORNING,
                "cb-1", "?", 1);

        assertThatThrownBy(() -> ledger.append(lopsided)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPostingAgainstItsCodesConventionIsABug() {
        assertThatThrownBy(() -> TransactionDraft.of(TxCode.SAVINGS_DEPOSIT, Posting.cashToBank(toman(1)), MINA,
                TREASURER, MONDAY_MORNING, "u-1", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(Account.CASH, Account.CASH, toman(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fundTotalsShowSavingsCashBankLoansAndIncome() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(500_000), "u-1"));
        ledger = appended(ledger, depositConfirmedByTreasurer(REZA, toman(300_000), "u-2"));
        ledger = appended(ledger, TransactionDraft.of(TxCode.CASH_TO_BANK, Posting.cashToBank(toman(600_000)),
                TREASURER, CHAIR, MONDAY_MORNING, "u-3", ""));
        ledger = appended(ledger, TransactionDraft.of(TxCode.LOAN_DISBURSEMENT,
                Posting.loanDisbursement(REZA, "L-1", toman(150_000)), TREASURER, CHAIR, MONDAY_MORNING, "u-4", ""));
        ledger = appended(ledger, TransactionDraft.of(TxCode.INTEREST,
                Posting.incomeInCash(IncomeKind.INTEREST, toman(5_000)), REZA, TREASURER, MONDAY_MORNING, "u-5", ""));

        FundTotals totals = ledger.fundTotals();

        assertThat(totals.memberSavingsRials()).isEqualTo(toman(800_000).rials());
        assertThat(totals.bankRials()).isEqualTo(toman(600_000).rials());
        assertThat(totals.cashRials()).isEqualTo(toman(55_000).rials());
        assertThat(totals.loansOutstandingRials()).isEqualTo(toman(150_000).rials());
        assertThat(totals.incomeRials()).isEqualTo(toman(5_000).rials());
        assertThat(totals.assetsRials()).isEqualTo(totals.memberSavingsRials() + totals.incomeRials());
        assertThat(totals.bankDifferenceRials(toman(590_000))).isEqualTo(-toman(10_000).rials());
    }

    @Test
    void aMemberSeesOnlyTheirOwnLastEntries() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(100_000), "u-1"));
        ledger = appended(ledger, depositConfirmedByTreasurer(REZA, toman(200_000), "u-2"));
        ledger = appended(ledger, depositConfirmedByTreasurer(MINA, toman(300_000), "u-3"));
        ledger = appended(ledger, TransactionDraft.of(TxCode.LOAN_DISBURSEMENT,
                Posting.loanDisbursement(MINA, "L-1", toman(50_000)), TREASURER, CHAIR, MONDAY_MORNING, "u-4", ""));

        assertThat(ledger.entriesOf(MINA, 2)).extracting(Transaction::seq).containsExactly(3L, 4L);
        assertThat(ledger.entriesOf(MINA, 10)).extracting(Transaction::seq).containsExactly(1L, 3L, 4L);
        assertThat(ledger.entriesOf(REZA, 10)).extracting(Transaction::seq).containsExactly(2L);
    }

    @Test
    void storedBooksLoadAgainAndBrokenOnesFailLoudly() {
        Ledger ledger = appended(empty, depositConfirmedByTreasurer(MINA, toman(100_000), "u-1"));
        ledger = appended(ledger, depositConfirmedByTreasurer(REZA, toman(200_000), "u-2"));

        Ledger loaded = Ledger.of(GROUP, ledger.transactions());

        assertThat(loaded.balances()).isEqualTo(ledger.balances());
        assertThat(loaded.transactions()).isEqualTo(ledger.transactions());
        List<Transaction> withGap = List.of(ledger.transactions().get(1));
        assertThatThrownBy(() -> Ledger.of(GROUP, withGap)).isInstanceOf(IllegalStateException.class);
    }
}
