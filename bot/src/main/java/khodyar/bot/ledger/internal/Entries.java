package khodyar.bot.ledger.internal;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Turn;
import org.springframework.context.annotation.Lazy;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.ledger.RepaymentSettlement;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.ledger.ConfirmationPolicy;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reported deposits and loan repayments from report to decision: who is asked, the guarded
 * decision, the ledger append (a repayment's split is the loan feature's {@link RepaymentSettlement}),
 * and telling everyone concerned. Pressing twice, an old button, or two confirmers at once: the
 * guarded state change lets one decision through and the others hear who decided.
 */
@Component
public class Entries {

    public static final String CONFIRM = "lgc";
    public static final String REJECT = "lgr";

    private static final Logger log = LoggerFactory.getLogger(Entries.class);

    private final LedgerStore store;
    private final LedgerPeople people;
    private final OutboundQueue outbound;
    private final ChatRouter router;
    private final ObjectProvider<RepaymentSettlement> repayments;

    public Entries(LedgerStore store, LedgerPeople people, OutboundQueue outbound, @Lazy ChatRouter router,
                   ObjectProvider<RepaymentSettlement> repayments) {
        this.router = router;
        this.repayments = repayments;
        this.store = store;
        this.people = people;
        this.outbound = outbound;
    }

    /** A deposit report's id is this prefix and the update's key; its posted entry's key is {@link #DEPOSIT_KEY} and the same. */
    static final String DEPOSIT_REPORT_ID = "d";
    static final String DEPOSIT_KEY = "dep:";

    /** The id of the report a deposit entry was posted from, read off the entry's key; empty when not from one. */
    public static Optional<String> depositReportId(String entryKey) {
        return entryKey != null && entryKey.startsWith(DEPOSIT_KEY)
                ? Optional.of(DEPOSIT_REPORT_ID + entryKey.substring(DEPOSIT_KEY.length())) : Optional.empty();
    }

    /** Records the turn's deposit report (once, however often the update comes) and asks the confirmers. */
    public void reportDeposit(Turn turn, GroupDoc group, Money amount) {
        String updateKey = Long.toString(turn.in().updateId(), 36);
        PendingEntry entry = PendingEntry.deposit(DEPOSIT_REPORT_ID + updateKey, new GroupId(group.id()),
                new PersonId(turn.userId()), turn.roles(), amount, turn.now(), DEPOSIT_KEY + updateKey);
        PendingDoc stored = report(turn, group, entry);
        List<PendingDoc.Notice> notices = stored.notices();
        if (notices.isEmpty()) {
            turn.reply(router.menu().keyboardFor(turn), "ledger.deposit.reportedNoConfirmer", people.amount(stored.amount(), group, turn.lang()));
            return;
        }
        turn.reply(router.menu().keyboardFor(turn), "ledger.deposit.reported", people.amount(stored.amount(), group, turn.lang()), notices.size());
    }

    /**
     * Records the turn's repayment of {@code loanId} (once, however often the update comes) and asks the
     * confirmers; answers how many were asked. The member's reply is the loan feature's to give.
     */
    public int reportRepayment(Turn turn, GroupDoc group, String loanId, Money amount) {
        String updateKey = Long.toString(turn.in().updateId(), 36);
        PendingEntry entry = PendingEntry.repayment("r" + updateKey, new GroupId(group.id()),
                new PersonId(turn.userId()), turn.roles(), loanId, amount, turn.now(), "rep:" + updateKey);
        return report(turn, group, entry).notices().size();
    }

    /** Stores the report if new and asks its confirmers; answers it as stored, with the requests sent. */
    private PendingDoc report(Turn turn, GroupDoc group, PendingEntry entry) {
        if (!store.report(PendingDoc.of(entry))) {
            log.info("{} {} was reported before; answering again", entry.kind(), entry.id());
        }
        PendingDoc stored = store.pending(entry.id()).orElseThrow();
        List<PendingDoc.Notice> notices = askConfirmers(turn, group, stored);
        store.setNotices(stored.id(), notices);
        return store.pending(entry.id()).orElseThrow();
    }

