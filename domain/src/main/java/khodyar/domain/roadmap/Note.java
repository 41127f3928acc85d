package khodyar.domain.roadmap;

import java.util.Set;

/** The notes the source adds across the stages, and the steps each one speaks to. */
public enum Note {
    /** Training about the group, employment and teamwork, carried out step by step. */
    N1(Set.of(StepId.F2, StepId.F3, StepId.O5, StepId.O7, StepId.C1, StepId.C2, StepId.C10, StepId.M5, StepId.M6)),
    /** Capital assistance also from benefactors and support organisations. */
    N2(Set.of(StepId.C6)),
    /** Business needs assessment needs several sessions. */
    N3(Set.of(StepId.C8, StepId.C10, StepId.M5, StepId.M6));

    private final Set<StepId> concerns;

    Note(Set<StepId> concerns) {
        this.concerns = concerns;
    }

    public Set<StepId> concerns() {
        return concerns;
    }

    public String titleKey() {
        return "roadmap.note." + name() + ".title";
    }

    public String textKey() {
        return "roadmap.note." + name();
    }
}
