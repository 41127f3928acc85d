package khodyar.domain.common;

import java.util.List;

/**
 * Why something the user asked for is not allowed: a message key in {@code locales/} and the
 * arguments its pattern needs. Refusals are values the caller must handle, not exceptions.
 */
public record Refusal(String reasonKey, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String reasonKey, Object... args) {
        return new Refusal(reasonKey, List.of(args));
    }
}
