package khodyar.bot.assembly.internal;

import khodyar.domain.assembly.Ballot;
import khodyar.domain.assembly.Choice;
import khodyar.domain.assembly.ClosingReason;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.Electorate;
import khodyar.domain.assembly.Majority;
import khodyar.domain.assembly.OpenBallot;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.ProposalId;
import khodyar.domain.assembly.ProposalPayload;
import khodyar.domain.assembly.Quorum;
import khodyar.domain.assembly.SecretBallot;
import khodyar.domain.assembly.Secrecy;
import khodyar.domain.assembly.Tally;
import khodyar.domain.assembly.Verdict;
import khodyar.domain.assembly.VotingRules;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A proposal as stored, with its ballot, under an optimistic lock: every vote reads the document,
 * lets the domain count it, and writes it back only if nobody wrote in between (else it retries).
 * <p>
 * A SECRET ballot is stored as the domain keeps it: who has voted (sorted by id, not in voting order)
 * and the counts per option; {@code choices} stays empty, so no stored field ties a member to a
 * choice. An OPEN ballot keeps each voter's current choice in {@code choices}; a changed vote
 * replaces the earlier one in place (the record of the assembly is each member's final choice while
 * the vote was open, and the earlier choices are not kept).
 */
@Document("proposals")
public record ProposalDoc(
        @Id String id,
        String groupId,
        long proposer,
        StoredPayload payload,
        List<Long> electorate,
        Secrecy secrecy,
        int quorumPercent,
        Majority majority,
        long votingPeriodSeconds,
        Instant openedAt,
        Instant deadline,
        List<Long> voters,
        Map<String, Integer> counts,
        Map<String, String> choices,
        StoredDecision decision,
        boolean open,
        Instant decisionStoredAt,
        boolean settled,
        @Version Long version) {

    public ProposalDoc {
        voters = voters == null ? List.of() : List.copyOf(voters);
        counts = counts == null ? Map.of() : new LinkedHashMap<>(counts);
        choices = choices == null ? Map.of() : Map.copyOf(choices);
    }

    public static ProposalDoc of(Proposal proposal) {
        return new ProposalDoc(proposal.id().value(), proposal.groupId().value(), proposal.proposer().value(),
                StoredPayload.of(proposal.payload()), ids(proposal.electorate().voters()), proposal.secrecy(),
                proposal.rules().quorum().percentOfMembers(), proposal.rules().majority(),
                proposal.rules().votingPeriod().toSeconds(), proposal.openedAt(), proposal.deadline(),
                List.of(), codes(proposal.ballot().counts()), Map.of(), null, true, null, false, null)
                .with(proposal, null);
    }

    /** This document holding the proposal's ballot and decision now, keeping its version for the lock. */
    public ProposalDoc with(Proposal proposal, Instant storedAt) {
        Map<String, String> openChoices = new LinkedHashMap<>();
        if (proposal.ballot() instanceof OpenBallot open) {
            open.choices().forEach((voter, choice) -> openChoices.put(Long.toString(voter.value()), ChoiceCodes.code(choice)));
        }
        StoredDecision stored = proposal.decision().map(StoredDecision::of).orElse(null);
        return new ProposalDoc(id, groupId, proposer, payload, electorate, secrecy, quorumPercent, majority,
                votingPeriodSeconds, openedAt, deadline, ids(proposal.ballot().voters()),
                codes(proposal.ballot().counts()), openChoices, stored, proposal.isOpen(),
                stored != null && decisionStoredAt == null ? storedAt : decisionStoredAt, settled, version);
    }

    public ProposalDoc settledNow() {
        return new ProposalDoc(id, groupId, proposer, payload, electorate, secrecy, quorumPercent, majority,
                votingPeriodSeconds, openedAt, deadline, voters, counts, choices, decision, open, decisionStoredAt,
                true, version);
    }

    public Proposal toProposal() {
        ProposalPayload domainPayload = payload.toPayload();
        List<Choice> options = Proposal.optionsOf(domainPayload);
        Ballot ballot;
        if (secrecy == Secrecy.SECRET) {
            Map<Choice, Integer> ordered = new LinkedHashMap<>();
            options.forEach(option -> ordered.put(option, counts.getOrDefault(ChoiceCodes.code(option), 0)));
            TreeSet<PersonId> who = new TreeSet<>(Comparator.comparingLong(PersonId::value));
            voters.forEach(voter -> who.add(new PersonId(voter)));
            ballot = new SecretBallot(who, ordered);
        } else {
            TreeMap<PersonId, Choice> current = new TreeMap<>(Comparator.comparingLong(PersonId::value));
            choices.forEach((voter, code) -> current.put(new PersonId(Long.parseLong(voter)),
                    ChoiceCodes.choice(code).orElseThrow(() -> new IllegalStateException("stored choice " + code))));
            ballot = new OpenBallot(options, current);
        }
        VotingRules rules = new VotingRules(new Quorum(quorumPercent), majority, Duration.ofSeconds(votingPeriodSeconds));
        Electorate fixedAtOpening = Electorate.of(electorate.stream().map(PersonId::new).toList());
        return new Proposal(new ProposalId(id), new GroupId(groupId), new PersonId(proposer), domainPayload,
                fixedAtOpening,
                secrecy, rules, openedAt, deadline, ballot,
                Optional.ofNullable(decision).map(d -> d.toDecision(options)));
    }

    private static List<Long> ids(java.util.Collection<PersonId> people) {
        return people.stream().map(PersonId::value).sorted().toList();
    }

    private static Map<String, Integer> codes(Map<Choice, Integer> counts) {
        Map<String, Integer> coded = new LinkedHashMap<>();
        counts.forEach((choice, count) -> coded.put(ChoiceCodes.code(choice), count));
        return coded;
    }

    /** How the proposal ended, as stored. */
    public record StoredDecision(Verdict verdict, List<Long> elected, int votesFor, int votesAgainst, int abstentions,
                                 int notVoted, Map<String, Integer> counts, ClosingReason reason, Instant decidedAt) {

        static StoredDecision of(Decision decision) {
            Tally tally = decision.tally();
            List<Long> electedInOrder = decision.elected().stream().map(PersonId::value).toList();
            return new StoredDecision(decision.verdict(), electedInOrder, tally.votesFor(),
                    tally.votesAgainst(), tally.abstentions(), tally.notVoted(), codes(decision.counts()),
                    decision.reason(), decision.decidedAt());
        }

        Decision toDecision(List<Choice> options) {
            Map<Choice, Integer> ordered = new LinkedHashMap<>();
            options.forEach(option -> ordered.put(option, counts.getOrDefault(ChoiceCodes.code(option), 0)));
            List<PersonId> people = elected == null ? List.of() : elected.stream().map(PersonId::new).toList();
            return new Decision(verdict, people, new Tally(votesFor, votesAgainst, abstentions, notVoted), ordered,
                    reason, decidedAt);
        }
    }
}