    /** The people the four-eyes rules allow to decide about what {@code member} reported, by id. */
    public List<Long> confirmersOf(String groupId, long member) {
        return ConfirmationPolicy.whoMayConfirm(new PersonId(member), people.memberRoles(groupId)).stream()
                .map(PersonId::value).sorted().toList();
    }

    private List<PendingDoc.Notice> askConfirmers(Turn turn, GroupDoc group, PendingDoc entry) {
        List<PendingDoc.Notice> notices = new ArrayList<>();
        for (long confirmer : confirmersOf(group.id(), entry.member())) {
            Lang lang = people.langOf(confirmer);
            String id = turn.notify(confirmer, Priority.INTERACTIVE, requestText(lang, group, entry),
                    buttons(lang, entry));
            notices.add(new PendingDoc.Notice(confirmer, id));
        }
        return notices;
    }

    public String requestText(Lang lang, GroupDoc group, PendingDoc entry) {
        if (entry.kind() == PendingEntry.Kind.REPAYMENT) {
            return settlement().requestText(lang, group, entry.toEntry());
        }
        return people.text(lang, "ledger.deposit.request", people.nameOf(group.id(), entry.member()),
                people.amount(entry.amount(), group, lang), group.name(),
                people.date(entry.reportedAt(), lang));
    }

    public Keyboard buttons(Lang lang, PendingDoc entry) {
        return people.decisionButtons(lang, CONFIRM + ":" + entry.id(), REJECT + ":" + entry.id());
    }

    /** A confirm button pressed. */
    public void confirm(Turn turn, String entryId) {
        Optional<PendingDoc> found = store.pending(entryId);
        Optional<GroupDoc> group = found.flatMap(e -> people.group(e.groupId()));
        if (found.isEmpty() || group.isEmpty()) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        PendingDoc entry = found.get();
        if (entry.state() != PendingEntry.State.PENDING) {
            alreadyDecided(turn, group.get(), entry);
            return;
        }
        Set<Role> roles = people.rolesIn(turn, group.get());
        if (entry.kind() == PendingEntry.Kind.REPAYMENT) {
            Optional<String> doesNotFit = settlement().refusalToPost(turn.lang(), group.get(), entry.toEntry());
            if (doesNotFit.isPresent()) {
                turn.answerCallback(doesNotFit.get());
                return;
            }
        }
        Outcome<PendingEntry> posted = entry.toEntry().post(new PersonId(turn.userId()), roles, turn.now());
        if (posted instanceof Outcome.Refused<PendingEntry> refused) {
            turn.answerCallback(turn.text(refused.refusal()));
            return;
        }
        PendingDoc won = store.decide(posted.orElseThrow());
        if (won == null) {
            alreadyDecided(turn, group.get(), store.pending(entryId).orElseThrow());
            return;
        }
        Lang memberLang = people.langOf(won.member());
        Optional<String> toMember = appendPosted(won, memberLang);
        String amount = people.amount(won.amount(), group.get(), turn.lang());
        String member = people.nameOf(won.groupId(), won.member());
        turn.answerCallback(turn.text("ledger.deposit.confirmedShort"));
        turn.editPressedMessage(turn.text(textKey(won, "confirmedByYou"), member, amount), null);
        if (won.kind() == PendingEntry.Kind.DEPOSIT) {
            toMember = Optional.of(people.text(memberLang, "ledger.deposit.confirmedToMember",
                    people.amount(won.amount(), group.get(), memberLang), people.nameOf(won.groupId(), turn.userId())));
        }
        toMember.ifPresent(text -> turn.notify(won.member(), Priority.INTERACTIVE, text, null));
        tellOtherConfirmers(turn, group.get(), won);
    }

