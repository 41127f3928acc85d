package khodyar.domain.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import khodyar.domain.money.Money;

/**
 * Builds a loan's repayment schedule. Rates and powers are worked out in {@code BigDecimal} at
 * {@link LoanTerms#WORKING_PRECISION}; every amount in the schedule is rounded to a whole rial
 * with the terms' rounding mode, and the last instalment takes whatever principal is left, so
 * the principal column always sums exactly to the loan.
 *
 * <ul>
 *   <li>Flat: interest = principal x annual rate x (instalments / periods a year), rounded once and
 *       spread evenly; principal spread evenly. The last instalment absorbs both remainders.</li>
 *   <li>Declining balance, equal instalments (annuity): payment = P i (1+i)^n / ((1+i)^n - 1)
 *       rounded; each period's interest = balance x i rounded, principal = payment - interest.</li>
 *   <li>Declining balance, equal principal: principal = P / n rounded, interest = balance x i rounded.</li>
 * </ul>
 * i is the periodic rate ({@link LoanTerms#periodicRate()}). The service fee falls due with
 * the first instalment.
 */
public final class ScheduleGenerator {

    private ScheduleGenerator() {
    }

    public static Schedule generate(Money principal, int instalments, LoanTerms terms, LocalDate firstDue) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(firstDue, "firstDue");
        if (principal.isZero()) {
            throw new IllegalArgumentException("a loan lends something");
        }
        if (instalments < 1) {
            throw new IllegalArgumentException("a schedule has at least one instalment: " + instalments);
        }
        List<PrincipalAndInterest> lines = switch (terms.method()) {
            case FLAT -> flat(principal, instalments, terms);
            case DECLINING_BALANCE_EQUAL_INSTALMENTS -> equalInstalments(principal, instalments, terms);
            case DECLINING_BALANCE_EQUAL_PRINCIPAL -> equalPrincipal(principal, instalments, terms);
        };
        Money fee = terms.serviceFee().amountFor(principal, terms.rounding());
        List<Instalment> schedule = new ArrayList<>(instalments);
        Money remaining = principal;
        for (int number = 1; number <= instalments; number++) {
            PrincipalAndInterest line = lines.get(number - 1);
            remaining = remaining.minus(line.principal());
            schedule.add(Instalment.of(number, terms.rhythm().dueDate(firstDue, number),
                    line.principal(), line.interest(), number == 1 ? fee : Money.ZERO, remaining));
        }
        return new Schedule(schedule);
    }

    private record PrincipalAndInterest(Money principal, Money interest) {
    }

    private static List<PrincipalAndInterest> flat(Money principal, int instalments, LoanTerms terms) {
        BigDecimal totalInterest = rials(principal)
                .multiply(terms.annualRatePercent())
                .multiply(BigDecimal.valueOf(instalments))
                .divide(BigDecimal.valueOf(100L * terms.rhythm().periodsPerYear()), 0, terms.rounding());
        List<Money> principalParts = evenParts(principal, instalments, terms.rounding());
        List<Money> interestParts = evenParts(Money.ofRials(totalInterest.longValueExact()), instalments,
                terms.rounding());
        List<PrincipalAndInterest> lines = new ArrayList<>(instalments);
        for (int i = 0; i < instalments; i++) {
            lines.add(new PrincipalAndInterest(principalParts.get(i), interestParts.get(i)));
        }
        return lines;
    }

    private static List<PrincipalAndInterest> equalInstalments(Money principal, int instalments, LoanTerms terms) {
        BigDecimal rate = terms.periodicRate();
        if (rate.signum() == 0) {
            return equalPrincipal(principal, instalments, terms);
        }
        BigDecimal growth = BigDecimal.ONE.add(rate).pow(instalments, LoanTerms.WORKING_PRECISION);
        Money payment = roundToRial(rials(principal).multiply(rate).multiply(growth)
                .divide(growth.subtract(BigDecimal.ONE), LoanTerms.WORKING_PRECISION), terms.rounding());
        List<PrincipalAndInterest> lines = new ArrayList<>(instalments);
        Money balance = principal;
        for (int number = 1; number <= instalments; number++) {
            Money interest = interestOn(balance, rate, terms.rounding());
            Money principalPart = number == instalments
                    ? balance
                    : payment.isGreaterThan(interest) ? payment.minus(interest).min(balance) : Money.ZERO;
            lines.add(new PrincipalAndInterest(principalPart, interest));
            balance = balance.minus(principalPart);
        }
        return lines;
    }

    private static List<PrincipalAndInterest> equalPrincipal(Money principal, int instalments, LoanTerms terms) {
        BigDecimal rate = terms.periodicRate();
        List<Money> principalParts = evenParts(principal, instalments, terms.rounding());
        List<PrincipalAndInterest> lines = new ArrayList<>(instalments);
        Money balance = principal;
        for (Money principalPart : principalParts) {
            lines.add(new PrincipalAndInterest(principalPart, interestOn(balance, rate, terms.rounding())));
            balance = balance.minus(principalPart);
        }
        return lines;
    }

    /** {@code total / parts} rounded, never more than is left; the last part takes the remainder. */
    private static List<Money> evenParts(Money total, int parts, RoundingMode rounding) {
        Money share = roundToRial(rials(total).divide(BigDecimal.valueOf(parts), LoanTerms.WORKING_PRECISION), rounding);
        List<Money> result = new ArrayList<>(parts);
        Money left = total;
        for (int part = 1; part < parts; part++) {
            Money piece = share.min(left);
            result.add(piece);
            left = left.minus(piece);
        }
        result.add(left);
        return result;
    }

    private static Money interestOn(Money balance, BigDecimal periodicRate, RoundingMode rounding) {
        return roundToRial(rials(balance).multiply(periodicRate), rounding);
    }

    private static BigDecimal rials(Money money) {
        return BigDecimal.valueOf(money.rials());
    }

    private static Money roundToRial(BigDecimal amount, RoundingMode rounding) {
        return Money.ofRials(amount.setScale(0, rounding).longValueExact());
    }
}
