package khodyar.bot.assembly.internal;

import khodyar.domain.assembly.BoardSeatElection;
import khodyar.domain.assembly.ConstitutionTerms;
import khodyar.domain.assembly.Distribution;
import khodyar.domain.assembly.FreeMotion;
import khodyar.domain.assembly.LoanRequest;
import khodyar.domain.assembly.Majority;
import khodyar.domain.assembly.ProposalKind;
import khodyar.domain.assembly.ProposalPayload;
import khodyar.domain.assembly.Quorum;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.assembly.Representatives;
import khodyar.domain.assembly.SavingsRhythm;
import khodyar.domain.assembly.SavingsTerms;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A proposal's payload as stored: one flat document for every kind, the fields a kind does not use
 * left empty. Rates are kept as decimal text and money as whole rials, so nothing is rounded on the way.
 */
public record StoredPayload(
        ProposalKind kind,
        String ratePercent,
        Long serviceFeeRials,
        String text,
        String loanId,
        Long borrower,
        Long amountRials,
        Integer months,
        Role seat,
        List<Long> candidates,
        Integer seats,
        Long savingsRials,
        SavingsRhythm rhythm,
        Long lateFineRials,
        Integer loanMultiple,
        Integer maxTermMonths,
        Integer quorumPercent,
        Majority majority,
        Map<String, Long> shares,
        LocalDate firstDueDate) {

    public static StoredPayload of(ProposalPayload payload) {
        Builder b = new Builder(payload.kind());
        if (payload instanceof RateTerms rate) {
            b.ratePercent = rate.percentPerYear().toPlainString();
            b.serviceFeeRials = rate.serviceFee().rials();
        } else if (payload instanceof FreeMotion motion) {
            b.text = motion.text();
        } else if (payload instanceof LoanRequest loan) {
            b.loanId = loan.loanId();
            b.borrower = loan.borrower().value();
            b.amountRials = loan.amount().rials();
            b.months = loan.months();
            b.text = loan.purpose();
        } else if (payload instanceof BoardSeatElection election) {
            b.seat = election.seat();
            b.candidates = ids(election.candidates());
        } else if (payload instanceof Representatives representatives) {
            b.candidates = ids(representatives.candidates());
            b.seats = representatives.seats();
        } else if (payload instanceof SavingsTerms savings) {
            b.savings(savings);
        } else if (payload instanceof ConstitutionTerms terms) {
            b.savings(terms.savings());
            b.loanMultiple = terms.loanMultiple();
            b.maxTermMonths = terms.maxTermMonths();
            b.quorumPercent = terms.quorum().percentOfMembers();
            b.majority = terms.majority();
        } else if (payload instanceof Distribution distribution) {
            Map<String, Long> shares = new LinkedHashMap<>();
            distribution.shares().forEach((person, share) -> shares.put(Long.toString(person.value()), share.rials()));
            b.shares = shares;
        }
        return b.build();
    }

    public ProposalPayload toPayload() {
        return switch (kind) {
            case INTEREST_RATE -> new RateTerms(new BigDecimal(ratePercent), Money.ofRials(serviceFeeRials));
            case FREE_MOTION -> new FreeMotion(text);
            case INTERNAL_LOAN -> new LoanRequest(loanId, new PersonId(borrower), Money.ofRials(amountRials), months, text);
            case BOARD_ELECTION -> new BoardSeatElection(seat, people(candidates));
            case KANOON_REPRESENTATIVES -> new Representatives(people(candidates), seats);
            case SAVINGS_AGREEMENT -> savingsTerms();
            case CONSTITUTION -> new ConstitutionTerms(savingsTerms(), loanMultiple, maxTermMonths,
                    new Quorum(quorumPercent), majority);
            case BANK_LOAN_DISTRIBUTION -> {
                Map<PersonId, Money> parsed = new LinkedHashMap<>();
                shares.forEach((person, rials) -> parsed.put(new PersonId(Long.parseLong(person)), Money.ofRials(rials)));
                yield new Distribution(parsed);
            }
        };
    }

    private SavingsTerms savingsTerms() {
        return new SavingsTerms(Money.ofRials(savingsRials), rhythm, Money.ofRials(lateFineRials),
                Optional.ofNullable(firstDueDate));
    }

    private static List<Long> ids(List<PersonId> people) {
        return people.stream().map(PersonId::value).toList();
    }

    private static List<PersonId> people(List<Long> ids) {
        return ids.stream().map(PersonId::new).toList();
    }

    private static final class Builder {
        private final ProposalKind kind;
        private String ratePercent;
        private Long serviceFeeRials;
        private String text;
        private String loanId;
        private Long borrower;
        private Long amountRials;
        private Integer months;
        private Role seat;
        private List<Long> candidates;
        private Integer seats;
        private Long savingsRials;
        private SavingsRhythm rhythm;
        private Long lateFineRials;
        private Integer loanMultiple;
        private Integer maxTermMonths;
        private Integer quorumPercent;
        private Majority majority;
        private Map<String, Long> shares;
        private LocalDate firstDueDate;

        Builder(ProposalKind kind) {
            this.kind = kind;
        }

        void savings(SavingsTerms terms) {
            savingsRials = terms.amountPerPeriod().rials();
            rhythm = terms.rhythm();
            lateFineRials = terms.lateFine().rials();
            firstDueDate = terms.firstDueDate().orElse(null);
        }

        StoredPayload build() {
            return new StoredPayload(kind, ratePercent, serviceFeeRials, text, loanId, borrower, amountRials, months,
                    seat, candidates, seats, savingsRials, rhythm, lateFineRials, loanMultiple, maxTermMonths,
                    quorumPercent, majority, shares, firstDueDate);
        }
    }
}
