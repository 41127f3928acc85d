package khodyar.bot.chat;

import khodyar.bot.i18n.Messages;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.ReplyButton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The main menu: a reply keyboard of the actions the person's roles allow, two to a row. */
public final class Menu {

    static final String CANCEL_KEY = "button.cancel";

    private final List<Command> commands;
    private final Access access;
    private final Messages messages;

    Menu(List<Command> commands, Access access, Messages messages) {
        this.commands = commands.stream().filter(c -> c.menuKey().isPresent()).toList();
        this.access = access;
        this.messages = messages;
    }

    public Keyboard keyboardFor(Turn turn) {
        List<List<ReplyButton>> rows = new ArrayList<>();
        List<ReplyButton> row = new ArrayList<>();
        for (Command command : commands) {
            if (command.permission().map(p -> access.allows(turn, p)).orElse(true)) {
                row.add(ReplyButton.of(turn.text(command.menuKey().orElseThrow())));
                if (row.size() == 2) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return Keyboard.reply(rows);
    }

    /** The command whose menu button has this label, in either language. */
    public Optional<Command> byLabel(String text) {
        String label = text.strip();
        for (Command command : commands) {
            for (Messages.Lang lang : Messages.Lang.values()) {
                if (label.equals(messages.get(lang, command.menuKey().orElseThrow()))) {
                    return Optional.of(command);
                }
            }
        }
        return Optional.empty();
    }

    public boolean isCancel(String text) {
        if (text == null) {
            return false;
        }
        String label = text.strip();
        for (Messages.Lang lang : Messages.Lang.values()) {
            if (label.equals(messages.get(lang, CANCEL_KEY))) {
                return true;
            }
        }
        return false;
    }

    /** A keyboard with only the cancel button, for questions answered by typing. */
    public static Keyboard cancelOnly(Turn turn) {
        return Keyboard.reply(List.of(List.of(ReplyButton.of(turn.text(CANCEL_KEY)))));
    }
}
