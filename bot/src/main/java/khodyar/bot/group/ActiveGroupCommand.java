package khodyar.bot.group;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.people.People;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /group}: a person in more than one group chooses the one they act in; every other command
 * works on the active group.
 */
@Component
public class ActiveGroupCommand implements Command, CallbackAction {

    static final String PREFIX = "act";

    private final Groups groups;
    private final People people;

    public ActiveGroupCommand(Groups groups, People people) {
        this.groups = groups;
        this.people = people;
    }

    @Override
    public List<String> names() {
        return List.of("group");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.activeGroup");
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void run(Turn turn, String args) {
        Map<String, GroupDoc> mine = new LinkedHashMap<>();
        for (Membership m : groups.membershipsOf(turn.userId())) {
            groups.find(m.groupId()).ifPresent(g -> mine.put(g.id(), g));
        }
        groups.groupsWithStaff(turn.userId()).forEach(g -> mine.putIfAbsent(g.id(), g));
        if (mine.isEmpty()) {
            turn.reply("access.noGroup");
            return;
        }
        String active = turn.group().map(GroupDoc::name).orElse("-");
        turn.replyText(turn.text("activeGroup.choose", active), choices(turn, List.copyOf(mine.values())));
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        Optional<GroupDoc> group = args.length == 1 ? groups.find(args[0]) : Optional.empty();
        boolean belongs = group.isPresent() && (groups.membership(group.get().id(), turn.userId()).isPresent()
                || group.get().hasStaff(turn.userId()));
        if (!belongs) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        people.setActiveGroup(turn.userId(), group.get().id());
        turn.answerCallback(null);
        turn.editPressedMessage(turn.text("activeGroup.set", group.get().name()), null);
    }

    static Keyboard choices(Turn turn, List<GroupDoc> groups) {
        List<List<Button>> rows = new ArrayList<>();
        for (GroupDoc group : groups) {
            rows.add(List.of(new Button(turn.text("activeGroup.button", group.name()), PREFIX + ":" + group.id())));
        }
        return Keyboard.inline(rows);
    }
}
