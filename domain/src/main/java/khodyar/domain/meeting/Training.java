package khodyar.domain.meeting;

import java.util.Objects;

/**
 * What a training session taught and who taught it. The teacher is often not a bot user (an
 * entrepreneur, a counsellor), so it is a name as the facilitator wrote it.
 */
public record Training(TrainingSubject subject, String teacher) {

    public Training {
        Objects.requireNonNull(subject, "subject");
        teacher = teacher == null ? "" : teacher.strip();
    }
}
