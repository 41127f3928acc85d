package khodyar.domain.assembly;

import static khodyar.domain.assembly.AssemblyFixtures.member;
import static khodyar.domain.assembly.AssemblyFixtures.minutesAfterOpening;
import static khodyar.domain.assembly.AssemblyFixtures.opened;
import static khodyar.domain.assembly.AssemblyFixtures.vote;
import static khodyar.domain.assembly.MotionChoice.AGAINST;
import static khodyar.domain.assembly.MotionChoice.FOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import khodyar.domain.assembly.AssemblyEvent.VoteCast;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;

class SecretBallotTest {

    private static Proposal aSecretLoanVote() {
        return opened(new LoanRequest("loan-7", member(5), Money.ofToman(5_000_000), 6,
                "sewing machine"), 5, Secrecy.SECRET);
    }

    @Test
    void ballotsWithSwappedChoicesAreIndistinguishable() {
        Proposal zahraForMaryamAgainst = vote(vote(aSecretLoanVote(), member(1), FOR, 1), member(2), AGAINST, 2);
        Proposal zahraAgainstMaryamFor = vote(vote(aSecretLoanVote(), member(1), AGAINST, 1), member(2), FOR, 2);

        assertThat(zahraForMaryamAgainst).isEqualTo(zahraAgainstMaryamFor);
        assertThat(zahraForMaryamAgainst.toString()).isEqualTo(zahraAgainstMaryamFor.toString());
    }

    @Test
    void theOrderOfVotingIsNotKeptEither() {
        Proposal zahraFirst = vote(vote(aSecretLoanVote(), member(1), FOR, 1), member(2), AGAINST, 2);
        Proposal maryamFirst = vote(vote(aSecretLoanVote(), member(2), AGAINST, 1), member(1), FOR, 2);

        assertThat(zahraFirst.ballot()).isEqualTo(maryamFirst.ballot());
        assertThat(zahraFirst.ballot().toString()).isEqualTo(maryamFirst.ballot().toString());
    }

    @Test
    void aSecretBallotHoldsOnlyWhoVotedAndTheCounts() {
        Proposal oneVote = vote(aSecretLoanVote(), member(1), FOR, 1);

        assertThat(oneVote.ballot()).isInstanceOf(SecretBallot.class);
        assertThat(Arrays.stream(SecretBallot.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("voters", "counts");
        assertThat(oneVote.ballot().voters()).containsExactly(member(1));
        assertThat(oneVote.tally()).isEqualTo(new Tally(1, 0, 0, 4));
    }

    @Test
    void theVoteCastEventSaysWhoVotedButNotHow() {
        VoteChange change = aSecretLoanVote().castVote(member(3), AGAINST, minutesAfterOpening(4)).orElseThrow();

        assertThat(change.events()).containsExactly(
                new VoteCast(change.proposal().id(), member(3), Optional.empty(), false, minutesAfterOpening(4)));
    }

    @Test
    void aSecretVoteIsFinalEvenWhenRepeatedUnchanged() {
        Proposal zahraVoted = vote(aSecretLoanVote(), member(1), FOR, 1);

        assertThat(zahraVoted.castVote(member(1), AGAINST, minutesAfterOpening(2)))
                .isEqualTo(Outcome.refused(AssemblyReasons.SECRET_FINAL));
        assertThat(zahraVoted.castVote(member(1), FOR, minutesAfterOpening(2)))
                .isEqualTo(Outcome.refused(AssemblyReasons.SECRET_FINAL));
    }

    @Test
    void aSecretBallotDecidesLikeAnOpenOne() {
        Proposal proposal = aSecretLoanVote();
        for (int voter = 1; voter <= 3; voter++) {
            proposal = vote(proposal, member(voter), FOR, voter);
        }

        assertThat(proposal.decision().orElseThrow().verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void aSecretElectionKeepsNoTraceOfWhoChoseWhom() {
        Proposal election = opened(new BoardSeatElection(Role.CHAIR, List.of(member(1), member(2))), 5,
                Secrecy.SECRET);

        Proposal oneWay = vote(vote(election, member(3), Choice.candidate(member(1)), 1),
                member(4), Choice.candidate(member(2)), 2);
        Proposal otherWay = vote(vote(election, member(3), Choice.candidate(member(2)), 1),
                member(4), Choice.candidate(member(1)), 2);

        assertThat(oneWay).isEqualTo(otherWay);
    }
}
