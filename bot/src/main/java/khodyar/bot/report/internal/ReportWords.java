package khodyar.bot.report.internal;

import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The words, amounts and dates of one report, in the reader's language and the group's unit. */
record ReportWords(Messages messages, Lang lang, DisplayUnit unit, ZoneId zone) {

    String text(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** The unit's word (toman, rial...), for column headers and the chart's axis. */
    String unitWord() {
        return text(unit.messageKey());
    }

    /** An amount with its unit word, for the caption. */
    String amountWithUnit(Money money) {
        return PersianFormat.amount(money, unit, lang.code()) + " " + unitWord();
    }

    /** A figure of the books with its unit word: only books that need correcting show one below zero. */
    String signedAmountWithUnit(long rials) {
        return (rials < 0 ? "-" : "") + amountWithUnit(Money.ofRials(Math.abs(rials)));
    }

    /** The amount counted in the group's unit, exactly (the units are powers of ten of the rial). */
    BigDecimal inUnit(long rials) {
        return BigDecimal.valueOf(rials).divide(BigDecimal.valueOf(unit.rialsPerUnit())).stripTrailingZeros();
    }

    LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** A Jalali date as year/month/day: it sorts as text and is what people type back. */
    String date(LocalDate date) {
        return PersianFormat.dateNumeric(date, lang.code());
    }

    String date(Instant at) {
        return date(day(at));
    }

    String digits(long number) {
        return PersianFormat.digits(number, lang.code());
    }
}
