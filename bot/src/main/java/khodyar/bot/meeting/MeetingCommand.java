package khodyar.bot.meeting;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.i18n.Messages;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code /meeting <Jalali date> <time> [place]} schedules a meeting of the active group; without
 * arguments (and from the menu) it offers the coming two weeks as buttons, then the hours, then asks the place.
 */
@Component
public class MeetingCommand implements Command {

    private final MeetingActions actions;
    private final Meetings meetings;
    private final Messages messages;

    public MeetingCommand(MeetingActions actions, Meetings meetings, Messages messages) {
        this.actions = actions;
        this.meetings = meetings;
        this.messages = messages;
    }

    @Override
    public List<String> names() {
        return List.of("meeting");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.newMeeting");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SCHEDULE_MEETING);
    }

    @Override
    public void run(Turn turn, String args) {
        if (args.isBlank()) {
            turn.reply(MeetingKeyboards.dates(turn, messages, meetings.today(), "mt:d:"), "meeting.pickDate");
            return;
        }
        String[] parts = args.strip().split("\\s+", 3);
        if (parts.length < 2) {
            turn.reply("meeting.usage");
            return;
        }
        Outcome<LocalDate> date = PersianInput.parseJalaliDate(parts[0]);
        if (date instanceof Outcome.Refused<LocalDate> refused) {
            turn.reply(refused.refusal());
            return;
        }
        Outcome<LocalTime> time = PersianInput.parseTime(parts[1]);
        if (time instanceof Outcome.Refused<LocalTime> refused) {
            turn.reply(refused.refusal());
            return;
        }
        actions.schedule(turn, date.orElseThrow().atTime(time.orElseThrow()), parts.length > 2 ? parts[2] : "");
    }
}
