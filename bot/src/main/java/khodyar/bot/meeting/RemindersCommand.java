package khodyar.bot.meeting;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /reminders <hours> [hours] [hours]}: how many hours before a meeting the group is reminded (24 and 1 unless set). */
@Component
public class RemindersCommand implements Command {

    static final int MOST_REMINDERS = 3;
    static final long LONGEST_LEAD_HOURS = 72;

    private final Meetings meetings;

    public RemindersCommand(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<String> names() {
        return List.of("reminders");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SCHEDULE_MEETING);
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+");
        if (parts[0].isEmpty() || parts.length > MOST_REMINDERS) {
            turn.reply("reminders.usage", LONGEST_LEAD_HOURS);
            return;
        }
        List<Long> hours = new ArrayList<>();
        for (String part : parts) {
            Outcome<Long> number = PersianInput.parseWholeNumber(part);
            if (!(number instanceof Outcome.Done<Long> done) || done.value() < 1 || done.value() > LONGEST_LEAD_HOURS) {
                turn.reply("reminders.usage", LONGEST_LEAD_HOURS);
                return;
            }
            hours.add(done.value());
        }
        meetings.setReminderHours(turn.group().orElseThrow().id(), hours.stream().distinct().sorted().toList());
        turn.reply("reminders.set", String.join(turn.text("list.separator"),
                hours.stream().distinct().sorted().map(h -> khodyar.domain.text.PersianFormat.digits(h, turn.lang().code())).toList()));
    }
}
