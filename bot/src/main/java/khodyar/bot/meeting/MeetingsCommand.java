package khodyar.bot.meeting;

import khodyar.bot.chat.Access;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.meeting.internal.MeetingSettings;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.meeting.AttendanceBook;
import khodyar.domain.meeting.AttendanceRate;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.TrainingRecord;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /meetings}: the group's coming meetings with Jalali dates; those who schedule get move and
 * cancel buttons; the board and the facilitator also see attendance rates and the trainings held.
 */
@Component
public class MeetingsCommand implements Command {

    static final int MEETINGS_SHOWN = 8;
    static final int MEMBER_RATES_SHOWN = 15;

    private final Meetings meetings;
    private final MeetingFacts facts;
    private final Access access;
    private final Messages messages;

    public MeetingsCommand(Meetings meetings, MeetingFacts facts, Access access, Messages messages) {
        this.meetings = meetings;
        this.facts = facts;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public List<String> names() {
        return List.of("meetings");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.meetings");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_MEETINGS);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        List<Meeting> coming = meetings.upcoming(group.id(), turn.now().minus(Duration.ofHours(1))).stream()
                .limit(MEETINGS_SHOWN).toList();
        StringBuilder text = new StringBuilder();
        if (coming.isEmpty()) {
            text.append(turn.text("meetings.none", group.name()));
        } else {
            text.append(turn.text("meetings.title", group.name()));
            for (int i = 0; i < coming.size(); i++) {
                text.append("\n\n").append(turn.text("meetings.line", i + 1,
                        MeetingTexts.describe(messages, turn.lang(), coming.get(i))));
            }
        }
        MeetingSettings settings = meetings.settings(group.id());
        if (settings.hasRhythm()) {
            text.append("\n\n").append(turn.text("meetings.rhythm", RhythmCommand.describe(messages, turn.lang(), settings)));
        }
        if (access.allows(turn, Permission.VIEW_MEMBER_DETAILS)) {
            text.append("\n\n").append(figures(turn, group));
        }
        turn.replyText(text.toString(), access.allows(turn, Permission.SCHEDULE_MEETING) ? buttons(turn, coming) : null);
    }

    private String figures(Turn turn, GroupDoc group) {
        AttendanceBook book = facts.attendance(group.id());
        StringBuilder text = new StringBuilder();
        if (!book.group().isKnown()) {
            text.append(turn.text("meetings.attendance.none"));
        } else {
            AttendanceRate rate = book.group();
            text.append(turn.text("meetings.attendance.group", rate.percent(), rate.attended(), rate.expected()));
            List<Membership> members = new ArrayList<>(facts.members(group.id()));
            members.sort(Comparator.comparing((Membership m) -> book.of(new PersonId(m.userId())).ratio())
                    .thenComparing(Membership::joinOrder));
            for (Membership member : members.subList(0, Math.min(MEMBER_RATES_SHOWN, members.size()))) {
                AttendanceRate own = book.of(new PersonId(member.userId()));
                if (own.isKnown()) {
                    text.append('\n').append(turn.text("meetings.attendance.member", member.name(), own.percent(),
                            own.attended(), own.expected()));
                }
            }
        }
        TrainingRecord trainings = facts.trainings(group.id());
        if (!trainings.sessionsBySubject().isEmpty()) {
            text.append("\n\n").append(turn.text("meetings.trainings.title"));
            trainings.sessionsBySubject().forEach((subject, count) -> text.append('\n')
                    .append(turn.text("meetings.trainings.line", turn.text(subject.messageKey()), count)));
        }
        return text.toString();
    }

    private static Keyboard buttons(Turn turn, List<Meeting> coming) {
        if (coming.isEmpty()) {
            return null;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < coming.size(); i++) {
            String id = coming.get(i).id().value();
            rows.add(List.of(new Button(turn.text("meeting.button.move", i + 1), "mt:m:" + id),
                    new Button(turn.text("meeting.button.cancel", i + 1), "mt:c:" + id)));
        }
        return Keyboard.inline(rows);
    }
}
