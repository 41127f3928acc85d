package khodyar.bot.ledger;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.ledger.internal.Entries;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.domain.group.Permission;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * {@code /pending}: what waits for this treasurer (or, for a treasurer's own deposit, this board
 * member), each as its own message with confirm and reject buttons.
 */
@Component
public class PendingCommand implements Command {

    /** A long backlog is shown in parts; the rest follow as these are decided. */
    static final int MOST_SHOWN = 20;

    private final Entries entries;

    public PendingCommand(Entries entries) {
        this.entries = entries;
    }

    @Override
    public List<String> names() {
        return List.of("pending");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.pending");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.CONFIRM_PAYMENT);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        List<PendingDoc> waiting = entries.decidableBy(turn, group);
        if (waiting.isEmpty()) {
            turn.reply("ledger.pending.none", group.name());
            return;
        }
        turn.reply("ledger.pending.title", waiting.size(), group.name());
        for (PendingDoc entry : waiting.subList(0, Math.min(MOST_SHOWN, waiting.size()))) {
            turn.notify(turn.in().chatId(), Priority.INTERACTIVE, entries.requestText(turn.lang(), group, entry),
                    entries.buttons(turn.lang(), entry));
        }
    }
}