    /** Whether the reject button may lead to the reason question; empty when it may. */
    public Optional<Refusal> mayReject(Turn turn, PendingDoc entry, GroupDoc group) {
        if (entry.state() != PendingEntry.State.PENDING) {
            return Optional.of(Refusal.of("ledger.refused.alreadyDecided"));
        }
        return ConfirmationPolicy.mayDecideEntry(
                new ConfirmationPolicy.Owner(new PersonId(entry.member()), entry.memberWasTreasurer()),
                new ConfirmationPolicy.Decider(new PersonId(turn.userId()), people.rolesIn(turn, group)));
    }

    /** The reason typed after pressing reject; answers whether the conversation is over. */
    public boolean reject(Turn turn, String entryId, String reason, Integer pressedMessageId) {
        Optional<PendingDoc> found = store.pending(entryId);
        Optional<GroupDoc> group = found.flatMap(e -> people.group(e.groupId()));
        if (found.isEmpty() || group.isEmpty()) {
            turn.reply("callback.stale");
            return true;
        }
        PendingDoc entry = found.get();
        if (entry.state() != PendingEntry.State.PENDING) {
            turn.reply("ledger.pending.alreadyDecidedBy", people.nameOf(entry.groupId(), entry.decidedBy()));
            return true;
        }
        Outcome<PendingEntry> voided = entry.toEntry().voidIt(new PersonId(turn.userId()),
                people.rolesIn(turn, group.get()), reason, turn.now());
        if (voided instanceof Outcome.Refused<PendingEntry> refused) {
            turn.reply(refused.refusal());
            return !"ledger.refused.reasonMissing".equals(refused.refusal().reasonKey());
        }
        PendingDoc won = store.decide(voided.orElseThrow());
        if (won == null) {
            PendingDoc now = store.pending(entryId).orElseThrow();
            turn.reply("ledger.pending.alreadyDecidedBy", people.nameOf(now.groupId(), now.decidedBy()));
            return true;
        }
        String member = people.nameOf(won.groupId(), won.member());
        String amount = people.amount(won.amount(), group.get(), turn.lang());
        if (pressedMessageId != null) {
            turn.editMessage(turn.in().chatId(), pressedMessageId,
                    turn.text(textKey(won, "rejectedByYou"), member, amount, won.reason()), null);
        }
        turn.reply(router.menu().keyboardFor(turn), "ledger.deposit.rejectDone", member);
        Lang memberLang = people.langOf(won.member());
        turn.notify(won.member(), Priority.INTERACTIVE, people.text(memberLang, textKey(won, "rejectedToMember"),
                people.amount(won.amount(), group.get(), memberLang), people.nameOf(won.groupId(), turn.userId()),
                won.reason()), null);
        tellOtherConfirmers(turn, group.get(), won);
        return true;
    }

    /**
     * Appends the transactions of a posted entry: a deposit's own, or a repayment's split as its loan
     * says. Idempotent: the keys are named after the report's key, so a repeat after a crash between the
     * decision and the append finds them there. Answers what the loan tells a repaying member.
     */
    public Optional<String> appendPosted(PendingDoc posted, Lang memberLang) {
        if (posted.kind() == PendingEntry.Kind.REPAYMENT) {
            Optional<String> toMember = settlement().settle(posted.toEntry(), memberLang);
            if (toMember.isPresent()) {
                store.markAppended(posted.id());
            }
            return toMember;
        }
        Outcome<LedgerStore.Appended> appended = store.append(new GroupId(posted.groupId()),
                posted.toEntry().transactionDraft());
        if (appended instanceof Outcome.Refused<LedgerStore.Appended> refused) {
            throw new IllegalStateException("posted entry " + posted.id() + " cannot be appended: " + refused.refusal());
        }
        store.markAppended(posted.id());
        return Optional.empty();
    }

    /** Appends what was posted but not appended before a crash. */
    public int repairPosted() {
        List<PendingDoc> unfinished = store.postedNotAppended();
        unfinished.forEach(posted -> appendPosted(posted, people.langOf(posted.member())));
        return unfinished.size();
    }

