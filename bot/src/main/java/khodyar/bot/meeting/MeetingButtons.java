package khodyar.bot.meeting;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.bot.i18n.Messages;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.TrainingSubject;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The meeting feature's inline buttons ({@code mt:<action>:...}): the date and time pickers of a new
 * or moved meeting, cancelling, the attendance sheet and choosing a training's subject.
 */
@Component
public class MeetingButtons implements CallbackAction {

    private final Meetings meetings;
    private final MeetingActions actions;
    private final AttendanceSheets sheets;
    private final TrainingCommand trainings;
    private final Conversations conversations;
    private final Messages messages;

    public MeetingButtons(Meetings meetings, MeetingActions actions, AttendanceSheets sheets, TrainingCommand trainings,
                          Conversations conversations, Messages messages) {
        this.meetings = meetings;
        this.actions = actions;
        this.sheets = sheets;
        this.trainings = trainings;
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return "mt";
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        if (args.length == 0) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        turn.answerCallback(null);
        switch (args[0]) {
            case "d" -> pickedNewDate(turn, args);
            case "t" -> pickedNewTime(turn, args);
            case "s" -> trainings.pickedSubject(turn, TrainingSubject.values()[Integer.parseInt(args[1])]);
            default -> onMeeting(turn, args);
        }
    }

    private void pickedNewDate(Turn turn, String[] args) {
        if (!mayScheduleInActiveGroup(turn)) {
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(Long.parseLong(args[1]));
        turn.editPressedMessage(turn.text("meeting.pickTime", MeetingTexts.day(messages, turn.lang(), day)),
                MeetingKeyboards.times(turn, "mt:t:" + args[1] + ":"));
    }

    private void pickedNewTime(Turn turn, String[] args) {
        if (!mayScheduleInActiveGroup(turn)) {
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(Long.parseLong(args[1]));
        LocalTime time = MeetingKeyboards.parseHhmm(args[2]);
        turn.editPressedMessage(turn.text("meeting.chosen", MeetingTexts.day(messages, turn.lang(), day),
                MeetingTexts.time(turn.lang(), time)), null);
        conversations.start(turn.in(), MeetingPlaceFlow.NAME, MeetingPlaceFlow.PLACE,
                Map.of("date", args[1], "time", args[2]));
        turn.reply(Keyboard.reply(List.of(
                List.of(Keyboard.ReplyButton.of(turn.text("meeting.button.noPlace"))),
                Menu.cancelOnly(turn).reply().get(0))), "meeting.askPlace");
    }

    private void onMeeting(Turn turn, String[] args) {
        Optional<Meeting> found = args.length > 1 ? meetings.find(args[1]) : Optional.empty();
        if (found.isEmpty()) {
            turn.editPressedMessage(turn.text("meeting.notFound"), null);
            return;
        }
        Meeting meeting = found.get();
        boolean attendance = args[0].startsWith("a");
        Permission needed = attendance ? Permission.RECORD_ATTENDANCE : Permission.SCHEDULE_MEETING;
        if (!actions.allows(turn, meeting.group().value(), needed)) {
            turn.reply("meeting.notAllowed");
            return;
        }
        switch (args[0]) {
            case "m" -> turn.editPressedMessage(turn.text("meeting.pickNewDate", MeetingTexts.when(messages, turn.lang(), meeting)),
                    MeetingKeyboards.dates(turn, messages, meetings.today(), "mt:md:" + args[1] + ":"));
            case "md" -> turn.editPressedMessage(
                    turn.text("meeting.pickTime", MeetingTexts.day(messages, turn.lang(), LocalDate.ofEpochDay(Long.parseLong(args[2])))),
                    MeetingKeyboards.times(turn, "mt:mv:" + args[1] + ":" + args[2] + ":"));
            case "mv" -> actions.move(turn, meeting,
                    LocalDate.ofEpochDay(Long.parseLong(args[2])).atTime(MeetingKeyboards.parseHhmm(args[3])));
            case "c" -> turn.editPressedMessage(turn.text("meeting.cancelAsk", MeetingTexts.describe(messages, turn.lang(), meeting)),
                    Keyboard.inline(List.of(List.of(new Button(turn.text("meeting.button.confirmCancel"), "mt:cc:" + args[1])))));
            case "cc" -> actions.cancel(turn, meeting);
            case "a" -> {
                meetings.mark(args[1], Long.parseLong(args[2], 36), "1".equals(args[3]));
                showSheet(turn, meeting, Integer.parseInt(args[4]));
            }
            case "ap" -> showSheet(turn, meeting, Integer.parseInt(args[2]));
            case "ad" -> recordAttendance(turn, meeting);
            default -> turn.reply("callback.stale");
        }
    }

    private void showSheet(Turn turn, Meeting meeting, int page) {
        AttendanceSheets.Page shown = sheets.render(meeting, turn.lang(), page);
        turn.editPressedMessage(shown.text(), shown.keyboard());
    }

    private void recordAttendance(Turn turn, Meeting meeting) {
        if (meeting.status() == khodyar.domain.meeting.MeetingStatus.CANCELLED) {
            turn.editPressedMessage(turn.text("meeting.notUpcoming"), null);
            return;
        }
        var present = meetings.sheet(meeting.id().value()).present().stream().map(PersonId::new).collect(Collectors.toSet());
        Outcome<Meeting> held = meeting.recordAttendance(present, new PersonId(turn.userId()), turn.now());
        if (held instanceof Outcome.Refused<Meeting> refused) {
            turn.reply(refused.refusal());
            return;
        }
        meetings.update(held.orElseThrow());
        turn.editPressedMessage(turn.text("attendance.recorded", MeetingTexts.when(messages, turn.lang(), meeting),
                present.size(), actions.memberCount(meeting.group().value())), null);
    }

    private boolean mayScheduleInActiveGroup(Turn turn) {
        if (turn.group().isEmpty() || !actions.allows(turn, turn.group().get().id(), Permission.SCHEDULE_MEETING)) {
            turn.reply("meeting.notAllowed");
            return false;
        }
        return true;
    }
}
