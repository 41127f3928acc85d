package khodyar.domain.roadmap;

import java.util.Optional;

import khodyar.domain.group.Role;

/** Who answers for a step, and through which role a person may sign it off. */
public enum StepOwner {
    FACILITATOR(Role.FACILITATOR, "roadmap.owner.facilitator"),
    LOCAL_IMPLEMENTER(Role.LOCAL_IMPLEMENTER, "roadmap.owner.localImplementer"),
    PARENT_EXPERT(Role.PARENT_EXPERT, "roadmap.owner.parentExpert"),
    TREASURER(Role.TREASURER, "roadmap.owner.treasurer"),
    /**
     * A decision of the general assembly. Until assembly votes exist the facilitator records it as
     * a decision taken in a meeting; a vote's result reaches the roadmap through {@link BookFacts}.
     */
    ASSEMBLY(Role.FACILITATOR, "roadmap.owner.assembly"),
    /** Money that moved: the ledger decides, nobody signs it off by hand. */
    BOOKS(null, "roadmap.owner.books");

    private final Role signingRole;
    private final String messageKey;

    StepOwner(Role signingRole, String messageKey) {
        this.signingRole = signingRole;
        this.messageKey = messageKey;
    }

    /** The role a person needs to sign off for this owner; empty for the books. */
    public Optional<Role> signingRole() {
        return Optional.ofNullable(signingRole);
    }

    public String messageKey() {
        return messageKey;
    }
}
