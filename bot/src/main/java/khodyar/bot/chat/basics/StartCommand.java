package khodyar.bot.chat.basics;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.Invitations;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code /start}: the welcome and the main menu, or, with a payload, following an invite link. */
@Component
public class StartCommand implements Command {

    private final Invitations invitations;
    private final ChatRouter router;

    public StartCommand(Invitations invitations, @Lazy ChatRouter router) {
        this.invitations = invitations;
        this.router = router;
    }

    @Override
    public List<String> names() {
        return List.of("start");
    }

    @Override
    public void run(Turn turn, String payload) {
        if (!payload.isEmpty()) {
            invitations.follow(turn, payload);
            return;
        }
        turn.reply(router.menu().keyboardFor(turn), "start.welcome", turn.person().name());
    }
}
