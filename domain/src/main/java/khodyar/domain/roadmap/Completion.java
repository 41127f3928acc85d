package khodyar.domain.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/** How a step was completed: signed off by a person, or settled by the books. */
public sealed interface Completion {

    StepId step();

    Instant at();

    /**
     * A person's sign-off and its evidence.
     *
     * @param role              the role the person signed in
     * @param as                the owner they signed for (the facilitator records assembly decisions)
     * @param attachmentFileIds photos or documents sent in the chat as evidence (Telegram file ids)
     */
    record SignOff(StepId step, PersonId by, Role role, StepOwner as, Instant at, String note,
                   List<String> attachmentFileIds) implements Completion {

        public SignOff {
            note = note == null ? "" : note.strip();
            attachmentFileIds = List.copyOf(attachmentFileIds);
        }

        SignOff withAttachment(String fileId) {
            List<String> files = new ArrayList<>(attachmentFileIds);
            files.add(fileId);
            return new SignOff(step, by, role, as, at, note, files);
        }
    }

    /** The books showed the fact that completes the step ({@link RoadmapBooks}). */
    record SettledByBooks(StepId step, Instant at) implements Completion {
    }
}
