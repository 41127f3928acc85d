package khodyar.domain.assembly;

import java.util.List;
import khodyar.domain.group.PersonId;

/** The election of the group's representatives to the kanoon (M10). */
public record Representatives(List<PersonId> candidates, int seats) implements ElectionPayload {

    public Representatives {
        candidates = BoardSeatElection.distinct(candidates);
        if (seats < 1) {
            throw new IllegalArgumentException("at least one seat: " + seats);
        }
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.KANOON_REPRESENTATIVES;
    }
}
