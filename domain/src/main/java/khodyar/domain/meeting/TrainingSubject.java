package khodyar.domain.meeting;

import java.util.Locale;
import java.util.Optional;

import khodyar.domain.roadmap.StepId;

/**
 * The trainings the roadmap asks for, each with the roadmap step its sessions count towards (if
 * the roadmap names one) and the note of the source that asks for it. General trainings (life
 * skills, resilience, lifestyle, teamwork) are what O7 says to document; the business needs
 * assessment series is note N3's; neither has a step of its own to sign off.
 */
public enum TrainingSubject {
    LIFE_SKILLS(StepId.O7, "N1"),
    RESILIENCE(StepId.O7, "N1"),
    LIFESTYLE(StepId.O7, "N1"),
    TEAMWORK(StepId.O7, "N1"),
    ACCOUNTING_FOR_ALL(StepId.C1, null),
    ACCOUNTING_FOR_TREASURER(StepId.C2, null),
    BUSINESS_DEVELOPMENT(StepId.C10, null),
    BUSINESS_PLAN(StepId.M6, null),
    CONSUMER_NEEDS(null, "N3"),
    VALUE_CREATION(null, "N3"),
    MARKETING(null, "N3"),
    MARKET_RESEARCH(null, "N3"),
    SUPPLY_CHAIN(null, "N3");

    private final StepId step;
    private final String note;

    TrainingSubject(StepId step, String note) {
        this.step = step;
        this.note = note;
    }

    public String messageKey() {
        return "training.subject." + code();
    }

    /** The short name typed after /training, e.g. {@code accounting_for_all}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roadmap step whose training this is, if the roadmap gives it a step. */
    public Optional<StepId> step() {
        return Optional.ofNullable(step);
    }

    /** The roadmap's note (N1, N3) that asks for this training, if any. */
    public Optional<String> roadmapNote() {
        return Optional.ofNullable(note);
    }

    public static Optional<TrainingSubject> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (TrainingSubject subject : values()) {
            if (subject.code().equals(wanted)) {
                return Optional.of(subject);
            }
        }
        return Optional.empty();
    }
}
