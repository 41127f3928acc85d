package khodyar.domain.ledger;

import static khodyar.domain.ledger.LedgerFixtures.GROUP;
import static khodyar.domain.ledger.LedgerFixtures.MINA;
import static khodyar.domain.ledger.LedgerFixtures.REZA;
import static khodyar.domain.ledger.LedgerFixtures.appended;
import static khodyar.domain.ledger.LedgerFixtures.depositConfirmedByTreasurer;
import static khodyar.domain.ledger.LedgerFixtures.toman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalanceCacheTest {

    private final Ledger threeDeposits = appended(appended(appended(Ledger.empty(GROUP),
            depositConfirmedByTreasurer(MINA, toman(100_000), "u-1")),
            depositConfirmedByTreasurer(REZA, toman(200_000), "u-2")),
            depositConfirmedByTreasurer(MINA, toman(300_000), "u-3"));

    @Test
    void aCacheLeftBehindByACrashCatchesUpToTheBooks() {
        BalanceCache storedBeforeCrash = BalanceCache.empty().catchUp(threeDeposits.transactions().subList(0, 1));

        BalanceCache caughtUp = storedBeforeCrash.catchUp(threeDeposits.transactionsAfter(storedBeforeCrash.seq()));

        assertThat(caughtUp).isEqualTo(threeDeposits.rebuild());
        assertThat(caughtUp.seq()).isEqualTo(3);
        assertThat(caughtUp.balance(new Account.MemberSavings(MINA)).credits()).isEqualTo(toman(400_000));
    }

    @Test
    void replayingWhatTheCacheAlreadyReflectsChangesNothing() {
        BalanceCache full = threeDeposits.rebuild();

        assertThat(full.catchUp(threeDeposits.transactions())).isEqualTo(full);
    }

    @Test
    void aGapInTheReplayIsABug() {
        List<Transaction> missingTheSecond = List.of(threeDeposits.transactions().get(2));

        assertThatThrownBy(() -> BalanceCache.empty().catchUp(missingTheSecond))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reconciliationOfAnHonestCacheIsClean() {
        BalanceCache stale = BalanceCache.empty().catchUp(threeDeposits.transactions().subList(0, 2));

        Reconciliation check = Reconciliation.compare(stale, threeDeposits);

        assertThat(check.isClean()).isTrue();
        assertThat(check.cacheSeq()).isEqualTo(2);
        assertThat(check.ledgerSeq()).isEqualTo(3);
    }

    @Test
    void reconciliationNamesTheAccountWhoseStoredBalanceWasTamperedWith() {
        BalanceCache honest = threeDeposits.rebuild();
        Map<Account, Balance> tampered = new HashMap<>(honest.balances());
        Account minaSavings = new Account.MemberSavings(MINA);
        tampered.put(minaSavings, honest.balance(minaSavings).credit(toman(1)));

        Reconciliation check = Reconciliation.compare(new BalanceCache(tampered, honest.seq()), threeDeposits);

        assertThat(check.isClean()).isFalse();
        assertThat(check.differences()).singleElement().satisfies(difference -> {
            assertThat(difference.account()).isEqualTo(minaSavings);
            assertThat(difference.rebuilt().credits()).isEqualTo(toman(400_000));
        });
    }

    @Test
    void aCacheClaimingMoreThanTheBooksHoldIsNotClean() {
        BalanceCache fromTheFuture = new BalanceCache(threeDeposits.rebuild().balances(), 9);

        Reconciliation check = Reconciliation.compare(fromTheFuture, threeDeposits);

        assertThat(check.cacheAhead()).isTrue();
        assertThat(check.isClean()).isFalse();
    }
}
