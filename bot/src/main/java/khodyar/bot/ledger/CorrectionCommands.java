package khodyar.bot.ledger;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.ledger.internal.CorrectionDoc;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.ledger.CorrectionProposal;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /correct <seq> <reason>}: a treasurer proposes to reverse one transaction; a second board
 * member confirms (the reversing CORRECTION is appended) or rejects it by button. Nothing is edited
 * or deleted; a decision is a guarded state change, so a second press hears who decided.
 */
@Component
public class CorrectionCommands implements Command {

    static final String CONFIRM = "lkc";
    static final String REJECT = "lkr";
    static final int LONGEST_REASON = 300;

    private final LedgerStore store;
    private final LedgerPeople people;

    public CorrectionCommands(LedgerStore store, LedgerPeople people) {
        this.store = store;
        this.people = people;
    }

    @Override
    public List<String> names() {
        return List.of("correct");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.KEEP_BOOKS);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        String[] parts = args.strip().split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            turn.reply("ledger.correct.usage");
            return;
        }
        if (parts[1].length() > LONGEST_REASON) {
            turn.reply("ledger.reasonTooLong", LONGEST_REASON);
            return;
        }
        Outcome<Long> seq = PersianInput.parseWholeNumber(parts[0]);
        if (seq instanceof Outcome.Refused<Long> refused) {
            turn.reply(refused.refusal());
            return;
        }
        String update = Long.toString(turn.in().updateId(), 36);
        Outcome<CorrectionProposal> proposed = CorrectionProposal.propose("k" + update, store.ledger(new GroupId(group.id())),
                seq.orElseThrow(), new PersonId(turn.userId()), turn.roles(), parts[1], turn.now(), "corr:" + update);
        if (proposed instanceof Outcome.Refused<CorrectionProposal> refused) {
            turn.reply(refused.refusal());
            return;
        }
        store.propose(CorrectionDoc.of(proposed.orElseThrow()));
        CorrectionDoc proposal = store.correction(proposed.orElseThrow().id()).orElseThrow();
        Transaction corrected = store.bySeq(new GroupId(group.id()), proposal.correctedSeq()).orElseThrow();
        List<PendingDoc.Notice> notices = new ArrayList<>();
        for (Membership member : people.members(group.id())) {
            if (member.userId() == turn.userId() || !member.role().isBoard()) {
                continue;
            }
            Lang lang = people.langOf(member.userId());
            String id = turn.notify(member.userId(), Priority.INTERACTIVE, describe(lang, group, proposal, corrected),
                    people.decisionButtons(lang, CONFIRM + ":" + proposal.id(), REJECT + ":" + proposal.id()));
            notices.add(new PendingDoc.Notice(member.userId(), id));
        }
        store.setCorrectionNotices(proposal.id(), notices);
        turn.reply(notices.isEmpty() ? "ledger.correct.noBoard" : "ledger.correct.proposed", proposal.correctedSeq(),
                notices.size());
    }

    private String describe(Lang lang, GroupDoc group, CorrectionDoc proposal, Transaction corrected) {
        long rials = corrected.postings().stream().mapToLong(p -> p.amount().rials()).reduce(0, Math::addExact);
        return people.text(lang, "ledger.correct.request", people.nameOf(group.id(), proposal.proposedBy()),
                proposal.correctedSeq(), people.text(lang, corrected.code().messageKey()),
                people.amount(rials, group.displayUnit(), lang), people.date(corrected.at(), lang), proposal.reason());
    }

    @Component
    static class ConfirmButton implements CallbackAction {
        private final Decisions decisions;

        ConfirmButton(Decisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String prefix() {
            return CONFIRM;
        }

        @Override
        public void onPress(Turn turn, String[] args) {
            decisions.decide(turn, args, true);
        }
    }

    @Component
    static class RejectButton implements CallbackAction {
        private final Decisions decisions;

        RejectButton(Decisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String prefix() {
            return REJECT;
        }

        @Override
        public void onPress(Turn turn, String[] args) {
            decisions.decide(turn, args, false);
        }
    }

    @Component
    static class Decisions {
        private final LedgerStore store;
        private final LedgerPeople people;
        private final OutboundQueue outbound;

        Decisions(LedgerStore store, LedgerPeople people, OutboundQueue outbound) {
            this.store = store;
            this.people = people;
            this.outbound = outbound;
        }

        void decide(Turn turn, String[] args, boolean confirm) {
            Optional<CorrectionDoc> found = args.length == 1 ? store.correction(args[0]) : Optional.empty();
            Optional<GroupDoc> group = found.flatMap(c -> people.group(c.groupId()));
            if (found.isEmpty() || group.isEmpty()) {
                turn.answerCallback(turn.text("callback.stale"));
                return;
            }
            CorrectionDoc proposal = found.get();
            GroupId groupId = new GroupId(proposal.groupId());
            if (proposal.state() != CorrectionProposal.State.PROPOSED) {
                alreadyDecided(turn, group.get(), proposal);
                return;
            }
            Set<Role> roles = people.rolesIn(turn, group.get());
            PersonId me = new PersonId(turn.userId());
            Outcome<CorrectionProposal> decided = confirm
                    ? proposal.toProposal().confirm(me, roles, store.ledger(groupId), turn.now())
                    .map(CorrectionProposal.Confirmed::proposal)
                    : proposal.toProposal().reject(me, roles, turn.now());
            if (decided instanceof Outcome.Refused<CorrectionProposal> refused) {
                turn.answerCallback(turn.text(refused.refusal()));
                return;
            }
            CorrectionDoc won = store.decide(decided.orElseThrow());
            if (won == null) {
                alreadyDecided(turn, group.get(), store.correction(proposal.id()).orElseThrow());
                return;
            }
            if (confirm) {
                Optional<Refusal> refusal = appendReversal(won);
                if (refusal.isPresent()) {
                    turn.answerCallback(turn.text(refusal.get()));
                    return;
                }
            }
            String key = confirm ? "ledger.correct.confirmedBy" : "ledger.correct.rejectedBy";
            turn.answerCallback(turn.text(confirm ? "ledger.correct.confirmedShort" : "ledger.correct.rejectedShort"));
            turn.editPressedMessage(turn.text(key, won.correctedSeq(), people.nameOf(won.groupId(), turn.userId())), null);
            Lang proposerLang = people.langOf(won.proposedBy());
            turn.notify(won.proposedBy(), Priority.INTERACTIVE, people.text(proposerLang, key, won.correctedSeq(),
                    people.nameOf(won.groupId(), turn.userId())), null);
            for (PendingDoc.Notice notice : won.notices()) {
                if (notice.person() != turn.userId()) {
                    outbound.sentMessageId(notice.outboxId()).ifPresent(messageId -> turn.editMessage(notice.person(),
                            messageId, people.text(people.langOf(notice.person()), key, won.correctedSeq(),
                                    people.nameOf(won.groupId(), turn.userId())), null));
                }
            }
        }

        private void alreadyDecided(Turn turn, GroupDoc group, CorrectionDoc proposal) {
            if (proposal.state() == CorrectionProposal.State.CONFIRMED && !proposal.appended()) {
                appendReversal(proposal);
            }
            turn.answerCallback(turn.text("ledger.pending.alreadyDecidedBy",
                    people.nameOf(group.id(), proposal.decidedBy())));
            String key = proposal.state() == CorrectionProposal.State.CONFIRMED
                    ? "ledger.correct.confirmedBy" : "ledger.correct.rejectedBy";
            turn.editPressedMessage(turn.text(key, proposal.correctedSeq(),
                    people.nameOf(group.id(), proposal.decidedBy())), null);
        }

        /** Appends the reversal of a confirmed proposal; its key is the proposal's, so it lands once. */
        Optional<Refusal> appendReversal(CorrectionDoc confirmed) {
            GroupId groupId = new GroupId(confirmed.groupId());
            Transaction corrected = store.bySeq(groupId, confirmed.correctedSeq()).orElseThrow();
            Outcome<LedgerStore.Appended> appended = store.append(groupId, corrected.reversal(
                    new PersonId(confirmed.proposedBy()), new PersonId(confirmed.decidedBy()), confirmed.decidedAt(),
                    confirmed.proposalKey(), confirmed.reason()));
            if (appended instanceof Outcome.Refused<LedgerStore.Appended> refused) {
                return Optional.of(refused.refusal());
            }
            store.markCorrectionAppended(confirmed.id());
            return Optional.empty();
        }

        int repairConfirmed() {
            List<CorrectionDoc> unfinished = store.confirmedNotAppended();
            unfinished.forEach(this::appendReversal);
            return unfinished.size();
        }
    }
}
