package khodyar.domain.assembly;

import static khodyar.domain.assembly.AssemblyFixtures.aGroupOf;
import static khodyar.domain.assembly.AssemblyFixtures.afterVotes;
import static khodyar.domain.assembly.AssemblyFixtures.member;
import static khodyar.domain.assembly.AssemblyFixtures.minutesAfterOpening;
import static khodyar.domain.assembly.AssemblyFixtures.opened;
import static khodyar.domain.assembly.MotionChoice.ABSTAIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import org.junit.jupiter.api.Test;

class ElectionTest {

    private static final PersonId ZAHRA = member(1);
    private static final PersonId MARYAM = member(2);
    private static final PersonId FATEMEH = member(3);
    private static final Choice FOR_ZAHRA = Choice.candidate(ZAHRA);
    private static final Choice FOR_MARYAM = Choice.candidate(MARYAM);
    private static final Choice FOR_FATEMEH = Choice.candidate(FATEMEH);

    private static Proposal treasurerElection(int members, PersonId... candidates) {
        return opened(new BoardSeatElection(Role.TREASURER, List.of(candidates)), members, Secrecy.OPEN);
    }

    private static Proposal representativesElection(int members, int seats) {
        return opened(new Representatives(List.of(ZAHRA, MARYAM, FATEMEH), seats), members, Secrecy.OPEN);
    }

    private static Decision atDeadline(Proposal proposal) {
        return proposal.closeIfDue(proposal.deadline()).orElseThrow().decided().decision();
    }

    @Test
    void theOptionsAreTheCandidatesAndAbstain() {
        assertThat(treasurerElection(5, ZAHRA, MARYAM).options()).containsExactly(FOR_ZAHRA, FOR_MARYAM, ABSTAIN);
    }

    @Test
    void aCandidateIsElectedAsSoonAsNoOneCanCatchUp() {
        Proposal twoForZahra = afterVotes(treasurerElection(5, ZAHRA, MARYAM), FOR_ZAHRA, FOR_ZAHRA);
        assertThat(twoForZahra.isOpen()).isTrue();

        Proposal threeForZahra = AssemblyFixtures.vote(twoForZahra, member(3), FOR_ZAHRA, 3);

        Decision decision = threeForZahra.decision().orElseThrow();
        assertThat(decision.verdict()).isEqualTo(Verdict.ELECTED);
        assertThat(decision.elected()).containsExactly(ZAHRA);
        assertThat(decision.reason()).isEqualTo(ClosingReason.OUTCOME_CERTAIN);
    }

    @Test
    void aTieElectsNoOneAndCallsForARevote() {
        Proposal tied = afterVotes(treasurerElection(4, ZAHRA, MARYAM), FOR_ZAHRA, FOR_MARYAM, FOR_ZAHRA, FOR_MARYAM);

        Decision decision = tied.decision().orElseThrow();
        assertThat(decision.verdict()).isEqualTo(Verdict.REVOTE_NEEDED);
        assertThat(decision.elected()).isEmpty();
    }

    @Test
    void atTheDeadlineTheMostVotesWinsWithoutAMajorityOfAllMembers() {
        Proposal proposal = afterVotes(treasurerElection(7, ZAHRA, MARYAM, FATEMEH),
                FOR_ZAHRA, FOR_ZAHRA, FOR_MARYAM, FOR_FATEMEH);
        assertThat(proposal.isOpen()).isTrue();

        Decision decision = atDeadline(proposal);

        assertThat(decision.verdict()).isEqualTo(Verdict.ELECTED);
        assertThat(decision.elected()).containsExactly(ZAHRA);
        assertThat(decision.tally()).isEqualTo(new Tally(4, 0, 0, 3));
    }

    @Test
    void withoutTheQuorumNoOneIsElected() {
        Proposal threeOfSevenVoted = afterVotes(treasurerElection(7, ZAHRA, MARYAM), FOR_ZAHRA, FOR_ZAHRA, FOR_ZAHRA);

        Decision decision = atDeadline(threeOfSevenVoted);

        assertThat(decision.verdict()).isEqualTo(Verdict.REVOTE_NEEDED);
        assertThat(decision.elected()).isEmpty();
    }

    @Test
    void abstainingCountsTowardsTheQuorumButForNoCandidate() {
        Proposal proposal = afterVotes(treasurerElection(4, ZAHRA, MARYAM), FOR_MARYAM, ABSTAIN);

        Decision decision = atDeadline(proposal);

        assertThat(decision.elected()).containsExactly(MARYAM);
        assertThat(decision.tally()).isEqualTo(new Tally(1, 0, 1, 2));
    }

    @Test
    void forIsNotAnOptionInAnElection() {
        Outcome<VoteChange> outcome = treasurerElection(5, ZAHRA, MARYAM)
                .castVote(member(4), MotionChoice.FOR, minutesAfterOpening(1));

        assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.NOT_AN_OPTION));
    }

    @Test
    void theTopCandidatesTakeTheSeatsEvenWhenTiedAmongThemselves() {
        Proposal proposal = afterVotes(representativesElection(5, 2), FOR_ZAHRA, FOR_MARYAM, FOR_ZAHRA, FOR_MARYAM);

        Decision decision = proposal.decision().orElseThrow();
        assertThat(decision.verdict()).isEqualTo(Verdict.ELECTED);
        assertThat(decision.reason()).isEqualTo(ClosingReason.OUTCOME_CERTAIN);
        assertThat(decision.elected()).containsExactlyInAnyOrder(ZAHRA, MARYAM);
    }

    @Test
    void aTieAcrossTheLastSeatLeavesThatSeatEmpty() {
        Proposal proposal = afterVotes(representativesElection(5, 2),
                FOR_ZAHRA, FOR_ZAHRA, FOR_MARYAM, FOR_FATEMEH, ABSTAIN);

        Decision decision = proposal.decision().orElseThrow();
        assertThat(decision.verdict()).isEqualTo(Verdict.REVOTE_NEEDED);
        assertThat(decision.elected()).containsExactly(ZAHRA);
    }

    @Test
    void aCandidateWithoutAVoteIsNeverElected() {
        Proposal proposal = afterVotes(representativesElection(3, 3), FOR_ZAHRA, FOR_MARYAM, ABSTAIN);

        Decision decision = proposal.decision().orElseThrow();
        assertThat(decision.elected()).containsExactly(ZAHRA, MARYAM);
        assertThat(decision.verdict()).isEqualTo(Verdict.REVOTE_NEEDED);
    }

    @Test
    void everyCandidateMustBeAMemberOfTheGroup() {
        PersonId outsider = member(42);

        Outcome<Opening> outcome = Proposal.open(new ProposalId("chair-vote"), new GroupId("g"), ZAHRA,
                new BoardSeatElection(Role.CHAIR, List.of(ZAHRA, outsider)), aGroupOf(5), Secrecy.SECRET,
                VotingRules.defaults(), AssemblyFixtures.OPENED_AT);

        assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.CANDIDATE_NOT_MEMBER));
    }

    @Test
    void thereMustBeACandidateForEverySeat() {
        Outcome<Opening> outcome = Proposal.open(new ProposalId("kanoon"), new GroupId("g"), ZAHRA,
                new Representatives(List.of(ZAHRA), 2), aGroupOf(5), Secrecy.SECRET,
                VotingRules.defaults(), AssemblyFixtures.OPENED_AT);

        assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.TOO_FEW_CANDIDATES, 2));
    }
}
