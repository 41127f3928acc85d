package khodyar.bot.ledger;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.bot.ledger.internal.Entries;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /deposit <amount>} and the menu button: a member reports savings handed to the treasurer.
 * Without an amount it asks for one (with cancel); a bad amount is explained and nothing is recorded.
 */
@Component
public class DepositCommand implements Command, Flow {

    static final String FLOW = "ledger.deposit";

    private final Entries entries;
    private final Conversations conversations;

    public DepositCommand(Entries entries, Conversations conversations) {
        this.entries = entries;
        this.conversations = conversations;
    }

    @Override
    public List<String> names() {
        return List.of("deposit");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.deposit");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.REPORT_DEPOSIT);
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public void run(Turn turn, String args) {
        if (args.isBlank()) {
            conversations.start(turn.in(), FLOW, "amount", Map.of());
            turn.reply(Menu.cancelOnly(turn), "ledger.deposit.askAmount",
                    turn.text(turn.group().orElseThrow().displayUnit().messageKey()));
            return;
        }
        report(turn, args);
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        if (turn.group().isEmpty() || turn.membership().isEmpty()) {
            conversations.end(turn.in());
            turn.reply("access.noGroup");
            return;
        }
        if (report(turn, turn.in().text() == null ? "" : turn.in().text())) {
            conversations.end(turn.in());
        }
    }

    /** Reports the deposit if the amount reads; answers whether it did. */
    private boolean report(Turn turn, String amountText) {
        Outcome<Money> amount = PersianInput.parseAmount(amountText, turn.group().orElseThrow().displayUnit());
        if (amount instanceof Outcome.Refused<Money> refused) {
            turn.reply(refused.refusal());
            return false;
        }
        entries.reportDeposit(turn, turn.group().orElseThrow(), amount.orElseThrow());
        return true;
    }
}
