package khodyar.domain.assembly;

import khodyar.domain.group.PersonId;

/** What a voter picks: for, against or abstain on a motion; a candidate (or abstain) in an election. */
public sealed interface Choice permits MotionChoice, Candidate {

    /** The key of the button label; a candidate's label takes the candidate's name as {0}. */
    String labelKey();

    static Candidate candidate(PersonId person) {
        return new Candidate(person);
    }
}
