package khodyar.bot.meeting;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.MeetingId;
import khodyar.domain.meeting.Training;
import khodyar.domain.meeting.TrainingSubject;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /training [subject [teacher]]} records a training just held in the active group: its
 * subject from the roadmap's list (typed, or chosen from buttons), who taught it (the sender
 * unless named) and then, on the attendance buttons, who came.
 */
@Component
public class TrainingCommand implements Command {

    private final Meetings meetings;
    private final AttendanceSheets sheets;

    public TrainingCommand(Meetings meetings, AttendanceSheets sheets) {
        this.meetings = meetings;
        this.sheets = sheets;
    }

    @Override
    public List<String> names() {
        return List.of("training");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.RECORD_ATTENDANCE);
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            List<Button> buttons = new ArrayList<>();
            for (TrainingSubject subject : TrainingSubject.values()) {
                buttons.add(new Button(turn.text(subject.messageKey()), "mt:s:" + subject.ordinal()));
            }
            turn.reply(Keyboard.inline(MeetingKeyboards.rows(buttons, 2)), "training.pickSubject");
            return;
        }
        Optional<TrainingSubject> subject = TrainingSubject.parse(parts[0]);
        if (subject.isEmpty()) {
            turn.reply("training.unknownSubject");
            return;
        }
        record(turn, subject.get(), parts.length > 1 ? parts[1] : turn.person().name(), false);
    }

    void pickedSubject(Turn turn, TrainingSubject subject) {
        if (turn.group().isEmpty() || !Permission.RECORD_ATTENDANCE.allows(turn.roles())) {
            turn.reply("meeting.notAllowed");
            return;
        }
        record(turn, subject, turn.person().name(), true);
    }

    private void record(Turn turn, TrainingSubject subject, String teacher, boolean pressed) {
        GroupDoc group = turn.group().orElseThrow();
        String id = "t" + Long.toString(turn.in().updateId(), 36);
        LocalDateTime now = LocalDateTime.ofInstant(turn.now(), meetings.zone()).truncatedTo(ChronoUnit.MINUTES);
        Meeting training = meetings.find(id).orElseGet(() -> Meeting.trainingHeld(new MeetingId(id), new GroupId(group.id()),
                new Training(subject, teacher), now, meetings.zone(), "", new PersonId(turn.userId()), turn.now()));
        meetings.add(training);
        String recorded = turn.text("training.recorded", turn.text(subject.messageKey()), training.training().teacher());
        if (pressed) {
            turn.editPressedMessage(recorded, null);
        } else {
            turn.reply("training.recorded", turn.text(subject.messageKey()), training.training().teacher());
        }
        AttendanceSheets.Page sheet = sheets.render(training, turn.lang(), 0);
        turn.replyText(sheet.text(), sheet.keyboard());
    }
}
