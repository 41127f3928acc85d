package khodyar.domain.loan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;

/**
 * An internal loan from the group's fund to one member. Immutable: every transition is a
 * guarded method that returns the loan in its new state, and throws
 * {@link IllegalStateException} when the current status does not allow it.
 *
 * <pre>
 * REQUESTED -approve-> APPROVED -disburse-> DISBURSED -repayment-> REPAYING -last repayment-> REPAID
 *           -refuse--> REFUSED
 * DISBURSED, REPAYING -markOverdue (an instalment is late)-> OVERDUE -markCaughtUp-> REPAYING
 * DISBURSED, REPAYING, OVERDUE -writeOff (assembly vote)-> WRITTEN_OFF
 * </pre>
 *
 * <p><b>Repayment allocation rule.</b> A repayment pays, in this order: (1) the service fee of
 * instalments already due, (2) the interest of instalments already due, (3) the principal of
 * instalments already due, then prepays the principal of the next instalments, nearest first;
 * (4) once all principal is paid, the fee and interest of instalments not yet due. Within each
 * column the oldest instalment is paid first, so how much of each instalment is paid follows
 * from the column totals alone. The schedule's interest is the agreed price: paying early does
 * not reduce it. Paying more than is still owed is refused ({@code loan.refused.overpay}).
 * An instalment is late the day after its due date while any part of it is unpaid.
 */
public final class Loan {

    private static final Set<LoanStatus> ACCEPTS_REPAYMENT =
            EnumSet.of(LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.OVERDUE);

    private final LoanId id;
    private final GroupId groupId;
    private final PersonId borrower;
    private final Money principal;
    private final int months;
    private final String purpose;
    private final LoanTerms terms;
    private final Schedule schedule;
    private final List<Repayment> repayments;
    private final LoanStatus status;
    private final Instant requestedAt;
    private final Instant decidedAt;
    private final LocalDate disbursedOn;
    private final LocalDate closedOn;

    private Loan(LoanId id, GroupId groupId, PersonId borrower, Money principal, int months, String purpose,
            LoanTerms terms, Schedule schedule, List<Repayment> repayments, LoanStatus status,
            Instant requestedAt, Instant decidedAt, LocalDate disbursedOn, LocalDate closedOn) {
        this.id = Objects.requireNonNull(id, "id");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.borrower = Objects.requireNonNull(borrower, "borrower");
        this.principal = Objects.requireNonNull(principal, "principal");
        this.months = months;
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.repayments = List.copyOf(repayments);
        this.status = Objects.requireNonNull(status, "status");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.decidedAt = decidedAt;
        this.disbursedOn = disbursedOn;
        this.closedOn = closedOn;
    }

    /**
     * A member asks for a loan. The schedule is worked out from {@code proposedFirstDue} so the
     * member can see it before confirming; it is worked out again when the loan is paid out.
     */
    public static Loan request(LoanId id, GroupId groupId, PersonId borrower, Money principal, int months,
            String purpose, LoanTerms terms, LocalDate proposedFirstDue, Instant requestedAt) {
        if (principal.isZero()) {
            throw new IllegalArgumentException("a loan lends something; eligibility refuses zero first");
        }
        Schedule schedule = ScheduleGenerator.generate(principal, terms.rhythm().instalmentsIn(months), terms,
                proposedFirstDue);
        return new Loan(id, groupId, borrower, principal, months, purpose, terms, schedule, List.of(),
                LoanStatus.REQUESTED, requestedAt, null, null, null);
    }

    /**
     * A loan as it was stored, rebuilt field by field. Checks that the parts agree with each other
     * (the schedule lends the principal, dates match the status, repayments add up), so a damaged
     * record fails loudly instead of becoming a loan that no transition would have produced.
     */
    public static Loan restore(LoanId id, GroupId groupId, PersonId borrower, Money principal, int months,
            String purpose, LoanTerms terms, Schedule schedule, List<Repayment> repayments, LoanStatus status,
            Instant requestedAt, Instant decidedAt, LocalDate disbursedOn, LocalDate closedOn) {
        Loan loan = new Loan(id, groupId, borrower, principal, months, purpose, terms, schedule, repayments, status,
                requestedAt, decidedAt, disbursedOn, closedOn);
        loan.requireConsistent();
        return loan;
    }

