package khodyar.domain.assembly;

import java.util.Optional;

/** What the general assembly is asked to decide. Each kind carries its message key and its roadmap step. */
public enum ProposalKind {
    INTEREST_RATE("assembly.kind.interestRate", "C4", Secrecy.OPEN),
    INTERNAL_LOAN("assembly.kind.internalLoan", null, Secrecy.OPEN),
    CONSTITUTION("assembly.kind.constitution", "O2", Secrecy.OPEN),
    SAVINGS_AGREEMENT("assembly.kind.savingsAgreement", "O3", Secrecy.OPEN),
    BOARD_ELECTION("assembly.kind.boardElection", "O4", Secrecy.SECRET),
    BANK_LOAN_DISTRIBUTION("assembly.kind.bankLoanDistribution", "M2", Secrecy.OPEN),
    KANOON_REPRESENTATIVES("assembly.kind.kanoonRepresentatives", "M10", Secrecy.SECRET),
    FREE_MOTION("assembly.kind.freeMotion", null, Secrecy.OPEN);

    private final String messageKey;
    private final String roadmapStepId;
    private final Secrecy usualSecrecy;

    ProposalKind(String messageKey, String roadmapStepId, Secrecy usualSecrecy) {
        this.messageKey = messageKey;
        this.roadmapStepId = roadmapStepId;
        this.usualSecrecy = usualSecrecy;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The roadmap step (F1..M11) this decision belongs to; the roadmap decides when the step is done. */
    public Optional<String> roadmapStepId() {
        return Optional.ofNullable(roadmapStepId);
    }

    /** Elections are secret unless the proposer chooses otherwise; other decisions are open. */
    public Secrecy usualSecrecy() {
        return usualSecrecy;
    }

    public boolean isElection() {
        return this == BOARD_ELECTION || this == KANOON_REPRESENTATIVES;
    }
}
