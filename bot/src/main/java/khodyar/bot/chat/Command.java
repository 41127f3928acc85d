package khodyar.bot.chat;

import khodyar.domain.group.Permission;

import java.util.List;
import java.util.Optional;

/**
 * An action a person can take: by a typed command, by a button of the main menu, or both. The
 * permission, if any, is checked by the router before {@link #run} is called.
 */
public interface Command {

    /** Typed names without the slash, e.g. {@code newgroup}. */
    List<String> names();

    /** The message key of its main-menu button, if it has one. */
    default Optional<String> menuKey() {
        return Optional.empty();
    }

    default Optional<Permission> permission() {
        return Optional.empty();
    }

    void run(Turn turn, String args);
}
