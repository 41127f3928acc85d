package khodyar.domain.assembly;

import static khodyar.domain.assembly.AssemblyFixtures.aGroupOf;
import static khodyar.domain.assembly.AssemblyFixtures.afterVotes;
import static khodyar.domain.assembly.AssemblyFixtures.member;
import static khodyar.domain.assembly.AssemblyFixtures.opened;
import static khodyar.domain.assembly.MotionChoice.AGAINST;
import static khodyar.domain.assembly.MotionChoice.FOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import khodyar.domain.assembly.AssemblyEffect.BankLoanDistributionAgreed;
import khodyar.domain.assembly.AssemblyEffect.BoardElected;
import khodyar.domain.assembly.AssemblyEffect.ConstitutionAdopted;
import khodyar.domain.assembly.AssemblyEffect.LoanApproved;
import khodyar.domain.assembly.AssemblyEffect.LoanRefused;
import khodyar.domain.assembly.AssemblyEffect.RateDecided;
import khodyar.domain.assembly.AssemblyEffect.RepresentativesElected;
import khodyar.domain.assembly.AssemblyEffect.RevoteNeeded;
import khodyar.domain.assembly.AssemblyEffect.SavingsAgreed;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;

class AssemblyEffectsTest {

    private static final RateTerms FOUR_PERCENT = RateTerms.percentPerYear(new BigDecimal("4"));
    private static final SavingsTerms WEEKLY_100_000_TOMAN =
            new SavingsTerms(Money.ofToman(100_000), SavingsRhythm.WEEKLY, Money.ofToman(10_000));
    private static final ConstitutionTerms CONSTITUTION = new ConstitutionTerms(WEEKLY_100_000_TOMAN, 2, 10,
            new Quorum(60), Majority.TWO_THIRDS);

    private static Proposal passed(ProposalPayload payload) {
        return afterVotes(opened(payload, 3, Secrecy.OPEN), FOR, FOR);
    }

    private static Proposal rejected(ProposalPayload payload) {
        return afterVotes(opened(payload, 3, Secrecy.OPEN), AGAINST, AGAINST);
    }

    @Test
    void aPassedRateSetsTheGroupsLoanTerms() {
        List<AssemblyEffect> effects = AssemblyEffects.of(passed(FOUR_PERCENT));

        assertThat(effects).containsExactly(new RateDecided(FOUR_PERCENT));
        GroupRules rules = GroupRules.defaults().after(effects.get(0));
        assertThat(rules.interestDecided()).isTrue();
        assertThat(rules.interest()).contains(FOUR_PERCENT);
    }

    @Test
    void anInterestFreeRateMayCarryAServiceFee() {
        RateTerms qardAlHasan = RateTerms.interestFree(Money.ofToman(50_000));

        List<AssemblyEffect> effects = AssemblyEffects.of(passed(qardAlHasan));

        RateTerms decided = ((RateDecided) effects.get(0)).rate();
        assertThat(decided.isInterestFree()).isTrue();
        assertThat(decided.serviceFee()).isEqualTo(Money.ofToman(50_000));
    }

    @Test
    void aRejectedRateChangesNothing() {
        assertThat(AssemblyEffects.of(rejected(FOUR_PERCENT))).isEmpty();
    }

