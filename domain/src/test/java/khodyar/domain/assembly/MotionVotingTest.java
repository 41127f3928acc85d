package khodyar.domain.assembly;

import static khodyar.domain.assembly.AssemblyFixtures.OPENED_AT;
import static khodyar.domain.assembly.AssemblyFixtures.aRateVote;
import static khodyar.domain.assembly.AssemblyFixtures.afterVotes;
import static khodyar.domain.assembly.AssemblyFixtures.member;
import static khodyar.domain.assembly.AssemblyFixtures.minutesAfterOpening;
import static khodyar.domain.assembly.AssemblyFixtures.vote;
import static khodyar.domain.assembly.MotionChoice.ABSTAIN;
import static khodyar.domain.assembly.MotionChoice.AGAINST;
import static khodyar.domain.assembly.MotionChoice.FOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import khodyar.domain.assembly.AssemblyEvent.ProposalDecided;
import khodyar.domain.assembly.AssemblyEvent.VoteCast;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MotionVotingTest {

    @Nested
    class SimpleMajorityOfAllMembers {

        @Test
        void passesTheMomentMoreThanHalfOfAllMembersVoteFor() {
            Proposal twoFor = afterVotes(aRateVote(5), FOR, FOR);
            assertThat(twoFor.isOpen()).isTrue();

            VoteChange third = twoFor.castVote(member(3), FOR, minutesAfterOpening(10)).orElseThrow();

            Decision decision = third.proposal().decision().orElseThrow();
            assertThat(decision.verdict()).isEqualTo(Verdict.PASSED);
            assertThat(decision.reason()).isEqualTo(ClosingReason.OUTCOME_CERTAIN);
            assertThat(decision.decidedAt()).isEqualTo(minutesAfterOpening(10));
            assertThat(decision.tally()).isEqualTo(new Tally(3, 0, 0, 2));
            assertThat(third.events()).hasSize(2);
            assertThat(third.events().get(0)).isInstanceOf(VoteCast.class);
            assertThat(third.events().get(1)).isInstanceOf(ProposalDecided.class);
        }

        @Test
        void halfOfTheMembersForIsATieAndATieIsLost() {
            Proposal tied = afterVotes(aRateVote(4), FOR, FOR, AGAINST, AGAINST);

            assertThat(tied.decision().orElseThrow().verdict()).isEqualTo(Verdict.REJECTED);
        }

        @Test
        void aTieAmongThoseWhoVotedWaitsForTheOthers() {
            Proposal tied = afterVotes(aRateVote(5), FOR, FOR, AGAINST, AGAINST);

            assertThat(tied.isOpen()).isTrue();
        }

        @Test
        void isLostAsSoonAsTheMembersLeftCannotMakeAMajority() {
            Proposal twoAgainst = afterVotes(aRateVote(5), AGAINST, AGAINST);
            assertThat(twoAgainst.isOpen()).isTrue();

            Proposal threeAgainst = vote(twoAgainst, member(3), AGAINST, 5);

            Decision decision = threeAgainst.decision().orElseThrow();
            assertThat(decision.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(decision.reason()).isEqualTo(ClosingReason.OUTCOME_CERTAIN);
        }

        @Test
        void abstentionsDoNotCountForTheMotion() {
            Proposal twoForTwoAbstain = afterVotes(aRateVote(5), FOR, FOR, ABSTAIN, ABSTAIN);
            assertThat(twoForTwoAbstain.isOpen()).isTrue();

            Proposal lastAbstains = vote(twoForTwoAbstain, member(5), ABSTAIN, 9);

            assertThat(lastAbstains.decision().orElseThrow().verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(lastAbstains.decision().orElseThrow().tally()).isEqualTo(new Tally(2, 0, 3, 0));
        }

        @Test
        void aMajorityOfThoseWhoVotedIsNotEnoughAtTheDeadline() {
            Proposal twoForOneAgainst = afterVotes(aRateVote(6), FOR, FOR, AGAINST);

            Closing closing = twoForOneAgainst.closeIfDue(twoForOneAgainst.deadline()).orElseThrow();

            Decision decision = closing.decided().decision();
            assertThat(decision.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(decision.reason()).isEqualTo(ClosingReason.DEADLINE);
            assertThat(decision.tally()).isEqualTo(new Tally(2, 1, 0, 3));
        }
    }

    @Nested
    class WhoMayVote {

        @Test
        void aMemberWhoJoinedAfterTheVoteOpenedCannotVoteOnIt() {
            Proposal openedWithFour = aRateVote(4);
            PersonId newcomer = member(5);

            Outcome<VoteChange> outcome = openedWithFour.castVote(newcomer, FOR, minutesAfterOpening(1));

            assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.NOT_ELIGIBLE));
        }

        @Test
        void theMajorityIsCountedOfTheMembersAtOpeningNotOfTodaysMembers() {
            Proposal openedWithFour = aRateVote(4);

            Proposal threeOfFourFor = afterVotes(openedWithFour, FOR, FOR, FOR);

            assertThat(threeOfFourFor.decision().orElseThrow().verdict()).isEqualTo(Verdict.PASSED);
        }

        @Test
        void facilitatorsNeverVote() {
            PersonId facilitator = member(99);
            Electorate electorate = Electorate.ofGroup(Map.of(
                    member(1), Set.of(Role.CHAIR),
                    member(2), Set.of(Role.MEMBER),
                    member(3), Set.of(Role.TREASURER),
                    facilitator, Set.of(Role.FACILITATOR)));
            Proposal proposal = AssemblyFixtures.opened(RateTerms.percentPerYear(BigDecimal.ONE), electorate,
                    Secrecy.OPEN, VotingRules.defaults());

            Outcome<VoteChange> outcome = proposal.castVote(facilitator, FOR, minutesAfterOpening(1));

            assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.NOT_ELIGIBLE));
            assertThat(electorate.size()).isEqualTo(3);
        }
    }

    @Nested
    class OneVotePerMember {

        @Test
        void theSameVoteTwiceChangesNothing() {
            Proposal oneFor = afterVotes(aRateVote(5), FOR);

            VoteChange again = oneFor.castVote(member(1), FOR, minutesAfterOpening(30)).orElseThrow();

            assertThat(again.changedAnything()).isFalse();
            assertThat(again.proposal()).isEqualTo(oneFor);
        }

        @Test
        void aChangedVoteReplacesTheEarlierOneInAnOpenBallot() {
            Proposal oneFor = afterVotes(aRateVote(5), FOR);

            VoteChange changed = oneFor.castVote(member(1), AGAINST, minutesAfterOpening(30)).orElseThrow();

            assertThat(changed.proposal().tally()).isEqualTo(new Tally(0, 1, 0, 4));
            assertThat(changed.events()).containsExactly(new VoteCast(oneFor.id(), member(1),
                    Optional.of(AGAINST), true, minutesAfterOpening(30)));
        }

        @Test
        void manyPressesOfOneMemberCountOnce() {
            Proposal proposal = aRateVote(5);
            for (int press = 1; press <= 4; press++) {
                proposal = vote(proposal, member(2), press % 2 == 0 ? FOR : AGAINST, press);
            }

            assertThat(proposal.tally()).isEqualTo(new Tally(1, 0, 0, 4));
            assertThat(proposal.notYetVoted()).containsExactlyInAnyOrder(member(1), member(3), member(4), member(5));
        }

        @Test
        void theSameVotesInAnyOrderLeaveTheSameBallot() {
            Proposal inOrder = afterVotes(aRateVote(6), FOR, AGAINST, ABSTAIN);
            Proposal reversed = vote(vote(vote(aRateVote(6), member(3), ABSTAIN, 1), member(2), AGAINST, 2),
                    member(1), FOR, 3);

            assertThat(reversed).isEqualTo(inOrder);
        }

        @Test
        void aCandidateIsNotAnOptionOnAMotion() {
            Outcome<VoteChange> outcome = aRateVote(5).castVote(member(1), Choice.candidate(member(2)),
                    minutesAfterOpening(1));

            assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.NOT_AN_OPTION));
        }
    }

    @Nested
    class WhenItCloses {

        @Test
        void theDeadlineIsSevenDaysAfterOpeningByDefault() {
            assertThat(aRateVote(5).deadline()).isEqualTo(OPENED_AT.plus(Duration.ofDays(7)));
        }

        @Test
        void closesAtTheDeadlineAndNotBefore() {
            Proposal oneFor = afterVotes(aRateVote(5), FOR);
            Duration aMinute = Duration.ofMinutes(1);

            assertThat(oneFor.closeIfDue(oneFor.deadline().minus(aMinute))).isEmpty();
            Closing closing = oneFor.closeIfDue(oneFor.deadline().plus(aMinute)).orElseThrow();

            assertThat(closing.proposal().isOpen()).isFalse();
            assertThat(closing.decided().decision().decidedAt()).isEqualTo(oneFor.deadline());
            assertThat(closing.decided().decision().verdict()).isEqualTo(Verdict.REJECTED);
        }

        @Test
        void aVoteAtTheDeadlineIsTooLate() {
            Proposal proposal = aRateVote(5);

            Outcome<VoteChange> outcome = proposal.castVote(member(1), FOR, proposal.deadline());

            assertThat(outcome).isEqualTo(Outcome.refused(AssemblyReasons.CLOSED));
        }

        @Test
        void aDecidedVoteTakesNoMoreVotesEvenFromWhoHasNotVoted() {
            Proposal passed = afterVotes(aRateVote(5), FOR, FOR, FOR);

            Outcome<VoteChange> lateVote = passed.castVote(member(4), AGAINST, minutesAfterOpening(20));

            assertThat(lateVote).isEqualTo(Outcome.refused(AssemblyReasons.CLOSED));
        }

        @Test
        void closingADecidedProposalIsABug() {
            Proposal passed = afterVotes(aRateVote(5), FOR, FOR, FOR);

            assertThatThrownBy(() -> passed.closeIfDue(passed.deadline())).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aVoteDatedBeforeTheOpeningIsABug() {
            assertThatThrownBy(() -> aRateVote(5).castVote(member(1), FOR, OPENED_AT.minusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class RulesFromTheConstitution {

        private final VotingRules twoThirds = new VotingRules(Quorum.HALF, Majority.TWO_THIRDS, Duration.ofDays(3));

        @Test
        void twoThirdsNeedsFourOfSix() {
            Proposal threeFor = afterVotes(aRateVote(6, twoThirds), FOR, FOR, FOR);
            assertThat(threeFor.isOpen()).isTrue();

            Proposal fourFor = vote(threeFor, member(4), FOR, 4);

            assertThat(fourFor.decision().orElseThrow().verdict()).isEqualTo(Verdict.PASSED);
        }

        @Test
        void twoThirdsIsLostWhenAThirdAndOneMoreVoteAgainst() {
            Proposal twoAgainst = afterVotes(aRateVote(6, twoThirds), AGAINST, AGAINST);
            assertThat(twoAgainst.isOpen()).isTrue();

            Proposal threeAgainst = vote(twoAgainst, member(3), AGAINST, 3);

            assertThat(threeAgainst.decision().orElseThrow().verdict()).isEqualTo(Verdict.REJECTED);
        }

        @Test
        void theVotingPeriodComesFromTheRules() {
            assertThat(aRateVote(6, twoThirds).deadline()).isEqualTo(OPENED_AT.plus(Duration.ofDays(3)));
        }

        @Test
        void aMajorityForWithoutTheQuorumDoesNotPass() {
            VotingRules everyoneMustTakePart = new VotingRules(new Quorum(100), Majority.SIMPLE, Duration.ofDays(7));
            Proposal threeOfFiveFor = afterVotes(aRateVote(5, everyoneMustTakePart), FOR, FOR, FOR);
            assertThat(threeOfFiveFor.isOpen()).isTrue();

            Decision atDeadline = threeOfFiveFor.closeIfDue(threeOfFiveFor.deadline()).orElseThrow()
                    .decided().decision();

            assertThat(atDeadline.verdict()).isEqualTo(Verdict.REJECTED);
        }

        @Test
        void abstentionsCountTowardsTheQuorum() {
            VotingRules everyoneMustTakePart = new VotingRules(new Quorum(100), Majority.SIMPLE, Duration.ofDays(7));

            Proposal allTookPart = afterVotes(aRateVote(5, everyoneMustTakePart), FOR, FOR, FOR, ABSTAIN, ABSTAIN);

            assertThat(allTookPart.decision().orElseThrow().verdict()).isEqualTo(Verdict.PASSED);
            assertThat(allTookPart.decision().orElseThrow().counts())
                    .containsExactly(Map.entry(FOR, 3), Map.entry(AGAINST, 0), Map.entry(ABSTAIN, 2));
        }
    }

    @Test
    void refusalsNameTheirReason() {
        Outcome<VoteChange> outcome = aRateVote(3).castVote(member(7), FOR, minutesAfterOpening(1));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(new Refusal(AssemblyReasons.NOT_ELIGIBLE, List.of())));
    }
}
