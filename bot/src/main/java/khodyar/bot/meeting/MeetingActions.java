package khodyar.bot.meeting;

import khodyar.bot.chat.Access;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.i18n.Messages;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.MeetingId;
import khodyar.domain.meeting.MeetingKind;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.Optional;

/** Scheduling, moving and cancelling a meeting from chat, with everyone told; shared by commands, buttons and flows. */
@Component
public class MeetingActions {

    private final Meetings meetings;
    private final MeetingNotices notices;
    private final Groups groups;
    private final Access access;
    private final Messages messages;

    public MeetingActions(Meetings meetings, MeetingNotices notices, Groups groups, Access access, Messages messages) {
        this.meetings = meetings;
        this.notices = notices;
        this.groups = groups;
        this.access = access;
        this.messages = messages;
    }

    /** Schedules a regular meeting of the person's active group; the id comes from the update, so a retry finds it. */
    public void schedule(Turn turn, LocalDateTime at, String place) {
        GroupDoc group = turn.group().orElseThrow();
        MeetingId id = new MeetingId("m" + Long.toString(turn.in().updateId(), 36));
        Optional<Meeting> already = meetings.find(id.value());
        if (already.isPresent()) {
            turn.reply("meeting.scheduled", MeetingTexts.describe(messages, turn.lang(), already.get()));
            return;
        }
        Outcome<Meeting> scheduled = Meeting.schedule(id, new GroupId(group.id()), MeetingKind.REGULAR, at,
                meetings.zone(), place, "", new PersonId(turn.userId()), turn.now());
        if (scheduled instanceof Outcome.Refused<Meeting> refused) {
            turn.reply(refused.refusal());
            return;
        }
        Meeting meeting = scheduled.orElseThrow();
        meetings.add(meeting);
        turn.reply("meeting.scheduled", MeetingTexts.describe(messages, turn.lang(), meeting));
        notices.tellEveryone(turn, group, lang -> messages.get(lang, "meeting.told.scheduled", group.name(),
                MeetingTexts.describe(messages, lang, meeting)));
    }

    /** Moves a meeting still to come; pressing the same time again answers that it is done. */
    public void move(Turn turn, Meeting meeting, LocalDateTime newAt) {
        if (!meeting.status().isUpcoming()) {
            turn.editPressedMessage(turn.text("meeting.notUpcoming"), null);
            return;
        }
        if (meeting.at().equals(newAt)) {
            turn.editPressedMessage(turn.text("meeting.moved", MeetingTexts.describe(messages, turn.lang(), meeting)), null);
            return;
        }
        Outcome<Meeting> moved = meeting.move(newAt, new PersonId(turn.userId()), turn.now());
        if (moved instanceof Outcome.Refused<Meeting> refused) {
            turn.reply(refused.refusal());
            return;
        }
        Meeting after = moved.orElseThrow();
        meetings.update(after);
        GroupDoc group = groups.find(meeting.group().value()).orElseThrow();
        turn.editPressedMessage(turn.text("meeting.moved", MeetingTexts.describe(messages, turn.lang(), after)), null);
        notices.tellEveryone(turn, group, lang -> messages.get(lang, "meeting.told.moved", group.name(),
                MeetingTexts.when(messages, lang, meeting), MeetingTexts.describe(messages, lang, after)));
    }

    public void cancel(Turn turn, Meeting meeting) {
        if (!meeting.status().isUpcoming()) {
            turn.editPressedMessage(turn.text("meeting.notUpcoming"), null);
            return;
        }
        Meeting cancelled = meeting.cancel(new PersonId(turn.userId()), "", turn.now());
        meetings.update(cancelled);
        GroupDoc group = groups.find(meeting.group().value()).orElseThrow();
        turn.editPressedMessage(turn.text("meeting.cancelled", MeetingTexts.when(messages, turn.lang(), meeting)), null);
        notices.tellEveryone(turn, group, lang -> messages.get(lang, "meeting.told.cancelled", group.name(),
                MeetingTexts.when(messages, lang, meeting)));
    }

    public int memberCount(String groupId) {
        return groups.members(groupId).size();
    }

    /** Whether the person may do this in the meeting's group (which need not be their active group). */
    public boolean allows(Turn turn, String groupId, Permission permission) {
        Optional<GroupDoc> group = groups.find(groupId);
        if (group.isEmpty()) {
            return false;
        }
        return permission.allows(access.groupRoles(turn.person(), group.get(),
                groups.membership(groupId, turn.userId()).orElse(null)));
    }
}
