package khodyar.domain.assembly;

import java.util.List;
import khodyar.domain.group.PersonId;

/** A proposal whose options are people: the seats go to the candidates with the most votes. */
public sealed interface ElectionPayload extends ProposalPayload permits BoardSeatElection, Representatives {

    List<PersonId> candidates();

    int seats();
}
