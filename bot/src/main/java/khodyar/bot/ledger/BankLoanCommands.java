package khodyar.bot.ledger;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Balance;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The group's bank loans and grants as the treasurer records them: {@code /bankloan <amount>} when a
 * bank loan arrives in the group's account (roadmap M1, M9), {@code /bankrepay <amount>} for a payment to
 * the bank (M7 when the first loan is paid off), {@code /grant <amount> <source>} for capital assistance
 * from a donor (C6, note N2). Each is one ledger entry keyed by the update, so it moves money once.
 */
@Component
public class BankLoanCommands implements Command {

    private final LedgerStore store;
    private final LedgerPeople people;

    public BankLoanCommands(LedgerStore store, LedgerPeople people) {
        this.store = store;
        this.people = people;
    }

    @Override
    public List<String> names() {
        return List.of("bankloan", "bankrepay", "grant");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.KEEP_BOOKS);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        String command = turn.in().commandName();
        if (args.isBlank()) {
            turn.reply("ledger.bank." + command + ".usage");
            return;
        }
        String source = null;
        Outcome<Money> amount = PersianInput.parseAmount(args, group.displayUnit());
        if (command.equals("grant")) {
            // the amount is the longest run of leading words that reads as one; the source is the rest
            String[] words = args.strip().split("\\s+");
            amount = null;
            for (int k = words.length - 1; k >= 1 && amount == null; k--) {
                Outcome<Money> leading = PersianInput.parseAmount(String.join(" ", java.util.Arrays.asList(words).subList(0, k)),
                        group.displayUnit());
                if (leading.isDone()) {
                    amount = leading;
                    source = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
                }
            }
            if (amount == null) {
                turn.reply("ledger.bank.grant.usage");
                return;
            }
        }
        if (amount instanceof Outcome.Refused<Money> refused) {
            turn.reply(refused.refusal());
            return;
        }
        GroupId groupId = new GroupId(group.id());
        Map<Account, Balance> balances = store.balances(groupId).balances();
        String key = command + ":u" + turn.in().updateId();
        Money money = amount.orElseThrow();
        Posting posting;
        TxCode code;
        switch (command) {
            case "bankloan" -> {
                posting = Posting.bankLoan("bl" + Long.toString(turn.in().updateId(), 36), money);
                code = TxCode.BANK_LOAN;
            }
            case "bankrepay" -> {
                Optional<Account.BankLoanPayable> owed = oldestOwed(balances);
                if (owed.isEmpty()) {
                    turn.reply("ledger.bank.nothingOwed");
                    return;
                }
                long stillOwed = balances.get(owed.get()).rialsOnNormalSide(Account.Side.CREDIT);
                long inBank = FundTotals.of(balances).bankRials();
                if (store.byKey(groupId, key).isEmpty() && (money.rials() > stillOwed || money.rials() > inBank)) {
                    turn.reply("ledger.bank.tooMuch", people.amount(stillOwed, group.displayUnit(), turn.lang()),
                            people.amount(Math.max(0, inBank), group.displayUnit(), turn.lang()));
                    return;
                }
                posting = Posting.bankLoanRepayment(owed.get().bankLoanId(), money);
                code = TxCode.BANK_LOAN_REPAYMENT;
            }
            default -> {
                posting = Posting.grant(source, Account.BANK, money);
                code = TxCode.GRANT;
            }
        }
        PersonId me = new PersonId(turn.userId());
        Outcome<LedgerStore.Appended> appended = store.append(groupId,
                TransactionDraft.of(code, posting, me, me, turn.now(), key, ""));
        if (appended instanceof Outcome.Refused<LedgerStore.Appended> refused) {
            turn.reply(refused.refusal());
            return;
        }
        turn.reply("ledger.bank." + command + ".done", people.amount(money, group, turn.lang()),
                appended.orElseThrow().transaction().seq());
    }

    /** The bank loan received first that is not yet paid off: loans are repaid in the order they came. */
    private static Optional<Account.BankLoanPayable> oldestOwed(Map<Account, Balance> balances) {
        return balances.entrySet().stream()
                .filter(e -> e.getKey() instanceof Account.BankLoanPayable)
                .filter(e -> e.getValue().rialsOnNormalSide(Account.Side.CREDIT) > 0)
                .map(e -> (Account.BankLoanPayable) e.getKey())
                .min(java.util.Comparator.comparing(Account.BankLoanPayable::bankLoanId,
                        java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder())));
    }
}
