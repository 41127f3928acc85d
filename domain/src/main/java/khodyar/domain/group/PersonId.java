package khodyar.domain.group;

/** A person, by their Telegram user id. */
public record PersonId(long value) {
}
