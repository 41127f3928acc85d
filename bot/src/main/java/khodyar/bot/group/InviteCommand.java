package khodyar.bot.group;

import khodyar.bot.chat.Access;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.telegram.BotIdentity;
import khodyar.domain.group.Permission;
import khodyar.domain.group.Role;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * {@code /invite facilitator}: a single-use deep link that makes whoever opens it a facilitator.
 * {@code /invite implementer} and {@code /invite expert} do the same for a local implementer or a
 * parent-organisation expert, attached to the inviter's active group: the group's facilitator (or an
 * administrator acting in it) asks for them, since they sign off that group's steps.
 */
@Component
public class InviteCommand implements Command {

    private static final Map<String, Role> ROLES = Map.of(
            "facilitator", Role.FACILITATOR,
            "implementer", Role.LOCAL_IMPLEMENTER,
            "expert", Role.PARENT_EXPERT,
            "counsellor", Role.COUNSELLOR);

    private final Groups groups;
    private final BotIdentity identity;
    private final Access access;

    public InviteCommand(Groups groups, BotIdentity identity, Access access) {
        this.groups = groups;
        this.identity = identity;
        this.access = access;
    }

    @Override
    public List<String> names() {
        return List.of("invite");
    }

    @Override
    public void run(Turn turn, String args) {
        Role role = ROLES.get(args.strip().toLowerCase(java.util.Locale.ROOT));
        Permission needed = role == null || role == Role.FACILITATOR ? Permission.INVITE_STAFF : Permission.INVITE_GROUP_STAFF;
        var refusal = access.check(turn, needed);
        if (refusal.isPresent()) {
            turn.reply(refusal.get());
            return;
        }
        if (role == null) {
            turn.reply("invite.usage");
            return;
        }
        String groupId = role == Role.FACILITATOR ? null : turn.group().map(GroupDoc::id).orElse(null);
        Invite invite = groups.createStaffInvite(role, turn.userId(), groupId);
        turn.reply("invite.link", turn.text(role.messageKey()), identity.deepLink(invite.code()));
    }
}
