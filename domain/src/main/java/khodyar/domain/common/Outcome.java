package khodyar.domain.common;

import java.util.function.Function;

/** The result of a domain command: either what happened, or a refusal with its reason. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(String reasonKey, Object... args) {
        return new Refused<>(Refusal.of(reasonKey, args));
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    default <R> Outcome<R> map(Function<T, R> mapper) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapper.apply(done.value()));
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }

    /** The value; a programming error when called on a refusal. */
    default T orElseThrow() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).refusal());
    }
}