    @Test
    void anAbsurdRateIsRefusedAtOpening() {
        Outcome<Opening> outcome = Proposal.open(new ProposalId("rate"), new GroupId("g"), member(1),
                RateTerms.percentPerYear(new BigDecimal("400")), aGroupOf(5), Secrecy.OPEN, VotingRules.defaults(),
                AssemblyFixtures.OPENED_AT);

        assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.RATE_TOO_HIGH, BigDecimal.valueOf(100)));
    }

    @Test
    void anApprovedLoanIsToBePaidOutAndARefusedOneIsAnswered() {
        LoanRequest request = new LoanRequest("loan-3", member(2), Money.ofToman(3_000_000), 6, "chickens");

        assertThat(AssemblyEffects.of(passed(request)))
                .containsExactly(new LoanApproved("loan-3", member(2), Money.ofToman(3_000_000), 6));
        assertThat(AssemblyEffects.of(rejected(request))).containsExactly(new LoanRefused("loan-3", member(2)));
    }

    @Test
    void aLoanForSomeoneOutsideTheGroupIsRefusedAtOpening() {
        LoanRequest request = new LoanRequest("loan-4", member(9), Money.ofToman(1_000_000), 3, "");

        Outcome<Opening> outcome = Proposal.open(new ProposalId("loan-4"), new GroupId("g"), member(9), request,
                aGroupOf(3), Secrecy.OPEN, VotingRules.defaults(), AssemblyFixtures.OPENED_AT);

        assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.BORROWER_NOT_MEMBER));
    }

    @Test
    void anAdoptedConstitutionGovernsLaterProposals() {
        List<AssemblyEffect> effects = AssemblyEffects.of(passed(CONSTITUTION));
        assertThat(effects).containsExactly(new ConstitutionAdopted(CONSTITUTION));

        GroupRules rules = GroupRules.defaults().after(effects.get(0));

        assertThat(rules.votingRules()).isEqualTo(new VotingRules(new Quorum(60), Majority.TWO_THIRDS,
                Duration.ofDays(7)));
        assertThat(rules.loanMultiple()).isEqualTo(2);
        assertThat(rules.maxTermMonths()).isEqualTo(10);
        assertThat(rules.savings()).contains(WEEKLY_100_000_TOMAN);
        Proposal nextVote = opened(FOUR_PERCENT, aGroupOf(6), Secrecy.OPEN, rules.votingRules());
        assertThat(afterVotes(nextVote, FOR, FOR, FOR).isOpen()).isTrue();
        assertThat(afterVotes(nextVote, FOR, FOR, FOR, FOR).decision().orElseThrow().passed()).isTrue();
    }

    @Test
    void aSavingsAgreementSetsWhatIsDueAndWhen() {
        List<AssemblyEffect> effects = AssemblyEffects.of(passed(WEEKLY_100_000_TOMAN));

        assertThat(effects).containsExactly(new SavingsAgreed(WEEKLY_100_000_TOMAN));
        assertThat(GroupRules.defaults().after(effects.get(0)).savings()).contains(WEEKLY_100_000_TOMAN);
    }

    @Test
    void aBoardElectionFillsItsSeat() {
        Proposal election = opened(new BoardSeatElection(Role.TREASURER, List.of(member(2), member(3))), 3,
                Secrecy.SECRET);

        Proposal decided = afterVotes(election, Choice.candidate(member(2)), Choice.candidate(member(2)));

        assertThat(AssemblyEffects.of(decided)).containsExactly(new BoardElected(Role.TREASURER, member(2)));
    }

    @Test
    void aTiedBoardElectionCallsForARevote() {
        Proposal election = opened(new BoardSeatElection(Role.CHAIR, List.of(member(1), member(2))), 2,
                Secrecy.SECRET);

        Proposal tied = afterVotes(election, Choice.candidate(member(1)), Choice.candidate(member(2)));

        assertThat(AssemblyEffects.of(tied)).containsExactly(new RevoteNeeded(tied.id(), ProposalKind.BOARD_ELECTION, 1));
    }

    @Test
    void aPassedDistributionSaysWhoGetsHowMuchOfTheBankLoan() {
        Map<PersonId, Money> shares = Map.of(
                member(1), Money.ofToman(20_000_000), member(2), Money.ofToman(30_000_000));

        List<AssemblyEffect> effects = AssemblyEffects.of(passed(new Distribution(shares)));

        assertThat(effects).containsExactly(new BankLoanDistributionAgreed(shares));
    }

    @Test
    void electedRepresentativesAreNamedBestVotedFirst() {
        Proposal election = opened(new Representatives(List.of(member(1), member(2), member(3)), 2), 3,
                Secrecy.SECRET);

        Proposal decided = afterVotes(election, Choice.candidate(member(3)), Choice.candidate(member(1)),
                Choice.candidate(member(3)));

        assertThat(AssemblyEffects.of(decided)).containsExactly(new RepresentativesElected(List.of(member(3), member(1))));
    }

    @Test
    void aFreeMotionIsOnlyRecorded() {
        Proposal decided = passed(new FreeMotion("Meet on Thursdays at the mosque hall"));

        assertThat(decided.decision().orElseThrow().passed()).isTrue();
        assertThat(AssemblyEffects.of(decided)).isEmpty();
    }

    @Test
    void anOpenProposalHasNoEffectsYet() {
        Proposal open = opened(FOUR_PERCENT, 5, Secrecy.OPEN);

        assertThatThrownBy(() -> AssemblyEffects.of(open)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewGroupStartsWithTheContractsRules() {
        GroupRules rules = GroupRules.defaults();

        assertThat(rules.votingRules()).isEqualTo(VotingRules.defaults());
        assertThat(rules.votingRules().majority()).isEqualTo(Majority.SIMPLE);
        assertThat(rules.loanMultiple()).isEqualTo(3);
        assertThat(rules.oneOpenLoanPerMember()).isTrue();
        assertThat(rules.interestDecided()).isFalse();
        assertThat(rules.savings()).isEmpty();
    }

    @Test
    void everyKindBelongsToItsRoadmapStep() {
        assertThat(ProposalKind.INTEREST_RATE.roadmapStepId()).contains("C4");
        assertThat(ProposalKind.CONSTITUTION.roadmapStepId()).contains("O2");
        assertThat(ProposalKind.SAVINGS_AGREEMENT.roadmapStepId()).contains("O3");
        assertThat(ProposalKind.BOARD_ELECTION.roadmapStepId()).contains("O4");
        assertThat(ProposalKind.BANK_LOAN_DISTRIBUTION.roadmapStepId()).contains("M2");
        assertThat(ProposalKind.KANOON_REPRESENTATIVES.roadmapStepId()).contains("M10");
        assertThat(ProposalKind.FREE_MOTION.roadmapStepId()).isEmpty();
    }
}