    // --- transitions -------------------------------------------------------------------------

    /** The assembly approved the request. */
    public Loan approve(Instant decidedAt) {
        requireStatus("approve", LoanStatus.REQUESTED);
        return with(LoanStatus.APPROVED, schedule, repayments, Objects.requireNonNull(decidedAt), null, null);
    }

    /** The assembly refused the request. */
    public Loan refuse(Instant decidedAt) {
        requireStatus("refuse", LoanStatus.REQUESTED);
        return with(LoanStatus.REFUSED, schedule, repayments, Objects.requireNonNull(decidedAt), null, null);
    }

    /** The treasurer paid the money out; the schedule is set from the first due date. */
    public Loan disburse(LocalDate paidOn, LocalDate firstDue) {
        requireStatus("disburse", LoanStatus.APPROVED);
        if (!firstDue.isAfter(paidOn)) {
            throw new IllegalArgumentException("the first instalment falls due after the payout: "
                    + firstDue + " <= " + paidOn);
        }
        Schedule actual = ScheduleGenerator.generate(principal, schedule.size(), terms, firstDue);
        return with(LoanStatus.DISBURSED, actual, repayments, decidedAt, paidOn, null);
    }

    /**
     * Applies a repayment by the allocation rule in the class comment. A key seen before answers
     * with the first result; the same key with another amount is a bug and throws.
     */
    public Outcome<RepaymentApplied> applyRepayment(Money amount, LocalDate on, String key) {
        Optional<Repayment> earlier = repayments.stream().filter(r -> r.key().equals(key)).findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().amount().equals(amount)) {
                throw new IllegalStateException("repayment " + key + " was " + earlier.get().amount()
                        + ", now " + amount);
            }
            return Outcome.done(new RepaymentApplied(this, earlier.get(), stillOwed(), nextDue(), true));
        }
        if (!ACCEPTS_REPAYMENT.contains(status)) {
            throw new IllegalStateException("loan " + id.value() + " is " + status + " and takes no repayment");
        }
        if (on.isBefore(disbursedOn)) {
            throw new IllegalArgumentException("repayment on " + on + " before the payout on " + disbursedOn);
        }
        if (amount.isZero()) {
            return Outcome.refused("loan.refused.amountNotPositive");
        }
        Money owed = stillOwed();
        if (amount.isGreaterThan(owed)) {
            return Outcome.refused("loan.refused.overpay", owed);
        }
        Repayment repayment = allocate(amount, on, key);
        List<Repayment> applied = new ArrayList<>(repayments);
        applied.add(repayment);
        Loan after = with(status, schedule, applied, decidedAt, disbursedOn, null);
        Loan settled = after.stillOwed().isZero()
                ? after.with(LoanStatus.REPAID, schedule, applied, decidedAt, disbursedOn, on)
                : after.with(after.hasLateInstalment(on) ? LoanStatus.OVERDUE : LoanStatus.REPAYING,
                        schedule, applied, decidedAt, disbursedOn, null);
        return Outcome.done(new RepaymentApplied(settled, repayment, settled.stillOwed(), settled.nextDue(), false));
    }

    /** An instalment is late on {@code today}: the loan is overdue. */
    public Loan markOverdue(LocalDate today) {
        requireStatus("mark overdue", LoanStatus.DISBURSED, LoanStatus.REPAYING);
        if (!hasLateInstalment(today)) {
            throw new IllegalStateException("loan " + id.value() + " has no late instalment on " + today);
        }
        return with(LoanStatus.OVERDUE, schedule, repayments, decidedAt, disbursedOn, null);
    }

    /** Nothing is late any more on {@code today}: back to repaying. */
    public Loan markCaughtUp(LocalDate today) {
        requireStatus("mark caught up", LoanStatus.OVERDUE);
        if (hasLateInstalment(today)) {
            throw new IllegalStateException("loan " + id.value() + " still has a late instalment on " + today);
        }
        return with(LoanStatus.REPAYING, schedule, repayments, decidedAt, disbursedOn, null);
    }

    /** The overdue status as the schedule says on {@code today}; a loan not out is left as it is. */
    public Loan followUp(LocalDate today) {
        boolean late = hasLateInstalment(today);
        if (late && (status == LoanStatus.DISBURSED || status == LoanStatus.REPAYING)) {
            return markOverdue(today);
        }
        if (!late && status == LoanStatus.OVERDUE) {
            return markCaughtUp(today);
        }
        return this;
    }

    /** The assembly voted to write off what is still owed. */
    public Loan writeOff(LocalDate decidedOn) {
        requireStatus("write off", LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.OVERDUE);
        return with(LoanStatus.WRITTEN_OFF, schedule, repayments, decidedAt, disbursedOn,
                Objects.requireNonNull(decidedOn));
    }

    // --- what is owed ------------------------------------------------------------------------

    public Money paidPrincipal() {
        return sumOfRepayments(Repayment::principal);
    }

    public Money paidInterest() {
        return sumOfRepayments(Repayment::interest);
    }

    public Money paidFee() {
        return sumOfRepayments(Repayment::fee);
    }

    public Money outstandingPrincipal() {
        return principal.minus(paidPrincipal());
    }

    /** Everything of the schedule not yet paid: principal, interest and fee. */
    public Money stillOwed() {
        return schedule.total().minus(paidPrincipal()).minus(paidInterest()).minus(paidFee());
    }

    /** What is unpaid of instalments due on or before {@code date}. */
    public Money dueBy(LocalDate date) {
        return schedule.instalments().stream().filter(i -> i.isDueBy(date))
                .map(this::unpaidOf).reduce(Money.ZERO, Money::plus);
    }

    /** What is still unpaid of {@code instalment}. */
    public Money unpaidOf(Instalment instalment) {
        return instalment.total().minus(paidOf(instalment, repayments));
    }

    /** How much of {@code instalment} was paid on or before its due date. */
    public Money paidOnTimeOf(Instalment instalment) {
        List<Repayment> onTime = repayments.stream().filter(r -> !r.date().isAfter(instalment.dueDate())).toList();
        return paidOf(instalment, onTime);
    }

    /** Instalments whose due date has passed with something unpaid. */
    public List<Instalment> lateInstalments(LocalDate today) {
        if (!status.isOutstanding()) {
            return List.of();
        }
        return schedule.instalments().stream()
                .filter(i -> i.dueDate().isBefore(today) && !unpaidOf(i).isZero())
                .toList();
    }

    public boolean hasLateInstalment(LocalDate today) {
        return !lateInstalments(today).isEmpty();
    }

    /** The first instalment with something unpaid, while the loan is out. */
    public Optional<RepaymentApplied.NextDue> nextDue() {
        if (!status.isOutstanding()) {
            return Optional.empty();
        }
        return schedule.instalments().stream()
                .filter(i -> !unpaidOf(i).isZero())
                .findFirst()
                .map(i -> new RepaymentApplied.NextDue(i.number(), i.dueDate(), unpaidOf(i)));
    }

    // --- accessors ---------------------------------------------------------------------------

    public LoanId id() {
        return id;
    }

    public GroupId groupId() {
        return groupId;
    }

    public PersonId borrower() {
        return borrower;
    }

    public Money principal() {
        return principal;
    }

    public int months() {
        return months;
    }

    public String purpose() {
        return purpose;
    }

    public LoanTerms terms() {
        return terms;
    }

    public Schedule schedule() {
        return schedule;
    }

    public List<Repayment> repayments() {
        return repayments;
    }

    public LoanStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<LocalDate> disbursedOn() {
        return Optional.ofNullable(disbursedOn);
    }

    /** The day the loan was repaid in full or written off. */
    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    @Override
    public String toString() {
        return "Loan[" + id.value() + " " + status + " " + principal + " to " + borrower + "]";
    }

    // --- internals ---------------------------------------------------------------------------

    private Repayment allocate(Money amount, LocalDate on, String key) {
        Money left = amount;
        Money feeDue = unpaidDue(Instalment::fee, Repayment::fee, on);
        Money fee = left.min(feeDue);
        left = left.minus(fee);
        Money interestDue = unpaidDue(Instalment::interest, Repayment::interest, on);
        Money interest = left.min(interestDue);
        left = left.minus(interest);
        Money principalPart = left.min(outstandingPrincipal());
        left = left.minus(principalPart);
        Money futureFee = left.min(schedule.totalFee().minus(paidFee()).minus(fee));
        left = left.minus(futureFee);
        Money futureInterest = left.min(schedule.totalInterest().minus(paidInterest()).minus(interest));
        left = left.minus(futureInterest);
        if (!left.isZero()) {
            throw new IllegalStateException("allocation left " + left + " of a repayment within what is owed");
        }
        return new Repayment(key, on, amount, fee.plus(futureFee), interest.plus(futureInterest), principalPart);
    }

    /** The unpaid part of one column over the instalments due by {@code date}, never below zero. */
    private Money unpaidDue(Function<Instalment, Money> column, Function<Repayment, Money> paidColumn,
            LocalDate date) {
        Money due = schedule.instalments().stream().filter(i -> i.isDueBy(date))
                .map(column).reduce(Money.ZERO, Money::plus);
        Money paid = sumOfRepayments(paidColumn);
        return paid.isLessThan(due) ? due.minus(paid) : Money.ZERO;
    }

    /** Columns fill oldest instalment first, so each column's total says how much of each instalment is paid. */
    private Money paidOf(Instalment instalment, List<Repayment> counted) {
        return coveredOf(instalment, Instalment::fee, sum(counted, Repayment::fee))
                .plus(coveredOf(instalment, Instalment::interest, sum(counted, Repayment::interest)))
                .plus(coveredOf(instalment, Instalment::principal, sum(counted, Repayment::principal)));
    }

    private Money coveredOf(Instalment instalment, Function<Instalment, Money> column, Money columnPaid) {
        Money before = schedule.instalments().subList(0, instalment.number() - 1).stream()
                .map(column).reduce(Money.ZERO, Money::plus);
        if (!columnPaid.isGreaterThan(before)) {
            return Money.ZERO;
        }
        return columnPaid.minus(before).min(column.apply(instalment));
    }

    private Money sumOfRepayments(Function<Repayment, Money> column) {
        return sum(repayments, column);
    }

    private static Money sum(List<Repayment> counted, Function<Repayment, Money> column) {
        return counted.stream().map(column).reduce(Money.ZERO, Money::plus);
    }

    private void requireConsistent() {
        requireStored(schedule.totalPrincipal().equals(principal), "its schedule lends " + schedule.totalPrincipal());
        requireStored((decidedAt == null) == (status == LoanStatus.REQUESTED), "decision time and status disagree");
        requireStored((disbursedOn == null) != status.wasDisbursed(), "payout day and status disagree");
        requireStored((closedOn == null) == (status != LoanStatus.REPAID && status != LoanStatus.WRITTEN_OFF),
                "closing day and status disagree");
        requireStored(repayments.isEmpty() || status.wasDisbursed(), "repayments on a loan never paid out");
        requireStored(repayments.stream().map(Repayment::key).distinct().count() == repayments.size(),
                "a repayment key appears twice");
        Money paid = paidPrincipal().plus(paidInterest()).plus(paidFee());
        requireStored(!paid.isGreaterThan(schedule.total()), "repayments exceed the schedule");
        requireStored(!paidPrincipal().isGreaterThan(principal), "principal repaid exceeds the loan");
        requireStored((status == LoanStatus.REPAID) == (status.wasDisbursed() && stillOwed().isZero()
                        && status != LoanStatus.WRITTEN_OFF),
                "what is owed and status disagree");
    }

    private void requireStored(boolean holds, String problem) {
        if (!holds) {
            throw new IllegalArgumentException("stored loan " + id.value() + " (" + status + ") is inconsistent: "
                    + problem);
        }
    }

    private void requireStatus(String transition, LoanStatus... allowed) {
        for (LoanStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new IllegalStateException("cannot " + transition + " loan " + id.value() + " while it is " + status);
    }

    private Loan with(LoanStatus newStatus, Schedule newSchedule, List<Repayment> newRepayments,
            Instant newDecidedAt, LocalDate newDisbursedOn, LocalDate newClosedOn) {
        return new Loan(id, groupId, borrower, principal, months, purpose, terms, newSchedule, newRepayments,
                newStatus, requestedAt, newDecidedAt, newDisbursedOn, newClosedOn);
    }
}
