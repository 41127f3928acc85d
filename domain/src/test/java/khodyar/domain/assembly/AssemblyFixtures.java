package khodyar.domain.assembly;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;

/** Groups, members and proposals with names from the domain. */
final class AssemblyFixtures {

    static final GroupId GROUP = new GroupId("golestan-women");
    static final Instant OPENED_AT = Instant.parse("2025-03-21T08:00:00Z");
    static final PersonId CHAIR = member(1);

    static PersonId member(long number) {
        return new PersonId(number);
    }

    /** Members numbered 1..count. */
    static List<PersonId> members(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(PersonId::new).toList();
    }

    static Electorate aGroupOf(int count) {
        return Electorate.of(members(count));
    }

    static Proposal aRateVote(int members) {
        return aRateVote(members, VotingRules.defaults());
    }

    static Proposal aRateVote(int members, VotingRules rules) {
        return opened(RateTerms.percentPerYear(new BigDecimal("4")), aGroupOf(members), Secrecy.OPEN, rules);
    }

    static Proposal opened(ProposalPayload payload, Electorate electorate, Secrecy secrecy, VotingRules rules) {
        return Proposal.open(new ProposalId("p-" + payload.kind().name().toLowerCase()), GROUP, CHAIR, payload,
                electorate, secrecy, rules, OPENED_AT).orElseThrow().proposal();
    }

    static Proposal opened(ProposalPayload payload, int members, Secrecy secrecy) {
        return opened(payload, aGroupOf(members), secrecy, VotingRules.defaults());
    }

    /** Casts the votes in order, one minute apart: voters numbered from 1, one choice each. */
    static Proposal afterVotes(Proposal proposal, Choice... choices) {
        Proposal current = proposal;
        for (int i = 0; i < choices.length; i++) {
            current = vote(current, member(i + 1), choices[i], i + 1);
        }
        return current;
    }

    static Proposal vote(Proposal proposal, PersonId voter, Choice choice, int minutesAfterOpening) {
        Outcome<VoteChange> outcome = proposal.castVote(voter, choice, OPENED_AT.plusSeconds(60L * minutesAfterOpening));
        return outcome.orElseThrow().proposal();
    }

    static Instant minutesAfterOpening(int minutes) {
        return OPENED_AT.plusSeconds(60L * minutes);
    }

    private AssemblyFixtures() {
    }
}
