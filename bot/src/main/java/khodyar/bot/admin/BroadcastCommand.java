package khodyar.bot.admin;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.domain.group.Permission;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * {@code /broadcast <text>}: an administrator's notice to every member of their active group, sent at
 * broadcast priority through the outbound queue (so interactive replies go first and Telegram's limits
 * hold). The messages take their ids from the update, so the same update handled twice queues them once.
 */
@Component
public class BroadcastCommand implements Command {

    // leaves room for the header within Telegram's 4,096 characters
    static final int LONGEST_TEXT = 3_500;

    private final Groups groups;

    public BroadcastCommand(Groups groups) {
        this.groups = groups;
    }

    @Override
    public List<String> names() {
        return List.of("broadcast");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.BROADCAST_TO_GROUP);
    }

    @Override
    public void run(Turn turn, String args) {
        String text = args.strip();
        if (text.isEmpty()) {
            turn.reply("broadcast.usage");
            return;
        }
        if (text.length() > LONGEST_TEXT) {
            turn.reply("broadcast.tooLong", LONGEST_TEXT);
            return;
        }
        GroupDoc group = turn.group().orElseThrow();
        List<Membership> members = groups.members(group.id());
        // the body is the administrator's own words; the header is in the programme's language
        String message = turn.text(Lang.FA, "broadcast.message", group.name(), text);
        for (Membership member : members) {
            turn.notify(member.userId(), Priority.BROADCAST, message, null);
        }
        turn.reply("broadcast.queued", members.size(), group.name());
    }
}
