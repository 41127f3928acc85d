package khodyar.bot.loan;

import khodyar.bot.assembly.ProposalDecidedListener;
import khodyar.bot.assembly.Proposing;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.loan.internal.LoanDoc;
import khodyar.bot.loan.internal.LoanStore;
import khodyar.bot.loan.internal.LoanTexts;
import khodyar.bot.store.Inserts;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.FreeMotion;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Role;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.LoanStatus;
import khodyar.domain.text.PersianInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Writing off an overdue loan by the assembly's vote: a board member (or the facilitator) proposes
 * {@code /propose writeoff <member number>}, the members vote on it as a motion, and a passed vote
 * moves the loan to WRITTEN_OFF. The proposal is a free motion tied to its loan by a stored record,
 * since the domain has no write-off proposal kind. The ledger has no code for a loss yet, so the
 * amount stays in the member's loan account (see the report).
 */
@Component
public class WriteOffs implements ProposalDecidedListener {

    /** Which loan a write-off motion is about; written before the vote opens, keyed by the proposal. */
    @Document("loan_write_offs")
    public record WriteOffDoc(@Id String proposalId, String groupId, String loanId) {
    }

    private final Proposing proposing;
    private final Groups groups;
    private final LoanStore store;
    private final LoanTexts texts;
    private final MongoTemplate mongo;

    public WriteOffs(Proposing proposing, Groups groups, LoanStore store, LoanTexts texts, MongoTemplate mongo) {
        this.proposing = proposing;
        this.groups = groups;
        this.store = store;
        this.texts = texts;
        this.mongo = mongo;
    }

    /** Opens the write-off vote of the overdue loan of the member numbered as /members numbers them. */
    public void propose(Turn turn, String memberNumber) {
        GroupDoc group = turn.group().orElseThrow();
        if (Collections.disjoint(turn.roles(), Role.BOARD) && !turn.roles().contains(Role.FACILITATOR)) {
            turn.reply("assembly2.writeoff.boardOnly");
            return;
        }
        Outcome<Long> number = PersianInput.parseWholeNumber(memberNumber);
        List<Membership> members = groups.members(group.id());
        if (!(number instanceof Outcome.Done<Long> done) || done.value() < 1 || done.value() > members.size()) {
            turn.reply("assembly2.writeoff.usage");
            return;
        }
        Membership member = members.get(done.value().intValue() - 1);
        LocalDate today = texts.day(turn.now());
        Optional<Loan> overdue = store.openOf(group.id(), member.userId()).stream().map(LoanDoc::toLoan)
                .filter(loan -> loan.status() == LoanStatus.OVERDUE
                        || (loan.status().isOutstanding() && !loan.lateInstalments(today).isEmpty()))
                .findFirst();
        if (overdue.isEmpty()) {
            turn.reply("assembly2.writeoff.noOverdueLoan", member.name());
            return;
        }
        Loan loan = overdue.get();
        String motion = turn.text("assembly2.writeoff.motion", member.name(),
                texts.amount(loan.outstandingPrincipal(), group, turn.lang()));
        String key = "writeoff:" + loan.id().value() + ":u" + turn.in().updateId();
        // the record goes first, so a decided vote always finds its loan
        Inserts.insertIfNew(mongo, new WriteOffDoc(proposing.proposalIdFor(group.id(), key), group.id(),
                loan.id().value()));
        proposing.open(turn, new FreeMotion(motion), key);
    }

    @Override
    public void decided(Proposal proposal, Decision decision, List<AssemblyEffect> effects) {
        if (!decision.passed()) {
            return;
        }
        WriteOffDoc writeOff = mongo.findById(proposal.id().value(), WriteOffDoc.class);
        if (writeOff == null) {
            return;
        }
        LocalDate decidedOn = texts.day(decision.decidedAt());
        store.update(writeOff.loanId(), loan -> loan.status().isOutstanding() ? loan.writeOff(decidedOn) : loan);
    }
}
