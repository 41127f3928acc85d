package khodyar.domain.roadmap;

import java.time.Instant;
import java.util.List;

import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/** What happened to a group's roadmap: the transition log, in past tense, with who and when. */
public sealed interface RoadmapEvent {

    Instant at();

    record StepSignedOff(StepId step, PersonId by, Role role, StepOwner as, String note, Instant at)
            implements RoadmapEvent {
    }

    record StepCompletedByBooks(StepId step, Instant at) implements RoadmapEvent {
    }

    record EvidenceAttached(StepId step, PersonId by, String fileId, Instant at) implements RoadmapEvent {
    }

    record StageAdvanced(Stage from, Stage to, Instant at) implements RoadmapEvent {
    }

    /** The last stage is complete: the group has walked the whole roadmap. */
    record RoadmapFinished(Instant at) implements RoadmapEvent {
    }

    record StepReopened(StepId step, PersonId by, String reason, Instant at) implements RoadmapEvent {
    }

    /** The group went back to {@code stage} from {@code from}; the signed-off steps listed must be done again. */
    record StageReopened(Stage stage, Stage from, List<StepId> reopenedSteps, PersonId by, String reason,
                         Instant at) implements RoadmapEvent {
        public StageReopened {
            reopenedSteps = List.copyOf(reopenedSteps);
        }
    }
}
