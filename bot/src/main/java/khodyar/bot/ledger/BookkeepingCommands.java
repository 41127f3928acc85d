package khodyar.bot.ledger;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.ledger.internal.BankStatementDoc;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.RegularityDoc;
import khodyar.bot.ledger.internal.SavingsDoc;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.RegularityFigures;
import khodyar.domain.ledger.Rhythm;
import khodyar.domain.ledger.SavingsAgreement;
import khodyar.domain.ledger.SavingsBook;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianFormat;
import khodyar.domain.text.PersianInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The treasurer's and facilitator's book commands: the savings agreement ({@code /agreement}),
 * closing a round ({@code /closeround}), cash to the bank ({@code /tobank}) and the bank
 * statement's balance ({@code /bankstatement}).
 */
@Configuration(proxyBeanMethods = false)
public class BookkeepingCommands {

    @Bean
    Command agreementCommand(SavingsAgreements agreements, LedgerPeople people) {
        return command("agreement", Permission.RECORD_SAVINGS_AGREEMENT, (turn, args) -> {
            GroupDoc group = turn.group().orElseThrow();
            List<String> words = Arrays.asList(args.strip().split("\\s+"));
            int rhythmAt = -1;
            Rhythm rhythm = null;
            for (int i = 0; i < words.size() && rhythm == null; i++) {
                rhythm = rhythmNamed(turn, words.get(i));
                rhythmAt = i;
            }
            if (rhythm == null || rhythmAt == 0 || rhythmAt != words.size() - 2) {
                turn.reply("ledger.agreement.usage");
                return;
            }
            Outcome<Money> amount = PersianInput.parseAmount(String.join(" ", words.subList(0, rhythmAt)),
                    group.displayUnit());
            if (amount instanceof Outcome.Refused<Money> refused) {
                turn.reply(refused.refusal());
                return;
            }
            Outcome<LocalDate> first = PersianInput.parseJalaliDate(words.get(words.size() - 1));
            if (first instanceof Outcome.Refused<LocalDate> refused) {
                turn.reply(refused.refusal());
                return;
            }
            Outcome<SavingsAgreement> recorded = agreements.record(group.id(), amount.orElseThrow(), rhythm,
                    first.orElseThrow(), turn.userId(), turn.now());
            if (recorded instanceof Outcome.Refused<SavingsAgreement> refused) {
                turn.reply(refused.refusal());
                return;
            }
            turn.reply("ledger.agreement.recorded", people.amount(amount.orElseThrow(), group, turn.lang()),
                    turn.text(rhythm.messageKey()), PersianFormat.date(first.orElseThrow(), turn.lang().code()));
        });
    }

    @Bean
    Command closeRoundCommand(LedgerStore store, LedgerPeople people, SavingsRegularity regularity) {
        return command("closeround", Permission.KEEP_BOOKS, (turn, args) -> {
            GroupDoc group = turn.group().orElseThrow();
            Optional<SavingsDoc> savings = store.savings(group.id());
            if (savings.isEmpty()) {
                turn.reply("ledger.round.noAgreement");
                return;
            }
            String closeKey = "u" + turn.in().updateId();
            Optional<SavingsDoc.ClosedRound> closedBefore = savings.get().closedRounds().stream()
                    .filter(r -> closeKey.equals(r.closeKey())).findFirst();
            if (closedBefore.isPresent()) {
                turn.reply("ledger.round.closed", closedBefore.get().number());
                return;
            }
            int next = savings.get().closedRounds().size() + 1;
            SavingsBook book = savings.get().book(people.zone());
            Outcome<SavingsBook> closed = book.closeRound(next, new PersonId(turn.userId()), turn.roles(), turn.now());
            if (closed instanceof Outcome.Refused<SavingsBook> refused) {
                turn.reply(refused.refusal());
                return;
            }
            SavingsDoc.ClosedRound round = new SavingsDoc.ClosedRound(next, book.round(next).dueDate(), turn.now(),
                    turn.userId(), closeKey);
            // the regularity figures count the round now, so nobody replays the books to read them
            Map<PersonId, LocalDate> members = regularity.membersSince(group.id());
            RegularityFigures figures = regularity.current(savings.get(), members)
                    .close(closed.orElseThrow().round(next), book.agreement().amountPerRound(), members);
            if (!store.closeRound(group.id(), savings.get().closedRounds().size(), round, RegularityDoc.of(figures))) {
                turn.reply("ledger.round.raced");
                return;
            }
            turn.reply("ledger.round.closed", next);
        });
    }

