package khodyar.bot.chat;

/**
 * A guided conversation: a few questions asked one after another. Input that does not fit the
 * question gets a short explanation and leaves the conversation where it was.
 */
public interface Flow {

    String name();

    void onInput(Turn turn, Conversation conversation);
}
