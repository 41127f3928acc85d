package khodyar.domain.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import khodyar.domain.money.Money;

/**
 * A group's lending at a glance, derived from its loans on {@code today}. Ratios are fractions
 * (0.1250 is 12.5%) rounded to {@value #RATIO_SCALE} places, half up.
 *
 * @param loansOutstanding principal still owed on loans paid out and not closed
 * @param atRisk           principal still owed on loans with any late instalment
 * @param portfolioAtRisk  atRisk / loansOutstanding; zero when nothing is out
 * @param repaymentRate    of the amounts that fell due before today, the part paid by its due
 *                         date; empty when nothing has fallen due yet
 * @param fundUtilisation  loansOutstanding / the loanable fund; zero when the fund is empty
 * @param loansOverdue     how many loans have a late instalment
 */
public record PortfolioFigures(
        Money loansOutstanding,
        Money atRisk,
        BigDecimal portfolioAtRisk,
        Optional<BigDecimal> repaymentRate,
        BigDecimal fundUtilisation,
        int loansOverdue) {

    public static final int RATIO_SCALE = 4;
    public static final RoundingMode RATIO_ROUNDING = RoundingMode.HALF_UP;

    /**
     * @param loanableFund what the group may lend in all, loans already out included (savings,
     *                     retained income and grants for lending)
     */
    public static PortfolioFigures of(List<Loan> loans, LocalDate today, Money loanableFund) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(loanableFund, "loanableFund");
        List<Loan> outstanding = loans.stream().filter(loan -> loan.status().isOutstanding()).toList();
        List<Loan> late = outstanding.stream().filter(loan -> loan.hasLateInstalment(today)).toList();
        Money loansOutstanding = sumOfOutstandingPrincipal(outstanding);
        Money atRisk = sumOfOutstandingPrincipal(late);
        return new PortfolioFigures(
                loansOutstanding,
                atRisk,
                ratioOrZero(atRisk, loansOutstanding),
                repaymentRate(loans, today),
                ratioOrZero(loansOutstanding, loanableFund),
                late.size());
    }

    private static Optional<BigDecimal> repaymentRate(List<Loan> loans, LocalDate today) {
        Money due = Money.ZERO;
        Money paidOnTime = Money.ZERO;
        for (Loan loan : loans) {
            for (Instalment instalment : instalmentsFallenDue(loan, today).toList()) {
                due = due.plus(instalment.total());
                paidOnTime = paidOnTime.plus(loan.paidOnTimeOf(instalment));
            }
        }
        return due.isZero() ? Optional.empty() : Optional.of(ratio(paidOnTime, due));
    }

    /** Instalments due before today; for a written-off loan, only those due before the write-off. */
    private static Stream<Instalment> instalmentsFallenDue(Loan loan, LocalDate today) {
        if (!loan.status().wasDisbursed()) {
            return Stream.empty();
        }
        LocalDate cutOff = loan.status() == LoanStatus.WRITTEN_OFF ? loan.closedOn().orElseThrow() : today;
        return loan.schedule().instalments().stream().filter(i -> i.dueDate().isBefore(cutOff));
    }

    private static Money sumOfOutstandingPrincipal(List<Loan> loans) {
        return loans.stream().map(Loan::outstandingPrincipal).reduce(Money.ZERO, Money::plus);
    }

    private static BigDecimal ratioOrZero(Money part, Money whole) {
        return whole.isZero() ? BigDecimal.ZERO.setScale(RATIO_SCALE) : ratio(part, whole);
    }

    private static BigDecimal ratio(Money part, Money whole) {
        return BigDecimal.valueOf(part.rials()).divide(BigDecimal.valueOf(whole.rials()), RATIO_SCALE, RATIO_ROUNDING);
    }
}
