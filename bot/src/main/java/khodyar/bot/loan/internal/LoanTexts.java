package khodyar.bot.loan.internal;

import khodyar.bot.config.BotSettings;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.People;
import khodyar.bot.people.Person;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.domain.common.Refusal;
import khodyar.domain.loan.Instalment;
import khodyar.domain.loan.Loan;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianFormat;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Loans in each reader's words: amounts in the group's unit, Jalali dates, schedules, names. */
@Component
public class LoanTexts {

    private final Messages messages;
    private final People people;
    private final Groups groups;
    private final BotSettings settings;

    public LoanTexts(Messages messages, People people, Groups groups, BotSettings settings) {
        this.messages = messages;
        this.people = people;
        this.groups = groups;
        this.settings = settings;
    }

    public String text(Lang lang, String key, Object... args) {
        return messages.get(lang, key, args);
    }

    public ZoneId zone() {
        return settings.timezone();
    }

    /** The day {@code at} falls on where the groups live: dues and lateness count in days. */
    public LocalDate day(Instant at) {
        return at.atZone(zone()).toLocalDate();
    }

    public String amount(Money money, GroupDoc group, Lang lang) {
        return PersianFormat.amount(money, group.displayUnit(), lang.code()) + " "
                + messages.get(lang, group.displayUnit().messageKey());
    }

    public String date(LocalDate date, Lang lang) {
        return PersianFormat.date(date, lang.code());
    }

    /** A refusal's text with its amounts shown in the group's unit. */
    public String refusal(Lang lang, GroupDoc group, Refusal refusal) {
        Object[] args = refusal.args().stream()
                .map(arg -> arg instanceof Money money ? amount(money, group, lang) : arg).toArray();
        return messages.get(lang, refusal.reasonKey(), args);
    }

    /** The instalments as lines: number, Jalali due date, total and its parts. */
    public String schedule(Lang lang, GroupDoc group, Loan loan) {
        StringBuilder text = new StringBuilder();
        for (Instalment instalment : loan.schedule().instalments()) {
            if (!text.isEmpty()) {
                text.append("\n");
            }
            String line = instalment.fee().isZero()
                    ? text(lang, "loan.schedule.line", instalment.number(), date(instalment.dueDate(), lang),
                    amount(instalment.total(), group, lang), amount(instalment.principal(), group, lang),
                    amount(instalment.interest(), group, lang))
                    : text(lang, "loan.schedule.lineWithFee", instalment.number(), date(instalment.dueDate(), lang),
                    amount(instalment.total(), group, lang), amount(instalment.principal(), group, lang),
                    amount(instalment.interest(), group, lang), amount(instalment.fee(), group, lang));
            text.append(line);
        }
        text.append("\n").append(text(lang, "loan.schedule.total", amount(loan.schedule().total(), group, lang),
                amount(loan.schedule().totalInterest().plus(loan.schedule().totalFee()), group, lang)));
        return text.toString();
    }

    /** A fraction (0.125) as a percentage in the reader's digits. */
    public String percent(Lang lang, BigDecimal fraction) {
        return text(lang, "loan.percent", fraction.movePointRight(2));
    }

    public String nameOf(String groupId, long userId) {
        return groups.membership(groupId, userId).map(Membership::name)
                .or(() -> people.find(userId).map(Person::name))
                .orElse(Long.toString(userId));
    }

    public Lang langOf(long userId) {
        return Lang.of(people.find(userId).map(Person::lang).orElse("fa"));
    }

    public Keyboard buttons(Keyboard.Button... buttons) {
        return Keyboard.inline(List.of(List.of(buttons)));
    }

    /** A message not caused by an update, under an id chosen from what it is about. */
    public OutMessage notice(String id, long chatId, String text, Keyboard keyboard, Instant now) {
        return new OutMessage(id, chatId, OutMessage.Kind.SEND_TEXT, OutMessage.Priority.INTERACTIVE, text, keyboard,
                null, null, null, null, now, null, 0, OutMessage.State.PENDING, null);
    }

    public GroupDoc group(String groupId) {
        return groups.find(groupId).orElseThrow(() -> new IllegalStateException("no group " + groupId));
    }
}
