package khodyar.domain.assembly;

import java.util.Objects;
import khodyar.domain.group.PersonId;

public record Candidate(PersonId person) implements Choice {

    public Candidate {
        Objects.requireNonNull(person, "person");
    }

    @Override
    public String labelKey() {
        return "assembly.choice.candidate";
    }
}
