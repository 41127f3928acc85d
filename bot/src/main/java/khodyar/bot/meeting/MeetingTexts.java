package khodyar.bot.meeting;

import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.text.PersianFormat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** How a meeting reads: weekday, Jalali date, time, kind and place, in the reader's language. */
final class MeetingTexts {

    private MeetingTexts() {
    }

    static String weekday(Messages messages, Lang lang, DayOfWeek day) {
        return messages.get(lang, weekdayKey(day));
    }

    static String weekdayKey(DayOfWeek day) {
        return "weekday." + day.name().toLowerCase(Locale.ROOT);
    }

    static String day(Messages messages, Lang lang, LocalDate date) {
        return messages.get(lang, "meeting.day", weekday(messages, lang, date.getDayOfWeek()),
                PersianFormat.date(date, lang.code()));
    }

    static String time(Lang lang, LocalTime time) {
        return PersianFormat.time(time, lang.code());
    }

    static String when(Messages messages, Lang lang, Meeting meeting) {
        return messages.get(lang, "meeting.when", day(messages, lang, meeting.date()), time(lang, meeting.time()));
    }

    /** Two or three lines: when, what kind (and training subject), where. */
    static String describe(Messages messages, Lang lang, Meeting meeting) {
        StringBuilder text = new StringBuilder(messages.get(lang, "meeting.describe", when(messages, lang, meeting),
                messages.get(lang, meeting.kind().messageKey())));
        meeting.trainingRecord().ifPresent(training -> text.append('\n')
                .append(messages.get(lang, "meeting.describe.training", messages.get(lang, training.subject().messageKey()),
                        training.teacher())));
        if (!meeting.place().isEmpty()) {
            text.append('\n').append(messages.get(lang, "meeting.describe.place", meeting.place()));
        }
        return text.toString();
    }
}
