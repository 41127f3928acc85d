package khodyar.bot.meeting;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.meeting.internal.MeetingSettings;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.MeetingRhythm;
import khodyar.domain.meeting.MeetingRhythm.Cadence;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /rhythm weekly <weekday> <time> [place]} sets the group's rhythm of meetings (roadmap O5):
 * weekly, biweekly or monthly; the meetings of the coming weeks are made and everyone is told.
 */
@Component
public class RhythmCommand implements Command {

    private final Meetings meetings;
    private final MeetingNotices notices;
    private final Messages messages;

    public RhythmCommand(Meetings meetings, MeetingNotices notices, Messages messages) {
        this.meetings = meetings;
        this.notices = notices;
        this.messages = messages;
    }

    @Override
    public List<String> names() {
        return List.of("rhythm");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SCHEDULE_MEETING);
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 4);
        if (parts.length < 3) {
            turn.reply("rhythm.usage");
            return;
        }
        Optional<Cadence> cadence = cadenceNamed(parts[0]);
        Optional<DayOfWeek> weekday = weekdayNamed(parts[1]);
        if (cadence.isEmpty() || weekday.isEmpty()) {
            turn.reply("rhythm.usage");
            return;
        }
        Outcome<LocalTime> time = PersianInput.parseTime(parts[2]);
        if (time instanceof Outcome.Refused<LocalTime> refused) {
            turn.reply(refused.refusal());
            return;
        }
        String place = parts.length > 3 ? parts[3].strip() : "";
        if (place.length() > Meeting.LONGEST_PLACE) {
            turn.reply("meeting.refused.placeTooLong", Meeting.LONGEST_PLACE);
            return;
        }
        GroupDoc group = turn.group().orElseThrow();
        MeetingRhythm rhythm = new MeetingRhythm(cadence.get(), weekday.get(), time.orElseThrow(), place, meetings.today());
        List<Meeting> made = meetings.setRhythm(group.id(), rhythm, turn.userId());
        MeetingSettings settings = meetings.settings(group.id());
        Optional<Meeting> next = meetings.upcoming(group.id(), turn.now()).stream().findFirst();
        turn.reply("rhythm.set", describe(messages, turn.lang(), settings), made.size());
        notices.tellEveryone(turn, group, lang -> messages.get(lang, "rhythm.told", group.name(),
                describe(messages, lang, settings),
                next.map(m -> MeetingTexts.describe(messages, lang, m)).orElse("")));
    }

    static String describe(Messages messages, Lang lang, MeetingSettings settings) {
        MeetingRhythm rhythm = settings.rhythm();
        String text = messages.get(lang, "rhythm.describe", messages.get(lang, rhythm.cadence().messageKey()),
                MeetingTexts.weekday(messages, lang, rhythm.weekday()), MeetingTexts.time(lang, rhythm.time()));
        return rhythm.place().isEmpty() ? text : text + "\n" + messages.get(lang, "meeting.describe.place", rhythm.place());
    }

    private Optional<Cadence> cadenceNamed(String typed) {
        String word = comparable(typed);
        for (Cadence cadence : Cadence.values()) {
            if (word.equals(cadence.name().toLowerCase(Locale.ROOT)) || matchesInAnyLanguage(word, cadence.messageKey())) {
                return Optional.of(cadence);
            }
        }
        return Optional.empty();
    }

    private Optional<DayOfWeek> weekdayNamed(String typed) {
        String word = comparable(typed);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (word.equals(day.name().toLowerCase(Locale.ROOT)) || matchesInAnyLanguage(word, MeetingTexts.weekdayKey(day))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private boolean matchesInAnyLanguage(String word, String key) {
        for (Lang lang : Lang.values()) {
            if (word.equals(comparable(messages.get(lang, key)))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, Persian letters unified, without spaces or half-spaces: "panj-shanbe" is typed many ways. */
    private static String comparable(String text) {
        return PersianInput.clean(text).replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