    @Bean
    Command toBankCommand(LedgerStore store, LedgerPeople people) {
        return command("tobank", Permission.KEEP_BOOKS, (turn, args) -> {
            GroupDoc group = turn.group().orElseThrow();
            Outcome<Money> amount = PersianInput.parseAmount(args, group.displayUnit());
            if (amount instanceof Outcome.Refused<Money> refused) {
                turn.reply(args.isBlank() ? "ledger.tobank.usage" : refused.refusal().reasonKey(),
                        refused.refusal().args().toArray());
                return;
            }
            GroupId groupId = new GroupId(group.id());
            String key = "bank:u" + turn.in().updateId();
            FundTotals fund = FundTotals.of(store.balances(groupId).balances());
            if (store.byKey(groupId, key).isEmpty() && amount.orElseThrow().rials() > fund.cashRials()) {
                turn.reply("ledger.tobank.notEnoughCash", people.amount(Math.max(0, fund.cashRials()),
                        group.displayUnit(), turn.lang()));
                return;
            }
            PersonId me = new PersonId(turn.userId());
            Outcome<LedgerStore.Appended> appended = store.append(groupId, TransactionDraft.of(TxCode.CASH_TO_BANK,
                    Posting.cashToBank(amount.orElseThrow()), me, me, turn.now(), key, ""));
            if (appended instanceof Outcome.Refused<LedgerStore.Appended> refused) {
                turn.reply(refused.refusal());
                return;
            }
            turn.reply("ledger.tobank.done", people.amount(amount.orElseThrow(), group, turn.lang()),
                    appended.orElseThrow().transaction().seq());
        });
    }

    @Bean
    Command bankStatementCommand(LedgerStore store, LedgerPeople people) {
        return command("bankstatement", Permission.KEEP_BOOKS, (turn, args) -> {
            GroupDoc group = turn.group().orElseThrow();
            if (args.isBlank()) {
                turn.reply("ledger.statement.usage");
                return;
            }
            // a statement may show zero; only the amount's form is checked here
            Outcome<Money> amount = PersianInput.normaliseDigits(args.strip()).equals("0")
                    ? Outcome.done(Money.ZERO) : PersianInput.parseAmount(args, group.displayUnit());
            if (amount instanceof Outcome.Refused<Money> refused) {
                turn.reply(refused.refusal());
                return;
            }
            store.saveBankStatement(new BankStatementDoc(group.id(), amount.orElseThrow().rials(), turn.userId(),
                    turn.now()));
            FundTotals fund = FundTotals.of(store.balances(new GroupId(group.id())).balances());
            long difference = fund.bankDifferenceRials(amount.orElseThrow());
            turn.reply("ledger.statement.recorded", people.amount(amount.orElseThrow(), group, turn.lang()),
                    people.amount(fund.bankRials(), group.displayUnit(), turn.lang()),
                    people.amount(difference, group.displayUnit(), turn.lang()), difference == 0 ? 0 : 1);
        });
    }

    private static Rhythm rhythmNamed(Turn turn, String word) {
        for (Rhythm rhythm : Rhythm.values()) {
            if (word.equalsIgnoreCase(rhythm.name())) {
                return rhythm;
            }
            for (Lang lang : Lang.values()) {
                if (word.equalsIgnoreCase(turn.text(lang, rhythm.messageKey()))) {
                    return rhythm;
                }
            }
        }
        return null;
    }

    private static Command command(String name, Permission permission, BiConsumer<Turn, String> body) {
        return new Command() {
            @Override
            public List<String> names() {
                return List.of(name);
            }

            @Override
            public Optional<Permission> permission() {
                return Optional.of(permission);
            }

            @Override
            public void run(Turn turn, String args) {
                body.accept(turn, args);
            }
        };
    }
}
