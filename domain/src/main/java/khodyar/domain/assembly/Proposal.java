package khodyar.domain.assembly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import khodyar.domain.assembly.AssemblyEvent.ProposalDecided;
import khodyar.domain.assembly.AssemblyEvent.ProposalOpened;
import khodyar.domain.assembly.AssemblyEvent.VoteCast;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;

/**
 * A question put to the group's general assembly, from opening to decision. Immutable: each
 * transition returns the next proposal together with its events.
 * <p>
 * Open while {@code decision} is empty. One vote per member of the electorate fixed at opening; in
 * an open ballot a member may change their vote while it is open, in a secret ballot a vote is
 * final. It closes the moment the outcome is certain ({@link Counting}) or at its deadline.
 */
public record Proposal(ProposalId id, GroupId groupId, PersonId proposer, ProposalPayload payload,
                       Electorate electorate, Secrecy secrecy, VotingRules rules, Instant openedAt,
                       Instant deadline, Ballot ballot, Optional<Decision> decision) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(secrecy, "secrecy");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(decision, "decision");
        if (!deadline.isAfter(openedAt)) {
            throw new IllegalArgumentException("deadline " + deadline + " is not after opening " + openedAt);
        }
        if ((secrecy == Secrecy.SECRET) != (ballot instanceof SecretBallot)) {
            throw new IllegalArgumentException(secrecy + " proposal with a " + ballot.getClass().getSimpleName());
        }
        if (!electorate.voters().containsAll(ballot.voters())) {
            throw new IllegalArgumentException("a vote from outside the electorate");
        }
        if (!ballot.counts().keySet().equals(Set.copyOf(optionsOf(payload)))) {
            throw new IllegalArgumentException("ballot options differ from the proposal's: " + ballot.counts().keySet());
        }
    }

    /** Opens a proposal; its deadline is the rules' voting period after opening (7 days by default). */
    public static Outcome<Opening> open(ProposalId id, GroupId groupId, PersonId proposer, ProposalPayload payload,
                                        Electorate electorate, Secrecy secrecy, VotingRules rules, Instant openedAt) {
        Optional<Refusal> refusal = AssemblyPolicies.refusalToOpen(payload, electorate);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Instant deadline = openedAt.plus(rules.votingPeriod());
        Proposal proposal = new Proposal(id, groupId, proposer, payload, electorate, secrecy, rules, openedAt,
                deadline, Ballot.empty(secrecy, optionsOf(payload)), Optional.empty());
        return Outcome.done(new Opening(proposal, new ProposalOpened(id, groupId, payload.kind(), proposer,
                secrecy, electorate.size(), openedAt, deadline)));
    }

    /** For, against, abstain on a motion; each candidate, then abstain, in an election. */
    public static List<Choice> optionsOf(ProposalPayload payload) {
        if (payload instanceof ElectionPayload election) {
            List<Choice> options = new ArrayList<>();
            election.candidates().forEach(candidate -> options.add(Choice.candidate(candidate)));
            options.add(MotionChoice.ABSTAIN);
            return List.copyOf(options);
        }
        return List.of(MotionChoice.FOR, MotionChoice.AGAINST, MotionChoice.ABSTAIN);
    }

    public ProposalKind kind() {
        return payload.kind();
    }

    public List<Choice> options() {
        return optionsOf(payload);
    }

    public boolean isOpen() {
        return decision.isEmpty();
    }

    public Tally tally() {
        return Tally.of(ballot, electorate.size());
    }

    public boolean hasVoted(PersonId member) {
        return ballot.hasVoted(member);
    }

    /** Whom to remind before the deadline. */
    public Set<PersonId> notYetVoted() {
        return electorate.voters().stream().filter(voter -> !ballot.hasVoted(voter))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Records one member's vote. The same vote again changes nothing (no events); a different vote
     * replaces the earlier one in an open ballot and is refused in a secret one.
     */
    public Outcome<VoteChange> castVote(PersonId voter, Choice choice, Instant at) {
        if (at.isBefore(openedAt)) {
            throw new IllegalArgumentException("a vote at " + at + " before the proposal opened at " + openedAt);
        }
        Optional<Refusal> refusal = AssemblyPolicies.refusalToVote(this, voter, choice, at);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        boolean replacesEarlierVote = ballot.hasVoted(voter);
        if (replacesEarlierVote && ((OpenBallot) ballot).choiceOf(voter).equals(choice)) {
            return Outcome.done(new VoteChange(this, List.of()));
        }
        Proposal voted = withBallot(ballot.with(voter, choice));
        Optional<Choice> told = secrecy == Secrecy.SECRET ? Optional.empty() : Optional.of(choice);
        VoteCast cast = new VoteCast(id, voter, told, replacesEarlierVote, at);
        Optional<Decision> certain = Counting.ifCertain(voted, at);
        if (certain.isEmpty()) {
            return Outcome.done(new VoteChange(voted, List.of(cast)));
        }
        Closing closing = voted.decide(certain.get());
        return Outcome.done(new VoteChange(closing.proposal(), List.of(cast, closing.decided())));
    }

    /**
     * Closes the proposal when its deadline has come, dated at the deadline whenever the check runs.
     * Calling it on a decided proposal is a bug.
     */
    public Optional<Closing> closeIfDue(Instant now) {
        requireOpen();
        if (now.isBefore(deadline)) {
            return Optional.empty();
        }
        return Optional.of(decide(Counting.atDeadline(this)));
    }

    private Closing decide(Decision outcome) {
        requireOpen();
        Proposal decided = new Proposal(id, groupId, proposer, payload, electorate, secrecy, rules, openedAt,
                deadline, ballot, Optional.of(outcome));
        return new Closing(decided, new ProposalDecided(id, groupId, kind(), outcome));
    }

    private Proposal withBallot(Ballot newBallot) {
        requireOpen();
        return new Proposal(id, groupId, proposer, payload, electorate, secrecy, rules, openedAt, deadline,
                newBallot, decision);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("proposal " + id.value() + " is decided already");
        }
    }
}
