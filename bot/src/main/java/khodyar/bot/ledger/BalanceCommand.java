package khodyar.bot.ledger;

import khodyar.bot.chat.Access;
import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Membership;
import khodyar.bot.ledger.internal.BankStatementDoc;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.ledger.internal.SavingsDoc;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Balance;
import khodyar.domain.ledger.BalanceCache;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Regularity;
import khodyar.domain.ledger.SavingsAgreement;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /balance}: the member's own savings, loans, dues and last entries, and the fund's totals,
 * read from the balance cache (caught up) rather than by replaying the books. The board and the
 * facilitator also get each member's savings ({@code /balance all} or its button), the books against
 * the bank statement, and the group's regularity; nobody else sees another member's details.
 */
@Component
public class BalanceCommand implements Command, CallbackAction {

    static final String ALL_MEMBERS = "lgb";
    static final int LAST_ENTRIES = 5;

    private final LedgerStore store;
    private final LedgerPeople people;
    private final Access access;
    private final SavingsRegularity regularity;

    public BalanceCommand(LedgerStore store, LedgerPeople people, Access access, SavingsRegularity regularity) {
        this.store = store;
        this.people = people;
        this.access = access;
        this.regularity = regularity;
    }

    @Override
    public List<String> names() {
        return List.of("balance");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.balance");
    }

    @Override
    public String prefix() {
        return ALL_MEMBERS;
    }

    @Override
    public void run(Turn turn, String args) {
        boolean maySeeMembers = access.allows(turn, Permission.VIEW_MEMBER_DETAILS);
        if (!maySeeMembers) {
            Optional<khodyar.domain.common.Refusal> refusal = access.check(turn, Permission.VIEW_OWN_BALANCE);
            if (refusal.isPresent()) {
                turn.reply(refusal.get());
                return;
            }
        }
        GroupDoc group = turn.group().orElseThrow();
        if (args.strip().equalsIgnoreCase("all")) {
            if (!maySeeMembers) {
                turn.reply(access.check(turn, Permission.VIEW_MEMBER_DETAILS).orElseThrow());
                return;
            }
            turn.replyText(allMembers(turn, group), null);
            return;
        }
        BalanceCache balances = store.balances(new GroupId(group.id()));
        StringBuilder text = new StringBuilder();
        turn.membership().ifPresent(me -> text.append(own(turn, group, me, balances)).append("\n\n"));
        FundTotals fund = FundTotals.of(balances.balances());
        text.append(turn.text("ledger.balance.fund", group.name(), amount(turn, group, fund.memberSavingsRials()),
                amount(turn, group, fund.cashRials()), amount(turn, group, fund.bankRials()),
                amount(turn, group, fund.loansOutstandingRials())));
        Keyboard keyboard = null;
        if (maySeeMembers) {
            text.append("\n\n").append(board(turn, group, fund));
            keyboard = Keyboard.inline(List.of(List.of(
                    new Keyboard.Button(turn.text("ledger.button.allMembers"), ALL_MEMBERS + ":all"))));
        }
        turn.replyText(text.toString(), keyboard);
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        Optional<khodyar.domain.common.Refusal> refusal = access.check(turn, Permission.VIEW_MEMBER_DETAILS);
        if (refusal.isPresent()) {
            turn.answerCallback(turn.text(refusal.get()));
            return;
        }
        turn.answerCallback(null);
        turn.replyText(allMembers(turn, turn.group().orElseThrow()), null);
    }

    private String own(Turn turn, GroupDoc group, Membership me, BalanceCache balances) {
        PersonId person = new PersonId(me.userId());
        long savings = balances.balance(new Account.MemberSavings(person)).rialsOnNormalSide(Account.Side.CREDIT);
        long loans = 0;
        for (Map.Entry<Account, Balance> entry : balances.balances().entrySet()) {
            if (entry.getKey() instanceof Account.MemberLoan loan && loan.member().equals(person)) {
                loans = Math.addExact(loans, entry.getValue().rialsOnNormalSide(Account.Side.DEBIT));
            }
        }
        StringBuilder text = new StringBuilder(turn.text("ledger.balance.own", group.name(),
                amount(turn, group, savings), amount(turn, group, loans)));
        store.savingsTerms(group.id()).ifPresent(agreement ->
                text.append("\n").append(dues(turn, group, me, agreement, savings)));
        List<PendingDoc> waiting = store.waitingOf(group.id(), me.userId());
        if (!waiting.isEmpty()) {
            long rials = waiting.stream().mapToLong(PendingDoc::rials).reduce(0, Math::addExact);
            text.append("\n").append(turn.text("ledger.balance.pending", amount(turn, group, rials), waiting.size()));
        }
        List<Transaction> last = store.entriesOf(new GroupId(group.id()), me.userId(), LAST_ENTRIES);
        if (last.isEmpty()) {
            text.append("\n").append(turn.text("ledger.balance.noEntries"));
        } else {
            text.append("\n").append(turn.text("ledger.balance.lastTitle"));
            for (Transaction transaction : last) {
                text.append("\n").append(turn.text("ledger.balance.entryLine", people.date(transaction.at(), turn.lang()),
                        turn.text(transaction.code().messageKey()),
                        amount(turn, group, ownShare(transaction, person)), transaction.seq()));
            }
        }
        return text.toString();
    }