    /** The key for what happened to a report, by its kind: {@code ledger.deposit.*} or {@code ledger.repayment.*}. */
    public static String textKey(PendingDoc entry, String what) {
        return (entry.kind() == PendingEntry.Kind.REPAYMENT ? "ledger.repayment." : "ledger.deposit.") + what;
    }

    private RepaymentSettlement settlement() {
        RepaymentSettlement settlement = repayments.getIfAvailable();
        if (settlement == null) {
            throw new IllegalStateException("a repayment was reported but no loan feature settles repayments");
        }
        return settlement;
    }

    private void alreadyDecided(Turn turn, GroupDoc group, PendingDoc entry) {
        if (entry.state() == PendingEntry.State.POSTED && !entry.appended()) {
            appendPosted(entry, people.langOf(entry.member()));
        }
        String by = people.nameOf(entry.groupId(), entry.decidedBy());
        turn.answerCallback(turn.text("ledger.pending.alreadyDecidedBy", by));
        turn.editPressedMessage(decidedText(turn.lang(), group, entry), null);
    }

    private String decidedText(Lang lang, GroupDoc group, PendingDoc entry) {
        String key = textKey(entry, entry.state() == PendingEntry.State.POSTED ? "confirmedBy" : "rejectedBy");
        return people.text(lang, key, people.nameOf(entry.groupId(), entry.member()),
                people.amount(entry.amount(), group, lang), people.nameOf(entry.groupId(), entry.decidedBy()));
    }

    private void tellOtherConfirmers(Turn turn, GroupDoc group, PendingDoc decided) {
        for (PendingDoc.Notice notice : decided.notices()) {
            if (notice.person() == turn.userId()) {
                continue;
            }
            Optional<Integer> sent = outbound.sentMessageId(notice.outboxId());
            // a request not yet sent will say "already decided" when pressed
            sent.ifPresent(messageId -> turn.editMessage(notice.person(), messageId,
                    decidedText(people.langOf(notice.person()), group, decided), null));
        }
    }

    /** The entries {@code turn}'s person may decide now, oldest first. */
    public List<PendingDoc> decidableBy(Turn turn, GroupDoc group) {
        Set<Role> roles = people.rolesIn(turn, group);
        return store.waiting(group.id()).stream()
                .filter(e -> ConfirmationPolicy.mayDecideEntry(
                        new ConfirmationPolicy.Owner(new PersonId(e.member()), e.memberWasTreasurer()),
                        new ConfirmationPolicy.Decider(new PersonId(turn.userId()), roles)).isEmpty())
                .sorted(Comparator.comparing(PendingDoc::reportedAt))
                .toList();
    }

    /**
     * Reminds the confirmers of every deposit or repayment waiting longer than {@code after}, once per
     * entry, person and day: the outbox id names all three, so a second run that day sends nothing.
     */
    public int remind(Instant now, java.time.Duration after, java.time.ZoneId zone) {
        List<OutMessage> reminders = new ArrayList<>();
        String day = now.atZone(zone).toLocalDate().toString();
        for (PendingDoc entry : store.waitingSince(now.minus(after))) {
            Optional<GroupDoc> group = people.group(entry.groupId());
            if (group.isEmpty()) {
                continue;
            }
            long daysWaiting = java.time.Duration.between(entry.reportedAt(), now).toDays();
            for (long confirmer : confirmersOf(entry.groupId(), entry.member())) {
                Lang lang = people.langOf(confirmer);
                String text = people.text(lang, "ledger.pending.reminder", daysWaiting)
                        + "\n" + requestText(lang, group.get(), entry);
                String about = entry.kind() == PendingEntry.Kind.REPAYMENT ? "rem:rep:" : "rem:dep:";
                reminders.add(new OutMessage(about + entry.id() + ":" + confirmer + ":" + day, confirmer,
                        OutMessage.Kind.SEND_TEXT, Priority.BROADCAST, text, buttons(lang, entry), null, null, null,
                        null, now, null, 0, OutMessage.State.PENDING, null));
            }
        }
        outbound.enqueue(reminders);
        return reminders.size();
    }
}
