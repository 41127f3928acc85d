package khodyar.domain.assembly;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import khodyar.domain.group.PersonId;

/** How a proposal ended: the verdict, who was elected (elections only, best first), and the counts. */
public record Decision(Verdict verdict, List<PersonId> elected, Tally tally, Map<Choice, Integer> counts,
                       ClosingReason reason, Instant decidedAt) {

    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
        elected = List.copyOf(elected);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
