package khodyar.domain.assembly;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import khodyar.domain.group.PersonId;

/**
 * Who has voted, kept apart from how many chose each option. Voters are kept sorted by id, not in
 * the order they voted, so not even the order of votes is held. A secret vote is final: changing
 * it would need the old choice, which is exactly what must not be kept.
 */
public record SecretBallot(SortedSet<PersonId> voters, Map<Choice, Integer> counts) implements Ballot {

    public SecretBallot {
        voters = Electorate.sortedCopy(voters);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        int counted = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (counted != voters.size()) {
            throw new IllegalArgumentException(voters.size() + " voters but " + counted + " votes counted");
        }
    }

    static SecretBallot empty(List<Choice> options) {
        Map<Choice, Integer> counts = new LinkedHashMap<>();
        options.forEach(option -> counts.put(option, 0));
        return new SecretBallot(Electorate.sortedCopy(List.of()), counts);
    }

    @Override
    public boolean hasVoted(PersonId voter) {
        return voters.contains(voter);
    }

    @Override
    public SecretBallot with(PersonId voter, Choice choice) {
        if (hasVoted(voter)) {
            throw new IllegalStateException("a secret vote is final; voter has voted already");
        }
        if (!counts.containsKey(choice)) {
            throw new IllegalArgumentException("not an option: " + choice);
        }
        TreeSet<PersonId> moreVoters = new TreeSet<>(voters);
        moreVoters.add(voter);
        Map<Choice, Integer> moreCounts = new LinkedHashMap<>(counts);
        moreCounts.merge(choice, 1, Integer::sum);
        return new SecretBallot(moreVoters, moreCounts);
    }
}
