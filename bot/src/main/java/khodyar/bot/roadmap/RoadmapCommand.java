package khodyar.bot.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.domain.group.Permission;
import org.springframework.stereotype.Component;

/**
 * {@code /roadmap}: the group's stage and its steps, with buttons for the steps the reader may sign
 * off; {@code /roadmap history}: every transition with who and when.
 */
@Component
public class RoadmapCommand implements Command {

    private final Roadmaps roadmaps;
    private final RoadmapView view;
    private final StageAnnouncer announcer;

    public RoadmapCommand(Roadmaps roadmaps, RoadmapView view, StageAnnouncer announcer) {
        this.roadmaps = roadmaps;
        this.view = view;
        this.announcer = announcer;
    }

    @Override
    public List<String> names() {
        return List.of("roadmap");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.roadmap");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_ROADMAP);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        Roadmaps.Result now = roadmaps.read(group, turn.now());
        announcer.announce(turn, group, now.events());
        String wanted = args.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("history") || wanted.equals(turn.text("roadmap.word.history"))) {
            turn.replyText(view.history(turn, group, now.roadmap()), null);
            return;
        }
        turn.replyText(view.stage(turn, group, now.roadmap(), now.facts()),
                view.signOffButtons(turn, now.roadmap(), now.facts()));
    }
}
