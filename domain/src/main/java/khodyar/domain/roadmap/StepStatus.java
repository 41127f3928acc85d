package khodyar.domain.roadmap;

import java.util.Optional;

import khodyar.domain.common.Refusal;

/** A step as a chat shows it: done (with its completion), open, blocked (and why), struck out, or the books'. */
public record StepStatus(Step step, State state, Optional<Completion> completion, Optional<Refusal> blockedBy) {

    public enum State {
        DONE, OPEN, BLOCKED, STRUCK_OUT, BY_BOOKS;

        public String messageKey() {
            return "roadmap.state." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public StepStatus {
        if ((state == State.DONE) != completion.isPresent()) {
            throw new IllegalArgumentException("a step is done exactly when it has a completion");
        }
        if ((state == State.BLOCKED) != blockedBy.isPresent()) {
            throw new IllegalArgumentException("a step is blocked exactly when it has a reason");
        }
    }

    static StepStatus done(Step step, Completion completion) {
        return new StepStatus(step, State.DONE, Optional.of(completion), Optional.empty());
    }

    static StepStatus blocked(Step step, Refusal reason) {
        return new StepStatus(step, State.BLOCKED, Optional.empty(), Optional.of(reason));
    }

    static StepStatus of(Step step, State state) {
        return new StepStatus(step, state, Optional.empty(), Optional.empty());
    }
}
