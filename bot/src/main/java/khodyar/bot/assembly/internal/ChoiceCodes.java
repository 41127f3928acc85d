package khodyar.bot.assembly.internal;

import khodyar.domain.assembly.Candidate;
import khodyar.domain.assembly.Choice;
import khodyar.domain.assembly.MotionChoice;
import khodyar.domain.group.PersonId;

import java.util.Optional;

/** Short codes for choices, used in stored counts and in button data (which has at most 64 bytes). */
public final class ChoiceCodes {

    private ChoiceCodes() {
    }

    public static String code(Choice choice) {
        if (choice instanceof Candidate candidate) {
            return "c" + candidate.person().value();
        }
        return switch ((MotionChoice) choice) {
            case FOR -> "F";
            case AGAINST -> "A";
            case ABSTAIN -> "X";
        };
    }

    /** The choice a code names; empty for anything else (an old or forged button). */
    public static Optional<Choice> choice(String code) {
        if (code == null) {
            return Optional.empty();
        }
        switch (code) {
            case "F":
                return Optional.of(MotionChoice.FOR);
            case "A":
                return Optional.of(MotionChoice.AGAINST);
            case "X":
                return Optional.of(MotionChoice.ABSTAIN);
            default:
                break;
        }
        if (code.startsWith("c") && code.length() > 1) {
            try {
                return Optional.of(Choice.candidate(new PersonId(Long.parseLong(code.substring(1)))));
            } catch (NumberFormatException notAnId) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
