package khodyar.bot.meeting;

import khodyar.bot.chat.Turn;
import khodyar.bot.i18n.Messages;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The date picker of the coming two weeks and the time picker, as inline buttons. */
final class MeetingKeyboards {

    static final int DAYS_OFFERED = 14;
    static final int FIRST_HOUR = 8;
    static final int LAST_HOUR = 20;

    private MeetingKeyboards() {
    }

    /** One button per day from today, two to a row; {@code dataPrefix} is followed by the day's epoch number. */
    static Keyboard dates(Turn turn, Messages messages, LocalDate today, String dataPrefix) {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < DAYS_OFFERED; i++) {
            LocalDate day = today.plusDays(i);
            buttons.add(new Button(MeetingTexts.day(messages, turn.lang(), day), dataPrefix + day.toEpochDay()));
        }
        return Keyboard.inline(rows(buttons, 2));
    }

    /** Whole hours through the day; {@code dataPrefix} is followed by the time as HHmm. */
    static Keyboard times(Turn turn, String dataPrefix) {
        List<Button> buttons = new ArrayList<>();
        for (int hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
            LocalTime time = LocalTime.of(hour, 0);
            buttons.add(new Button(MeetingTexts.time(turn.lang(), time), dataPrefix + String.format("%02d00", hour)));
        }
        return Keyboard.inline(rows(buttons, 4));
    }

    static LocalTime parseHhmm(String hhmm) {
        return LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2, 4)));
    }

    static <T> List<List<T>> rows(List<T> items, int perRow) {
        List<List<T>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i += perRow) {
            rows.add(List.copyOf(items.subList(i, Math.min(items.size(), i + perRow))));
        }
        return rows;
    }
}
