package khodyar.bot.group;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.domain.group.Permission;
import khodyar.domain.group.Role;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@code /members}: the members of the active group, numbered as {@code /setrole} expects, with their seats. */
@Component
public class MembersCommand implements Command {

    private final Groups groups;

    public MembersCommand(Groups groups) {
        this.groups = groups;
    }

    @Override
    public List<String> names() {
        return List.of("members");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.members");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_MEMBERS);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        List<Membership> members = groups.members(group.id());
        if (members.isEmpty()) {
            turn.reply("members.none", group.name());
            return;
        }
        StringBuilder text = new StringBuilder(turn.text("members.title", group.name(), members.size()));
        for (int i = 0; i < members.size(); i++) {
            Membership member = members.get(i);
            text.append('\n').append(member.role() == Role.MEMBER
                    ? turn.text("members.line", i + 1, member.name())
                    : turn.text("members.lineWithSeat", i + 1, member.name(), turn.text(member.role().messageKey())));
        }
        turn.replyText(text.toString(), null);
    }
}
