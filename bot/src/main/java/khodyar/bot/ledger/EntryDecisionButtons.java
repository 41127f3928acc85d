package khodyar.bot.ledger;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.bot.ledger.internal.Entries;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.group.GroupDoc;
import khodyar.domain.common.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The confirm and reject buttons of a reported deposit or loan repayment, and the short reason a
 * rejection asks for.
 * Both are safe to press twice: the decision is a guarded state change in the store.
 */
@Configuration(proxyBeanMethods = false)
public class EntryDecisionButtons {

    static final String REASON_FLOW = "ledger.rejectReason";
    static final int LONGEST_REASON = 300;

    @Bean
    CallbackAction confirmEntryButton(Entries entries) {
        return new CallbackAction() {
            @Override
            public String prefix() {
                return Entries.CONFIRM;
            }

            @Override
            public void onPress(Turn turn, String[] args) {
                if (args.length != 1) {
                    turn.answerCallback(turn.text("callback.stale"));
                    return;
                }
                entries.confirm(turn, args[0]);
            }
        };
    }

    @Bean
    CallbackAction rejectEntryButton(Entries entries, LedgerStore store, LedgerPeople people,
                                     Conversations conversations) {
        return new CallbackAction() {
            @Override
            public String prefix() {
                return Entries.REJECT;
            }

            @Override
            public void onPress(Turn turn, String[] args) {
                Optional<PendingDoc> entry = args.length == 1 ? store.pending(args[0]) : Optional.empty();
                Optional<GroupDoc> group = entry.flatMap(e -> people.group(e.groupId()));
                if (entry.isEmpty() || group.isEmpty()) {
                    turn.answerCallback(turn.text("callback.stale"));
                    return;
                }
                if (!entry.get().isPending()) {
                    entries.confirm(turn, args[0]); // answers who decided and edits the old buttons away
                    return;
                }
                Optional<Refusal> refusal = entries.mayReject(turn, entry.get(), group.get());
                if (refusal.isPresent()) {
                    turn.answerCallback(turn.text(refusal.get()));
                    return;
                }
                Map<String, String> answers = new HashMap<>();
                answers.put("entry", entry.get().id());
                if (turn.in().callbackMessageId() != null) {
                    answers.put("message", Integer.toString(turn.in().callbackMessageId()));
                }
                conversations.start(turn.in(), REASON_FLOW, "reason", answers);
                turn.answerCallback(null);
                turn.reply(Menu.cancelOnly(turn), Entries.textKey(entry.get(), "askRejectReason"),
                        people.nameOf(entry.get().groupId(), entry.get().member()));
            }
        };
    }

    @Bean
    Flow rejectReasonFlow(Entries entries, Conversations conversations) {
        return new Flow() {
            @Override
            public String name() {
                return REASON_FLOW;
            }

            @Override
            public void onInput(Turn turn, Conversation conversation) {
                String reason = turn.in().text() == null ? "" : turn.in().text().strip();
                if (reason.length() > LONGEST_REASON) {
                    turn.reply("ledger.reasonTooLong", LONGEST_REASON);
                    return;
                }
                String message = conversation.answer("message");
                boolean over = entries.reject(turn, conversation.answer("entry"), reason,
                        message == null ? null : Integer.valueOf(message));
                if (over) {
                    conversations.end(turn.in());
                }
            }
        };
    }
}
