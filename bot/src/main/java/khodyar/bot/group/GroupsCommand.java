package khodyar.bot.group;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.domain.group.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@code /groups}: the groups a facilitator (or other programme staff) follows, with their stage. */
@Component
public class GroupsCommand implements Command {

    private final Groups groups;
    private final ObjectProvider<GroupOverview> overviews;

    public GroupsCommand(Groups groups, ObjectProvider<GroupOverview> overviews) {
        this.groups = groups;
        this.overviews = overviews;
    }

    @Override
    public List<String> names() {
        return List.of("groups");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.groups");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.LIST_OWN_GROUPS);
    }

    @Override
    public void run(Turn turn, String args) {
        List<GroupDoc> followed = groups.groupsWithStaff(turn.userId());
        if (followed.isEmpty()) {
            turn.reply("groups.none");
            return;
        }
        StringBuilder text = new StringBuilder(turn.text("groups.title", followed.size()));
        for (GroupDoc group : followed) {
            text.append("\n\n").append(turn.text("groups.line", group.name(), group.stage(),
                    turn.text("roadmap.stage." + group.stage() + ".title"), groups.members(group.id()).size()));
            overviews.orderedStream().forEach(overview -> overview.linesFor(turn, group)
                    .forEach(line -> text.append('\n').append(line)));
        }
        turn.replyText(text.toString(), ActiveGroupCommand.choices(turn, followed));
    }
}
