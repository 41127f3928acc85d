package khodyar.bot.ledger;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.config.BotSettings;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.ledger.internal.Entries;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.Role;
import khodyar.domain.ledger.Ledger;
import khodyar.domain.ledger.Reconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds each group's balances from its postings and compares them with the stored cache, at start
 * and on {@code /reconcile}. A difference is an alarm: logged, told to the admins, and the cache is
 * replaced by the rebuild (the postings are the truth). At start it first finishes any decision a
 * crash interrupted between the state change and the ledger append.
 */
@Component
public class Reconciler implements Command {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final LedgerStore store;
    private final Entries entries;
    private final CorrectionCommands.Decisions corrections;
    private final LedgerPeople people;
    private final OutboundQueue outbound;
    private final BotSettings settings;
    private final Clock clock;

    public Reconciler(LedgerStore store, Entries entries, CorrectionCommands.Decisions corrections, LedgerPeople people,
                      OutboundQueue outbound, BotSettings settings, Clock clock) {
        this.store = store;
        this.entries = entries;
        this.corrections = corrections;
        this.people = people;
        this.outbound = outbound;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Thread check = new Thread(() -> {
            try {
                int repaired = entries.repairPosted() + corrections.repairConfirmed();
                if (repaired > 0) {
                    log.warn("appended {} decided entries a crash had left out of the ledger", repaired);
                }
                reconcileAll();
            } catch (RuntimeException e) {
                log.error("reconciliation at start failed", e);
            }
        }, "ledger-reconcile");
        check.setDaemon(true);
        check.start();
    }

    /** Checks every group's books; answers the groups whose cache differed. */
    public List<String> reconcileAll() {
        List<String> alarms = new ArrayList<>();
        for (String groupId : store.groupsWithBooks()) {
            if (!reconcile(groupId).isClean()) {
                alarms.add(groupId);
            }
        }
        return alarms;
    }

    public Reconciliation reconcile(String groupId) {
        GroupId group = new GroupId(groupId);
        Ledger ledger = store.ledger(group);
        Reconciliation result = Reconciliation.compare(store.storedCache(group), ledger);
        if (result.isClean()) {
            return result;
        }
        log.error("LEDGER ALARM: group {} balance cache (seq {}) differs from its postings (seq {}): {}", groupId,
                result.cacheSeq(), result.ledgerSeq(), result.differences());
        store.replaceCache(group, ledger.rebuild());
        String name = people.group(groupId).map(g -> g.name()).orElse(groupId);
        List<OutMessage> alarms = new ArrayList<>();
        for (long admin : settings.admins()) {
            Lang lang = people.langOf(admin);
            alarms.add(new OutMessage("alarm:recon:" + groupId + ":" + result.ledgerSeq() + ":" + result.hashCode()
                    + ":" + admin, admin, OutMessage.Kind.SEND_TEXT, OutMessage.Priority.INTERACTIVE,
                    people.text(lang, "ledger.reconcile.alarmToAdmin", name, result.differences().size(),
                            result.ledgerSeq()), null, null, null, null, null, clock.instant(), null, 0,
                    OutMessage.State.PENDING, null));
        }
        outbound.enqueue(alarms);
        return result;
    }

    @Override
    public List<String> names() {
        return List.of("reconcile");
    }

    @Override
    public void run(Turn turn, String args) {
        if (turn.group().isEmpty() && turn.globalRoles().contains(Role.ADMIN)) {
            List<String> alarms = reconcileAll();
            turn.reply(alarms.isEmpty() ? "ledger.reconcile.allClean" : "ledger.reconcile.someDiffered", alarms.size());
            return;
        }
        if (turn.group().isEmpty() || !turn.roles().stream().anyMatch(Permission.RECONCILE_BOOKS.allowedRoles()::contains)) {
            turn.reply(turn.group().isEmpty() ? "access.noGroup" : "ledger.reconcile.denied");
            return;
        }
        Reconciliation result = reconcile(turn.group().get().id());
        if (result.isClean()) {
            turn.reply("ledger.reconcile.clean", result.ledgerSeq());
        } else {
            turn.reply("ledger.reconcile.differed", result.differences().size(), result.ledgerSeq());
        }
    }
}
