package khodyar.bot.books;

import khodyar.bot.assembly.AssemblyService;
import khodyar.bot.assembly.GroupRulesStore;
import khodyar.bot.ledger.LedgerFacts;
import khodyar.bot.meeting.MeetingFacts;
import khodyar.domain.assembly.DecidedSteps;
import khodyar.domain.group.GroupId;
import khodyar.domain.roadmap.BookFacts;
import khodyar.domain.roadmap.StepId;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roadmap's facts, read where they are kept: money that moved from the ledger, the interest rate
 * and the other decided steps from the assembly's votes, the trainings held from the meetings. A
 * request for capital assistance (C6) is the local implementer's sign-off itself, so the books never
 * claim one.
 */
@Component
public class BooksFromLedgerAndAssembly implements GroupBooks {

    private final LedgerFacts ledger;
    private final GroupRulesStore rules;
    private final AssemblyService assembly;
    private final MeetingFacts meetings;

    public BooksFromLedgerAndAssembly(LedgerFacts ledger, GroupRulesStore rules, AssemblyService assembly,
                                      MeetingFacts meetings) {
        this.ledger = ledger;
        this.rules = rules;
        this.assembly = assembly;
        this.meetings = meetings;
    }

    @Override
    public BookFacts factsOf(String groupId) {
        LedgerFacts.Facts money = ledger.factsOf(groupId);
        GroupId group = new GroupId(groupId);
        Set<StepId> onRecord = EnumSet.noneOf(StepId.class);
        DecidedSteps.of(assembly.proposalsOf(group)).forEach(step -> onRecord.add(StepId.valueOf(step)));
        onRecord.addAll(meetings.stepsFulfilledByTrainings(groupId));
        return new BookFacts(money.confirmedDeposits(), money.closedSavingsRounds(),
                rules.interestRateDecided(group), money.internalLoansPaidOut(),
                money.internalRepaymentsConfirmed(), money.bankLoansReceived(), money.bankLoansRepaid(), false,
                onRecord);
    }
}
