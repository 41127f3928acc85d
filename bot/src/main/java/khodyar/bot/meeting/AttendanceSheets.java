package khodyar.bot.meeting;

import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.meeting.internal.AttendanceSheet;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.meeting.Meeting;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The attendance buttons: one per member (a page at a time), each saying whether the member is
 * marked present and setting the opposite state when pressed, so a repeated press changes nothing.
 */
@Component
public class AttendanceSheets {

    static final int PER_PAGE = 24;

    private final Groups groups;
    private final Meetings meetings;
    private final Messages messages;

    public AttendanceSheets(Groups groups, Meetings meetings, Messages messages) {
        this.groups = groups;
        this.meetings = meetings;
        this.messages = messages;
    }

    public record Page(String text, Keyboard keyboard) {
    }

    public Page render(Meeting meeting, Lang lang, int page) {
        AttendanceSheet sheet = meetings.sheet(meeting.id().value());
        List<Membership> members = groups.members(meeting.group().value());
        int pages = Math.max(1, (members.size() + PER_PAGE - 1) / PER_PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        String mid = meeting.id().value();
        List<Button> buttons = new ArrayList<>();
        for (Membership member : members.subList(shown * PER_PAGE, Math.min(members.size(), (shown + 1) * PER_PAGE))) {
            boolean present = sheet.present().contains(member.userId());
            String label = messages.get(lang, present ? "attendance.button.present" : "attendance.button.absent", member.name());
            buttons.add(new Button(label, "mt:a:" + mid + ":" + Long.toString(member.userId(), 36) + ":"
                    + (present ? 0 : 1) + ":" + shown));
        }
        List<List<Button>> rows = new ArrayList<>(MeetingKeyboards.rows(buttons, 2));
        List<Button> nav = new ArrayList<>();
        if (shown > 0) {
            nav.add(new Button(messages.get(lang, "attendance.button.previous"), "mt:ap:" + mid + ":" + (shown - 1)));
        }
        if (shown < pages - 1) {
            nav.add(new Button(messages.get(lang, "attendance.button.next"), "mt:ap:" + mid + ":" + (shown + 1)));
        }
        if (!nav.isEmpty()) {
            rows.add(nav);
        }
        rows.add(List.of(new Button(messages.get(lang, "attendance.button.done"), "mt:ad:" + mid)));
        long presentMembers = members.stream().filter(m -> sheet.present().contains(m.userId())).count();
        String text = messages.get(lang, "attendance.sheet", MeetingTexts.describe(messages, lang, meeting),
                presentMembers, members.size(), shown + 1, pages);
        return new Page(text, Keyboard.inline(rows));
    }
}
