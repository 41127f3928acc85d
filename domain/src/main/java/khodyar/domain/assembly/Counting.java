package khodyar.domain.assembly;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import khodyar.domain.group.PersonId;

/**
 * Counts a ballot under the proposal's voting rules.
 * <ul>
 *   <li>A motion passes when the rules' majority of ALL members (abstentions and silence count as
 *   not for) has voted for it and the quorum took part; it is lost as soon as the members who have
 *   not voted could no longer make up that majority.</li>
 *   <li>An election gives its seats to the candidates with the most votes, if the quorum took part.
 *   A candidate without a vote is never elected. When candidates tie across the last seat, none of
 *   the tied is elected and those seats wait for a re-vote: no lot, no seniority.</li>
 *   <li>Either closes early only when the votes still to come cannot change who wins. A vote can be
 *   changed (open ballots) only while the proposal is open, so an early close is final.</li>
 * </ul>
 */
final class Counting {

    static Optional<Decision> ifCertain(Proposal proposal, Instant at) {
        boolean certain = proposal.payload() instanceof ElectionPayload election
                ? electionIsCertain(proposal, election)
                : motionIsCertain(proposal);
        return certain ? Optional.of(decide(proposal, ClosingReason.OUTCOME_CERTAIN, at)) : Optional.empty();
    }

    static Decision atDeadline(Proposal proposal) {
        return decide(proposal, ClosingReason.DEADLINE, proposal.deadline());
    }

    private static Decision decide(Proposal proposal, ClosingReason reason, Instant at) {
        Ballot ballot = proposal.ballot();
        Tally tally = Tally.of(ballot, proposal.electorate().size());
        if (proposal.payload() instanceof ElectionPayload election) {
            List<PersonId> elected = elected(proposal, election);
            Verdict verdict = elected.size() == election.seats() ? Verdict.ELECTED : Verdict.REVOTE_NEEDED;
            return new Decision(verdict, elected, tally, ballot.counts(), reason, at);
        }
        Verdict verdict = motionPasses(proposal) ? Verdict.PASSED : Verdict.REJECTED;
        return new Decision(verdict, List.of(), tally, ballot.counts(), reason, at);
    }

    private static boolean motionPasses(Proposal proposal) {
        int electorate = proposal.electorate().size();
        Ballot ballot = proposal.ballot();
        return proposal.rules().majority().isReachedBy(ballot.count(MotionChoice.FOR), electorate)
                && proposal.rules().quorum().isMetBy(ballot.ballotsCast(), electorate);
    }

    private static boolean motionIsCertain(Proposal proposal) {
        int electorate = proposal.electorate().size();
        int bestPossibleFor = proposal.ballot().count(MotionChoice.FOR) + notVoted(proposal);
        return motionPasses(proposal) || !proposal.rules().majority().isReachedBy(bestPossibleFor, electorate);
    }

    private static boolean electionIsCertain(Proposal proposal, ElectionPayload election) {
        int stillToVote = notVoted(proposal);
        if (stillToVote == 0) {
            return true;
        }
        List<Integer> ranked = ranked(proposal, election).stream().map(c -> votes(proposal, c)).toList();
        int lastSeat = ranked.get(election.seats() - 1);
        int firstLoser = ranked.size() > election.seats() ? ranked.get(election.seats()) : 0;
        return quorumMet(proposal) && lastSeat > firstLoser + stillToVote;
    }

    private static List<PersonId> elected(Proposal proposal, ElectionPayload election) {
        if (!quorumMet(proposal)) {
            return List.of();
        }
        List<PersonId> ranked = ranked(proposal, election);
        int seats = election.seats();
        int lastSeatVotes = votes(proposal, ranked.get(seats - 1));
        boolean tieAcrossLastSeat = ranked.size() > seats && votes(proposal, ranked.get(seats)) == lastSeatVotes;
        return ranked.subList(0, seats).stream()
                .filter(candidate -> votes(proposal, candidate) > 0)
                .filter(candidate -> !(tieAcrossLastSeat && votes(proposal, candidate) == lastSeatVotes))
                .toList();
    }

    /** Most votes first; among equals, the order the candidates were named (only for display). */
    private static List<PersonId> ranked(Proposal proposal, ElectionPayload election) {
        return election.candidates().stream()
                .sorted(Comparator.comparingInt((PersonId candidate) -> votes(proposal, candidate)).reversed())
                .toList();
    }

    private static int votes(Proposal proposal, PersonId candidate) {
        return proposal.ballot().count(Choice.candidate(candidate));
    }

    private static boolean quorumMet(Proposal proposal) {
        return proposal.rules().quorum().isMetBy(proposal.ballot().ballotsCast(), proposal.electorate().size());
    }

    private static int notVoted(Proposal proposal) {
        return proposal.electorate().size() - proposal.ballot().ballotsCast();
    }

    private Counting() {
    }
}
