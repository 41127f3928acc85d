package khodyar.domain.assembly;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import khodyar.domain.group.PersonId;

/** Each voter's current choice; a later vote replaces the voter's earlier one. */
public record OpenBallot(List<Choice> options, SortedMap<PersonId, Choice> choices) implements Ballot {

    public OpenBallot {
        options = List.copyOf(options);
        if (!options.containsAll(choices.values())) {
            throw new IllegalArgumentException("a choice that is not an option: " + choices);
        }
        TreeMap<PersonId, Choice> sorted = new TreeMap<>(Comparator.comparingLong(PersonId::value));
        sorted.putAll(choices);
        choices = Collections.unmodifiableSortedMap(sorted);
    }

    static OpenBallot empty(List<Choice> options) {
        return new OpenBallot(options, new TreeMap<>(Comparator.comparingLong(PersonId::value)));
    }

    public Choice choiceOf(PersonId voter) {
        return choices.get(voter);
    }

    @Override
    public Set<PersonId> voters() {
        return choices.keySet();
    }

    @Override
    public Map<Choice, Integer> counts() {
        Map<Choice, Integer> counts = new LinkedHashMap<>();
        options.forEach(option -> counts.put(option, 0));
        choices.values().forEach(choice -> counts.merge(choice, 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean hasVoted(PersonId voter) {
        return choices.containsKey(voter);
    }

    @Override
    public OpenBallot with(PersonId voter, Choice choice) {
        TreeMap<PersonId, Choice> changed = new TreeMap<>(choices);
        changed.put(voter, choice);
        return new OpenBallot(options, changed);
    }
}
