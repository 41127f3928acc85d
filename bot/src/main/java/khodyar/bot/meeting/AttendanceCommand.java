package khodyar.bot.meeting;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.domain.group.Permission;
import khodyar.domain.meeting.Meeting;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@code /attendance}: the attendance buttons of the group's latest meeting that has begun. */
@Component
public class AttendanceCommand implements Command {

    private final Meetings meetings;
    private final AttendanceSheets sheets;

    public AttendanceCommand(Meetings meetings, AttendanceSheets sheets) {
        this.meetings = meetings;
        this.sheets = sheets;
    }

    @Override
    public List<String> names() {
        return List.of("attendance");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.RECORD_ATTENDANCE);
    }

    @Override
    public void run(Turn turn, String args) {
        Optional<Meeting> latest = meetings.latestBegun(turn.group().orElseThrow().id(), turn.now());
        if (latest.isEmpty()) {
            turn.reply("attendance.noMeeting");
            return;
        }
        meetings.startSheet(latest.get());
        AttendanceSheets.Page sheet = sheets.render(latest.get(), turn.lang(), 0);
        turn.replyText(sheet.text(), sheet.keyboard());
    }
}
