package khodyar.bot.group;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.people.People;
import khodyar.bot.telegram.BotIdentity;
import khodyar.domain.group.Permission;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@code /newgroup <name>}: a group at stage 1, its creator its facilitator, and its member invite link. */
@Component
public class NewGroupCommand implements Command {

    static final int LONGEST_NAME = 60;

    private final Groups groups;
    private final People people;
    private final BotIdentity identity;

    public NewGroupCommand(Groups groups, People people, BotIdentity identity) {
        this.groups = groups;
        this.people = people;
        this.identity = identity;
    }

    @Override
    public List<String> names() {
        return List.of("newgroup");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.CREATE_GROUP);
    }

    @Override
    public void run(Turn turn, String name) {
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            turn.reply("group.new.usage");
            return;
        }
        if (clean.length() > LONGEST_NAME || clean.codePoints().anyMatch(Character::isISOControl)) {
            turn.reply("group.new.badName", LONGEST_NAME);
            return;
        }
        GroupDoc group = groups.create(clean, turn.userId(), turn.in().updateId());
        people.setActiveGroup(turn.userId(), group.id());
        turn.reply("group.created", group.name(), identity.deepLink(group.inviteCode()));
    }
}
