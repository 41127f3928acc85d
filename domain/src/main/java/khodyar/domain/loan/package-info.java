/**
 * Internal loans from a group's fund to its members.
 *
 * <h2>Life of a loan</h2>
 * {@link khodyar.domain.loan.Loan} moves REQUESTED, then APPROVED or REFUSED by the assembly,
 * DISBURSED when the treasurer pays out, REPAYING after the first repayment, REPAID when nothing
 * is owed. OVERDUE is derived from the schedule and the day ({@code Loan.followUp(today)}): an
 * instalment is late the day after its due date while any of it is unpaid; catching up returns
 * the loan to REPAYING. WRITTEN_OFF follows an assembly vote. Each move is one guarded method
 * that throws {@link java.lang.IllegalStateException} from a status that does not allow it.
 *
 * <h2>Schedules</h2>
 * {@link khodyar.domain.loan.ScheduleGenerator}: flat, or declining balance with equal
 * instalments (annuity) or equal principal. The periodic rate is the annual rate / 12 monthly,
 * / 26 biweekly, / 52 weekly. Intermediate values keep 34 significant digits; every amount is
 * rounded to a whole rial with the {@link java.math.RoundingMode} of the
 * {@link khodyar.domain.loan.LoanTerms}; the last instalment takes the principal left, so the
 * principal column sums exactly to the loan. An interest-free loan (qard al-hasan) is a rate of
 * zero and a {@link khodyar.domain.loan.ServiceFee}, charged once with the first instalment.
 * A term in months becomes instalments in the group's rhythm, rounded half up (3 months are 13
 * weekly instalments).
 *
 * <h2>Repayment allocation</h2>
 * A repayment pays, in order: the fee due, the interest due, the principal due, then the
 * principal of the next instalments (nearest first); only when all principal is paid does it go
 * to fee and interest not yet due. "Due" means the instalment's due date is on or before the
 * repayment date. Paying early does not reduce the scheduled interest. Paying more than is still
 * owed is refused ({@code loan.refused.overpay}); a repayment's idempotency key is applied once.
 *
 * <h2>Eligibility and portfolio</h2>
 * {@link khodyar.domain.loan.LoanEligibility#allPolicies()} lists the rules a request must pass;
 * {@link khodyar.domain.loan.PortfolioFigures} derives loans outstanding, portfolio at risk,
 * repayment rate and fund utilisation from the loans on a given day.
 */
package khodyar.domain.loan;
