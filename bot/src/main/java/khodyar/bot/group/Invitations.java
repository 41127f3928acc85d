package khodyar.bot.group;

import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Turn;
import khodyar.bot.people.People;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Following a deep link: joining a group as a member, or taking a programme role. */
@Component
public class Invitations {

    private final Groups groups;
    private final People people;
    private final Conversations conversations;
    private final ProfileFlow profile;

    public Invitations(Groups groups, People people, Conversations conversations, ProfileFlow profile) {
        this.groups = groups;
        this.people = people;
        this.conversations = conversations;
        this.profile = profile;
    }

    public void follow(Turn turn, String payload) {
        var invite = groups.invite(payload).orElse(null);
        if (invite == null || (invite.expiresAt() != null && invite.expiresAt().isBefore(turn.now()))) {
            turn.reply("invite.invalid");
            return;
        }
        if (invite.isMemberInvite()) {
            joinGroup(turn, invite.groupId());
        } else {
            takeRole(turn, invite);
        }
    }

    private void joinGroup(Turn turn, String groupId) {
        GroupDoc group = groups.find(groupId).orElse(null);
        if (group == null) {
            turn.reply("invite.invalid");
            return;
        }
        boolean joined = groups.join(group, turn.userId(), turn.person().name(), turn.in().updateId())
                || joinedByThisVeryUpdate(group, turn);
        people.setActiveGroup(turn.userId(), group.id());
        if (!joined) {
            turn.reply("group.alreadyMember", group.name());
            return;
        }
        turn.reply("group.joined", turn.person().name(), group.name());
        for (long facilitator : group.facilitatorIds()) {
            people.find(facilitator).ifPresent(f -> turn.notify(facilitator, Priority.BROADCAST,
                    turn.text(khodyar.bot.i18n.Messages.Lang.of(f.lang()), "group.memberJoined", turn.person().name(), group.name()),
                    null));
        }
        conversations.start(turn.in(), ProfileFlow.NAME, ProfileFlow.PHONE, Map.of("group", group.id()));
        profile.askPhone(turn);
    }

    /**
     * The same update handled again after a crash that came between the membership and its replies:
     * the replies are made again, and the outbound queue sends only those not queued the first time.
     */
    private boolean joinedByThisVeryUpdate(GroupDoc group, Turn turn) {
        return groups.membership(group.id(), turn.userId())
                .map(m -> m.joinOrder() == turn.in().updateId()).orElse(false);
    }

    private void takeRole(Turn turn, Invite invite) {
        if (!groups.useStaffInvite(invite, turn.userId())) {
            turn.reply("invite.used");
            return;
        }
        people.grantStaffRole(turn.userId(), invite.role());
        if (invite.groupId() != null) {
            groups.addStaff(invite.groupId(), invite.role(), turn.userId());
            people.setActiveGroup(turn.userId(), invite.groupId());
        }
        turn.reply("invite.roleTaken", turn.text(invite.role().messageKey()));
    }

}
