package khodyar.bot.chat.basics;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code /menu}: the main menu of the actions the person's roles allow. */
@Component
public class MenuCommand implements Command {

    private final ChatRouter router;

    public MenuCommand(@Lazy ChatRouter router) {
        this.router = router;
    }

    @Override
    public List<String> names() {
        return List.of("menu");
    }

    @Override
    public void run(Turn turn, String args) {
        String groupName = turn.group().map(g -> g.name()).orElse(null);
        if (groupName == null) {
            turn.reply(router.menu().keyboardFor(turn), "menu.title.noGroup");
        } else {
            turn.reply(router.menu().keyboardFor(turn), "menu.title", groupName);
        }
    }
}
