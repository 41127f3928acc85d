package khodyar.domain.assembly;

import static khodyar.domain.assembly.AssemblyReasons.BORROWER_NOT_MEMBER;
import static khodyar.domain.assembly.AssemblyReasons.CANDIDATE_NOT_MEMBER;
import static khodyar.domain.assembly.AssemblyReasons.CLOSED;
import static khodyar.domain.assembly.AssemblyReasons.NOT_AN_OPTION;
import static khodyar.domain.assembly.AssemblyReasons.NOT_ELIGIBLE;
import static khodyar.domain.assembly.AssemblyReasons.RATE_TOO_HIGH;
import static khodyar.domain.assembly.AssemblyReasons.RECIPIENT_NOT_MEMBER;
import static khodyar.domain.assembly.AssemblyReasons.SECRET_FINAL;
import static khodyar.domain.assembly.AssemblyReasons.TOO_FEW_CANDIDATES;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.PersonId;

/** Every rule of opening a proposal and of casting a vote, in one place. */
public final class AssemblyPolicies {

    /** A yearly rate above this is taken for a typing mistake. */
    public static final BigDecimal HIGHEST_RATE_PERCENT = BigDecimal.valueOf(100);

    @FunctionalInterface
    public interface OpeningPolicy {
        Optional<Refusal> check(ProposalPayload payload, Electorate electorate);
    }

    @FunctionalInterface
    public interface VotePolicy {
        Optional<Refusal> check(Proposal proposal, PersonId voter, Choice choice, Instant at);
    }

    public static List<OpeningPolicy> openingPolicies() {
        return List.of(
                AssemblyPolicies::candidatesAreMembers,
                AssemblyPolicies::enoughCandidatesForTheSeats,
                AssemblyPolicies::borrowerIsMember,
                AssemblyPolicies::recipientsAreMembers,
                AssemblyPolicies::rateIsPlausible);
    }

    /** In this order: a closed vote is told as closed before anything else. */
    public static List<VotePolicy> votePolicies() {
        return List.of(
                AssemblyPolicies::voteIsStillOpen,
                AssemblyPolicies::voterIsInTheElectorate,
                AssemblyPolicies::choiceIsAnOption,
                AssemblyPolicies::secretVoteIsFinal);
    }

    static Optional<Refusal> refusalToOpen(ProposalPayload payload, Electorate electorate) {
        return openingPolicies().stream()
                .map(policy -> policy.check(payload, electorate))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<Refusal> refusalToVote(Proposal proposal, PersonId voter, Choice choice, Instant at) {
        return votePolicies().stream()
                .map(policy -> policy.check(proposal, voter, choice, at))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<Refusal> candidatesAreMembers(ProposalPayload payload, Electorate electorate) {
        if (payload instanceof ElectionPayload election
                && !election.candidates().stream().allMatch(electorate::includes)) {
            return refuse(CANDIDATE_NOT_MEMBER);
        }
        return Optional.empty();
    }

    static Optional<Refusal> enoughCandidatesForTheSeats(ProposalPayload payload, Electorate electorate) {
        if (payload instanceof ElectionPayload election && election.candidates().size() < election.seats()) {
            return refuse(TOO_FEW_CANDIDATES, election.seats());
        }
        return Optional.empty();
    }

    static Optional<Refusal> borrowerIsMember(ProposalPayload payload, Electorate electorate) {
        if (payload instanceof LoanRequest loan && !electorate.includes(loan.borrower())) {
            return refuse(BORROWER_NOT_MEMBER);
        }
        return Optional.empty();
    }

    static Optional<Refusal> recipientsAreMembers(ProposalPayload payload, Electorate electorate) {
        if (payload instanceof Distribution distribution
                && !distribution.shares().keySet().stream().allMatch(electorate::includes)) {
            return refuse(RECIPIENT_NOT_MEMBER);
        }
        return Optional.empty();
    }

    static Optional<Refusal> rateIsPlausible(ProposalPayload payload, Electorate electorate) {
        if (payload instanceof RateTerms rate && rate.percentPerYear().compareTo(HIGHEST_RATE_PERCENT) > 0) {
            return refuse(RATE_TOO_HIGH, HIGHEST_RATE_PERCENT);
        }
        return Optional.empty();
    }

    static Optional<Refusal> voteIsStillOpen(Proposal proposal, PersonId voter, Choice choice, Instant at) {
        if (!proposal.isOpen() || !at.isBefore(proposal.deadline())) {
            return refuse(CLOSED);
        }
        return Optional.empty();
    }

    /** The electorate was fixed at opening: members who joined later and facilitators are not in it. */
    static Optional<Refusal> voterIsInTheElectorate(Proposal proposal, PersonId voter, Choice choice, Instant at) {
        return proposal.electorate().includes(voter) ? Optional.empty() : refuse(NOT_ELIGIBLE);
    }

    static Optional<Refusal> choiceIsAnOption(Proposal proposal, PersonId voter, Choice choice, Instant at) {
        return proposal.options().contains(choice) ? Optional.empty() : refuse(NOT_AN_OPTION);
    }

    static Optional<Refusal> secretVoteIsFinal(Proposal proposal, PersonId voter, Choice choice, Instant at) {
        if (proposal.secrecy() == Secrecy.SECRET && proposal.ballot().hasVoted(voter)) {
            return refuse(SECRET_FINAL);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String reasonKey, Object... args) {
        return Optional.of(Refusal.of(Objects.requireNonNull(reasonKey), args));
    }

    private AssemblyPolicies() {
    }
}
