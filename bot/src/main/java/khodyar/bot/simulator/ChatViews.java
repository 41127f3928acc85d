package khodyar.bot.simulator;

import java.time.Instant;
import java.util.List;

/** What the page gets: plain records that Spring's JSON mapping writes as they are. */
final class ChatViews {

    private ChatViews() {
    }

    /** One chat: its messages, the reply keyboard under the input (empty when none) and the bot's button answers. */
    record Chat(long personId, List<Message> messages, List<List<KeyButton>> keyboard, List<Notice> notices) {
    }

    /**
     * One message in the chat.
     *
     * @param from      {@code me} (the person), {@code bot}, or {@code other} (forwarded from someone else)
     * @param kind      {@code text}, {@code contact}, {@code photo}, {@code document} or {@code forwarded}
     *                  (its text's first line is who forwarded it)
     * @param messageId the bot's message id (0 for the person's own messages), to press its buttons
     * @param fileUrl   where the page fetches a photo or document, or null
     */
    record Message(long seq, String from, String kind, String text, long messageId, boolean edited,
                   String fileName, String fileUrl, List<List<InlineButton>> buttons, Instant at) {
    }

    /** An inline button: callback data to press, or a URL to open. */
    record InlineButton(String text, String data, String url) {
    }

    /** A reply-keyboard button: its label is sent as text, or it shares the contact. */
    record KeyButton(String text, boolean requestContact) {
    }

    /** The bot's answer to a button press, shown briefly as Telegram does. */
    record Notice(int index, String text, boolean alert) {
    }
}
