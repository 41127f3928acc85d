package khodyar.bot.books;

import khodyar.bot.assembly.GroupRulesStore;
import khodyar.bot.ledger.LedgerFacts;
import khodyar.domain.group.GroupId;
import khodyar.domain.roadmap.BookFacts;
import org.springframework.stereotype.Component;

/**
 * The roadmap's facts, read where they are kept: money that moved from the ledger, the interest rate
 * from the assembly's decisions. A request for capital assistance (C6) is the local implementer's
 * sign-off itself, so the books never claim one.
 */
@Component
public class BooksFromLedgerAndAssembly implements GroupBooks {

    private final LedgerFacts ledger;
    private final GroupRulesStore rules;

    public BooksFromLedgerAndAssembly(LedgerFacts ledger, GroupRulesStore rules) {
        this.ledger = ledger;
        this.rules = rules;
    }

    @Override
    public BookFacts factsOf(String groupId) {
        LedgerFacts.Facts money = ledger.factsOf(groupId);
        return new BookFacts(money.confirmedDeposits(), money.closedSavingsRounds(),
                rules.interestRateDecided(new GroupId(groupId)), money.internalLoansPaidOut(),
                money.internalRepaymentsConfirmed(), money.bankLoansReceived(), money.bankLoansRepaid(), false);
    }
}
