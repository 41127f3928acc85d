package khodyar.domain.assembly;

import static khodyar.domain.assembly.AssemblyFixtures.afterVotes;
import static khodyar.domain.assembly.AssemblyFixtures.member;
import static khodyar.domain.assembly.AssemblyFixtures.opened;
import static khodyar.domain.assembly.MotionChoice.AGAINST;
import static khodyar.domain.assembly.MotionChoice.FOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;

class DecidedStepsTest {

    private static final SavingsTerms WEEKLY_50_000_TOMAN =
            new SavingsTerms(Money.ofToman(50_000), SavingsRhythm.WEEKLY, Money.ZERO);

    private static Proposal passed(ProposalPayload payload) {
        return afterVotes(opened(payload, 3, Secrecy.OPEN), FOR, FOR);
    }

    private static Proposal seatFilled(Role seat) {
        return afterVotes(opened(new BoardSeatElection(seat, List.of(member(1), member(2))), 3, Secrecy.SECRET),
                Choice.candidate(member(1)), Choice.candidate(member(1)));
    }

    @Test
    void passedAgreementConstitutionRateAndDistributionSettleTheirSteps() {
        List<Proposal> decided = List.of(
                passed(WEEKLY_50_000_TOMAN),
                passed(new ConstitutionTerms(WEEKLY_50_000_TOMAN, 3, 12, new Quorum(50), Majority.SIMPLE)),
                passed(RateTerms.percentPerYear(new BigDecimal("12"))),
                passed(new Distribution(Map.of(member(1), Money.ofToman(5_000_000)))));

        assertThat(DecidedSteps.of(decided)).containsExactlyInAnyOrder("O3", "O2", "C4", "M2");
    }

    @Test
    void aLostOrStillOpenVoteSettlesNothing() {
        Proposal lost = afterVotes(opened(WEEKLY_50_000_TOMAN, 3, Secrecy.OPEN), AGAINST, AGAINST);
        Proposal open = opened(new ConstitutionTerms(WEEKLY_50_000_TOMAN, 3, 12, new Quorum(50), Majority.SIMPLE),
                3, Secrecy.OPEN);

        assertThat(DecidedSteps.of(List.of(lost, open))).isEmpty();
    }

    @Test
    void theBoardIsDoneOnlyWhenAllThreeSeatsAreFilled() {
        assertThat(DecidedSteps.of(List.of(seatFilled(Role.CHAIR), seatFilled(Role.TREASURER)))).isEmpty();

        assertThat(DecidedSteps.of(List.of(seatFilled(Role.CHAIR), seatFilled(Role.TREASURER),
                seatFilled(Role.SECRETARY)))).containsExactly("O4");
    }

    @Test
    void electedRepresentativesSettleTheKanoonStep() {
        Proposal election = afterVotes(opened(new Representatives(List.of(member(1), member(2)), 1), 3,
                Secrecy.SECRET), Choice.candidate(member(2)), Choice.candidate(member(2)));

        assertThat(DecidedSteps.of(List.of(election))).containsExactly("M10");
    }
}
