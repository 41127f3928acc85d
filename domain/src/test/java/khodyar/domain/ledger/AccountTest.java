package khodyar.domain.ledger;

import static khodyar.domain.ledger.LedgerFixtures.MINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void everyAccountIsFoundAgainUnderItsStoredKey() {
        List<Account> accounts = List.of(new Account.MemberSavings(MINA), new Account.MemberLoan(MINA, "L-7:b"),
                Account.CASH, Account.BANK, new Account.Income(IncomeKind.INTEREST), new Account.Income(IncomeKind.FEE),
                new Account.Income(IncomeKind.FINE), new Account.Grant("imam-khomeini-relief"),
                new Account.BankLoanPayable("bank-mehr-1"));

        for (Account account : accounts) {
            assertThat(Account.parse(account.key())).isEqualTo(account);
        }
        assertThat(new Account.MemberLoan(MINA, "L-7").key()).isEqualTo("loan:201:L-7");
        assertThat(new Account.MemberSavings(MINA).key()).isEqualTo("savings:201");
    }

    @Test
    void aBrokenStoredKeyFailsLoudly() {
        assertThatThrownBy(() -> Account.parse("savings:mina")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.parse("loan:201")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.parse("income:gift")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.parse("wallet")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assetsGrowOnTheDebitSideAndWhatTheGroupOwesOnTheCreditSide() {
        assertThat(Account.CASH.normalSide()).isEqualTo(Account.Side.DEBIT);
        assertThat(new Account.MemberLoan(MINA, "L-1").normalSide()).isEqualTo(Account.Side.DEBIT);
        assertThat(new Account.MemberSavings(MINA).normalSide()).isEqualTo(Account.Side.CREDIT);
        assertThat(new Account.BankLoanPayable("b").normalSide()).isEqualTo(Account.Side.CREDIT);
    }
}