    /**
     * What the member still owes under the agreement: rounds due since they joined, less their savings;
     * counted from the terms and the number of closed rounds, without walking the rounds.
     */
    private String dues(Turn turn, GroupDoc group, Membership me, SavingsDoc.Terms agreement, long savings) {
        LocalDate today = turn.now().atZone(people.zone()).toLocalDate();
        LocalDate since = me.joinedAt().atZone(people.zone()).toLocalDate();
        SavingsAgreement terms = agreement.agreement();
        int lastRound = Math.max(agreement.closedCount(), terms.roundsDueBy(today));
        long owed = terms.owedThrough(since, savings, lastRound).rials();
        String rule = turn.text("ledger.balance.agreement", amount(turn, group, agreement.amountPerRoundRials()),
                turn.text(agreement.rhythm().messageKey()));
        return rule + "\n" + (owed > 0 ? turn.text("ledger.balance.dues", amount(turn, group, owed))
                : turn.text("ledger.balance.noDues"));
    }

    private String board(Turn turn, GroupDoc group, FundTotals fund) {
        StringBuilder text = new StringBuilder();
        Optional<BankStatementDoc> statement = store.bankStatement(group.id());
        if (statement.isPresent()) {
            long difference = fund.bankDifferenceRials(Money.ofRials(statement.get().rials()));
            text.append(turn.text("ledger.balance.bank", amount(turn, group, statement.get().rials()),
                    people.date(statement.get().recordedAt(), turn.lang()), amount(turn, group, difference),
                    difference == 0 ? 0 : 1));
        } else {
            text.append(turn.text("ledger.balance.noStatement"));
        }
        store.savingsTerms(group.id()).ifPresent(agreement -> {
            Regularity ofGroup = regularity.ofGroup(group.id());
            text.append("\n").append(turn.text("ledger.balance.groupRegularity", ofGroup.roundsOnTime(),
                    ofGroup.roundsDue(), agreement.closedCount()));
        });
        return text.toString();
    }

    private String allMembers(Turn turn, GroupDoc group) {
        BalanceCache balances = store.balances(new GroupId(group.id()));
        Map<Long, Regularity> byMember = regularity.byMember(group.id());
        StringBuilder text = new StringBuilder(turn.text("ledger.balance.allTitle", group.name()));
        int number = 0;
        for (Membership member : people.members(group.id())) {
            number++;
            long savings = balances.balance(new Account.MemberSavings(new PersonId(member.userId())))
                    .rialsOnNormalSide(Account.Side.CREDIT);
            Regularity theirs = byMember.get(member.userId());
            text.append("\n").append(theirs == null
                    ? turn.text("ledger.balance.memberLine", number, member.name(), amount(turn, group, savings))
                    : turn.text("ledger.balance.memberLineRegularity", number, member.name(),
                    amount(turn, group, savings), theirs.roundsOnTime(), theirs.roundsDue()));
        }
        return text.toString();
    }

    private static long ownShare(Transaction transaction, PersonId person) {
        long rials = 0;
        for (Posting posting : transaction.postings()) {
            if (owns(posting.debit(), person) || owns(posting.credit(), person)) {
                rials = Math.addExact(rials, posting.amount().rials());
            }
        }
        return rials;
    }

    private static boolean owns(Account account, PersonId person) {
        return (account instanceof Account.MemberSavings s && s.member().equals(person))
                || (account instanceof Account.MemberLoan l && l.member().equals(person));
    }

    private String amount(Turn turn, GroupDoc group, long rials) {
        return people.amount(rials, group.displayUnit(), turn.lang());
    }
}
