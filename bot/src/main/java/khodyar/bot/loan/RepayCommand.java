package khodyar.bot.loan;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.loan.internal.Repayments;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /repay <amount>} and its menu button: a member reports a loan repayment handed to the
 * treasurer; it stays pending until a treasurer confirms it. Without an amount it asks for one.
 */
@Component
public class RepayCommand implements Command, Flow {

    static final String FLOW = "loan.repay";

    private final Repayments repayments;
    private final Conversations conversations;

    public RepayCommand(Repayments repayments, Conversations conversations) {
        this.repayments = repayments;
        this.conversations = conversations;
    }

    @Override
    public List<String> names() {
        return List.of("repay");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.repay");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.REPORT_REPAYMENT);
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        if (args.isBlank()) {
            if (repayments.outstandingLoanOf(group.id(), turn.userId()).isEmpty()) {
                turn.reply("loan.repay.noLoan");
                return;
            }
            conversations.start(turn.in(), FLOW, "amount", Map.of());
            turn.reply(Menu.cancelOnly(turn), "loan.repay.askAmount", turn.text(group.displayUnit().messageKey()));
            return;
        }
        report(turn, group, args);
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        if (turn.group().isEmpty() || turn.membership().isEmpty()) {
            conversations.end(turn.in());
            turn.reply("access.noGroup");
            return;
        }
        if (report(turn, turn.group().get(), turn.in().text() == null ? "" : turn.in().text())) {
            conversations.end(turn.in());
        }
    }

    private boolean report(Turn turn, GroupDoc group, String amountText) {
        Outcome<Money> amount = PersianInput.parseAmount(amountText, group.displayUnit());
        if (amount instanceof Outcome.Refused<Money> refused) {
            turn.reply(refused.refusal());
            return false;
        }
        return repayments.report(turn, group, amount.orElseThrow());
    }
}
