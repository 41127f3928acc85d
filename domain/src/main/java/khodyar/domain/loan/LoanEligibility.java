package khodyar.domain.loan;

import java.util.List;
import java.util.Objects;

import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;

/**
 * Who may ask for a loan, and how much: each rule a small policy that allows the request or
 * refuses it with a reason key and the arguments its message needs. The whole rule set is
 * {@link #allPolicies()}; money arguments are {@code Money}, formatted by the bot in the
 * group's display unit.
 */
public final class LoanEligibility {

    /** Loans open in stage 3 (capacity building), the stage in which the rate is decided. */
    public static final int FIRST_LENDING_STAGE = 3;

    /** One rule of eligibility. */
    @FunctionalInterface
    public interface Policy {
        Outcome<Allowance> check(RequestedLoan request, EligibilityContext context);
    }

    /** The request passed a policy (or all of them). */
    public record Allowance(RequestedLoan request) {
    }

    public static final Policy STAGE_ALLOWS_LENDING = (request, context) ->
            context.stage() >= FIRST_LENDING_STAGE
                    ? allowed(request)
                    : Outcome.refused("loan.refused.stage", FIRST_LENDING_STAGE, context.stage());

    public static final Policy INTEREST_RATE_DECIDED = (request, context) ->
            context.rateDecided() ? allowed(request) : Outcome.refused("loan.refused.rateNotDecided");

    public static final Policy AMOUNT_IS_POSITIVE = (request, context) ->
            request.amount().isZero() ? Outcome.refused("loan.refused.amountNotPositive") : allowed(request);

    public static final Policy TERM_WITHIN_MAXIMUM = (request, context) ->
            request.months() >= 1 && request.months() <= context.maxMonths()
                    ? allowed(request)
                    : Outcome.refused("loan.refused.term", context.maxMonths());

    public static final Policy WITHIN_MULTIPLE_OF_SAVINGS = (request, context) -> {
        var maximum = context.memberConfirmedSavings().times(context.loanMultiple());
        return request.amount().isGreaterThan(maximum)
                ? Outcome.refused("loan.refused.overMultiple", maximum, context.loanMultiple())
                : allowed(request);
    };

    public static final Policy WITHIN_FUND = (request, context) ->
            request.amount().isGreaterThan(context.fundAvailable())
                    ? Outcome.refused("loan.refused.overFund", context.fundAvailable())
                    : allowed(request);

    public static final Policy ONE_OPEN_LOAN = (request, context) ->
            context.oneOpenLoanOnly() && context.memberOpenLoans() > 0
                    ? Outcome.refused("loan.refused.openLoan")
                    : allowed(request);

    public static final Policy NO_ARREARS = (request, context) ->
            context.memberInArrears() ? Outcome.refused("loan.refused.arrears") : allowed(request);

    private LoanEligibility() {
    }

    /** Every rule, in the order a member is told about them. */
    public static List<Policy> allPolicies() {
        return List.of(
                STAGE_ALLOWS_LENDING,
                INTEREST_RATE_DECIDED,
                AMOUNT_IS_POSITIVE,
                TERM_WITHIN_MAXIMUM,
                WITHIN_MULTIPLE_OF_SAVINGS,
                WITHIN_FUND,
                ONE_OPEN_LOAN,
                NO_ARREARS);
    }

    /** Allowed when every policy allows; otherwise the first refusal. */
    public static Outcome<Allowance> check(RequestedLoan request, EligibilityContext context) {
        List<Refusal> refusals = refusals(request, context);
        return refusals.isEmpty() ? allowed(request) : Outcome.refused(refusals.get(0));
    }

    /** Every refusal, so the member can be told all that stands in the way at once. */
    public static List<Refusal> refusals(RequestedLoan request, EligibilityContext context) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        return allPolicies().stream()
                .map(policy -> policy.check(request, context))
                .filter(outcome -> outcome instanceof Outcome.Refused<Allowance>)
                .map(outcome -> ((Outcome.Refused<Allowance>) outcome).refusal())
                .toList();
    }

    private static Outcome<Allowance> allowed(RequestedLoan request) {
        return Outcome.done(new Allowance(request));
    }
}
