package khodyar.bot.chat.basics;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@code /help}: what the bot does and how to reach each action. */
@Component
public class HelpCommand implements Command {

    private final ChatRouter router;

    public HelpCommand(@Lazy ChatRouter router) {
        this.router = router;
    }

    @Override
    public List<String> names() {
        return List.of("help");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.help");
    }

    @Override
    public void run(Turn turn, String args) {
        turn.reply(router.menu().keyboardFor(turn), "help.text");
        turn.reply("help.ledger");
        turn.reply("help.loans");
    }
}
