package khodyar.domain.assembly;

import java.util.List;
import java.util.Objects;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/** The election of one seat of the executive board (O4): chair, secretary or treasurer. */
public record BoardSeatElection(Role seat, List<PersonId> candidates) implements ElectionPayload {

    public BoardSeatElection {
        Objects.requireNonNull(seat, "seat");
        if (!seat.isBoard()) {
            throw new IllegalArgumentException("not a board seat: " + seat);
        }
        candidates = distinct(candidates);
    }

    static List<PersonId> distinct(List<PersonId> candidates) {
        List<PersonId> unique = List.copyOf(candidates).stream().distinct().toList();
        if (unique.size() != candidates.size()) {
            throw new IllegalArgumentException("a candidate is named twice: " + candidates);
        }
        return unique;
    }

    @Override
    public int seats() {
        return 1;
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.BOARD_ELECTION;
    }
}
