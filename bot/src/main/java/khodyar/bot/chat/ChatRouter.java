package khodyar.bot.chat;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.people.People;
import khodyar.bot.people.Person;
import khodyar.bot.telegram.intake.UpdateDispatcher;
import khodyar.bot.telegram.outbound.OutboundQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an update into a reply: a button press goes to its callback action, a typed command or a menu
 * button to its command (after the permission check), other text to the conversation in progress.
 * Whatever the input, the person gets a short answer; an unexpected failure is logged and answered
 * with an apology rather than silence.
 */
@org.springframework.stereotype.Component
public class ChatRouter implements UpdateDispatcher.Handler {

    private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);
    /** Telegram never sends more; anything longer is not an answer to any question we ask. */
    static final int LONGEST_SENSIBLE_INPUT = 4096;

    private final People people;
    private final Groups groups;
    private final Access access;
    private final Conversations conversations;
    private final Messages messages;
    private final OutboundQueue outbound;
    private final Clock clock;
    private final Map<String, Command> commandsByName = new HashMap<>();
    private final Map<String, CallbackAction> callbacks = new HashMap<>();
    private final Map<String, Flow> flows = new HashMap<>();
    private final Menu menu;

    public ChatRouter(People people, Groups groups, Access access, Conversations conversations, Messages messages,
                      OutboundQueue outbound, Clock clock, List<Command> commands, List<CallbackAction> callbackActions,
                      List<Flow> flowList) {
        this.people = people;
        this.groups = groups;
        this.access = access;
        this.conversations = conversations;
        this.messages = messages;
        this.outbound = outbound;
        this.clock = clock;
        commands.forEach(c -> c.names().forEach(n -> register(commandsByName, n, c)));
        callbackActions.forEach(a -> register(callbacks, a.prefix(), a));
        flowList.forEach(f -> register(flows, f.name(), f));
        this.menu = new Menu(commands, access, messages);
    }

    public Menu menu() {
        return menu;
    }

    @Override
    public void handle(Update update) {
        Optional<Incoming> parsed = Incoming.of(update);
        if (parsed.isEmpty()) {
            return;
        }
        Incoming in = parsed.get();
        Turn turn = open(in);
        try {
            route(turn);
        } catch (RuntimeException e) {
            log.error("update {} failed", in.updateId(), e);
            turn.answerCallback(null);
            turn.reply("error.unexpected");
        }
        outbound.enqueue(turn.messages());
    }

    /** Loads who is speaking and in which group, so every handler sees the same facts. */
    public Turn open(Incoming in) {
        Person person = people.meet(in.userId(), in.userName(), in.username());
        GroupDoc group = groups.find(person.activeGroupId()).orElse(null);
        Membership membership = group == null ? null : groups.membership(group.id(), person.id()).orElse(null);
        return new Turn(in, person, messages, clock.instant(), group, membership,
                access.groupRoles(person, group, membership), access.globalRoles(person));
    }

    private void route(Turn turn) {
        Incoming in = turn.in();
        if (in.isCallback()) {
            String[] parts = in.callbackData() == null ? new String[0] : in.callbackData().split(":");
            CallbackAction action = parts.length == 0 ? null : callbacks.get(parts[0]);
            if (action == null) {
                turn.answerCallback(turn.text("callback.stale"));
                return;
            }
            action.onPress(turn, java.util.Arrays.copyOfRange(parts, 1, parts.length));
            return;
        }
        if (in.text() != null && in.text().length() > LONGEST_SENSIBLE_INPUT) {
            turn.reply("input.tooLong");
            return;
        }
        // read once: a command or the menu ends a conversation in progress, other text goes on with it
        Optional<Conversation> conversation = conversations.current(in);
        if (in.isCommand()) {
            Command command = commandsByName.get(in.commandName());
            if (command == null) {
                turn.reply(menu.keyboardFor(turn), "command.unknown");
                return;
            }
            endIfAny(conversation, in);
            run(turn, command, in.commandArgs());
            return;
        }
        if (menu.isCancel(in.text())) {
            endIfAny(conversation, in);
            turn.reply(menu.keyboardFor(turn), "flow.cancelled");
            return;
        }
        Optional<Command> fromMenu = in.text() == null ? Optional.empty() : menu.byLabel(in.text());
        if (fromMenu.isPresent()) {
            endIfAny(conversation, in);
            run(turn, fromMenu.get(), "");
            return;
        }
        if (conversation.isPresent() && flows.containsKey(conversation.get().flow())) {
            flows.get(conversation.get().flow()).onInput(turn, conversation.get());
            return;
        }
        turn.reply(menu.keyboardFor(turn), "chat.notUnderstood");
    }

    /** Most commands come with no conversation in progress: then there is nothing to delete. */
    private void endIfAny(Optional<Conversation> conversation, Incoming in) {
        if (conversation.isPresent()) {
            conversations.end(in);
        }
    }

    private void run(Turn turn, Command command, String args) {
        if (command.permission().isPresent()) {
            var refusal = access.check(turn, command.permission().get());
            if (refusal.isPresent()) {
                turn.reply(refusal.get());
                return;
            }
        }
        command.run(turn, args);
    }

    private static <T> void register(Map<String, T> registry, String name, T handler) {
        if (registry.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("two handlers for " + name);
        }
    }
}
