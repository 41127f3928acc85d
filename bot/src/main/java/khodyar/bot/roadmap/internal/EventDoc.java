package khodyar.bot.roadmap.internal;

import java.time.Instant;
import java.util.List;

import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.roadmap.RoadmapEvent;
import khodyar.domain.roadmap.RoadmapEvent.EvidenceAttached;
import khodyar.domain.roadmap.RoadmapEvent.RoadmapFinished;
import khodyar.domain.roadmap.RoadmapEvent.StageAdvanced;
import khodyar.domain.roadmap.RoadmapEvent.StageReopened;
import khodyar.domain.roadmap.RoadmapEvent.StepCompletedByBooks;
import khodyar.domain.roadmap.RoadmapEvent.StepReopened;
import khodyar.domain.roadmap.RoadmapEvent.StepSignedOff;
import khodyar.domain.roadmap.Stage;
import khodyar.domain.roadmap.StepId;
import khodyar.domain.roadmap.StepOwner;

/**
 * A roadmap event as stored: one flat shape with a kind, so the log does not depend on how the
 * store maps sealed types. Unused fields are null.
 */
public record EventDoc(String kind, StepId step, Long by, Role role, StepOwner as, String text, String fileId,
                       Stage from, Stage to, List<StepId> steps, Instant at) {

    static final String SIGNED_OFF = "signedOff";
    static final String BY_BOOKS = "byBooks";
    static final String EVIDENCE = "evidence";
    static final String ADVANCED = "advanced";
    static final String FINISHED = "finished";
    static final String STEP_REOPENED = "stepReopened";
    static final String STAGE_REOPENED = "stageReopened";

    public static EventDoc of(RoadmapEvent event) {
        if (event instanceof StepSignedOff e) {
            return new EventDoc(SIGNED_OFF, e.step(), e.by().value(), e.role(), e.as(), e.note(), null, null, null, null, e.at());
        }
        if (event instanceof StepCompletedByBooks e) {
            return new EventDoc(BY_BOOKS, e.step(), null, null, null, null, null, null, null, null, e.at());
        }
        if (event instanceof EvidenceAttached e) {
            return new EventDoc(EVIDENCE, e.step(), e.by().value(), null, null, null, e.fileId(), null, null, null, e.at());
        }
        if (event instanceof StageAdvanced e) {
            return new EventDoc(ADVANCED, null, null, null, null, null, null, e.from(), e.to(), null, e.at());
        }
        if (event instanceof RoadmapFinished e) {
            return new EventDoc(FINISHED, null, null, null, null, null, null, null, null, null, e.at());
        }
        if (event instanceof StepReopened e) {
            return new EventDoc(STEP_REOPENED, e.step(), e.by().value(), null, null, e.reason(), null, null, null, null, e.at());
        }
        if (event instanceof StageReopened e) {
            return new EventDoc(STAGE_REOPENED, null, e.by().value(), null, null, e.reason(), null, e.stage(), e.from(),
                    e.reopenedSteps(), e.at());
        }
        throw new IllegalStateException("unknown roadmap event " + event);
    }

    public RoadmapEvent toEvent() {
        return switch (kind) {
            case SIGNED_OFF -> new StepSignedOff(step, new PersonId(by), role, as, text, at);
            case BY_BOOKS -> new StepCompletedByBooks(step, at);
            case EVIDENCE -> new EvidenceAttached(step, new PersonId(by), fileId, at);
            case ADVANCED -> new StageAdvanced(from, to, at);
            case FINISHED -> new RoadmapFinished(at);
            case STEP_REOPENED -> new StepReopened(step, new PersonId(by), text, at);
            // a stage reopening keeps the stage gone back to in "from" and the stage left in "to"
            case STAGE_REOPENED -> new StageReopened(from, to, steps == null ? List.of() : steps, new PersonId(by), text, at);
            default -> throw new IllegalStateException("unknown stored roadmap event kind " + kind);
        };
    }
}
