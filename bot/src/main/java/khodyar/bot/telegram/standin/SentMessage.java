package khodyar.bot.telegram.standin;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One message the bot sent, as it stands now: an edit replaces the stored version and bumps
 * {@code editedTimes}.
 *
 * @param chatId      the chat it went to
 * @param messageId   its id in that chat (users' messages and the bot's share one counter per chat)
 * @param method      the Bot API method that created it: sendMessage, sendPhoto or sendDocument
 * @param text        the text, or the caption of a photo or document (may be null for media)
 * @param replyMarkup the reply_markup as sent (inline keyboard, reply keyboard, ...), or null
 * @param fileName    the uploaded file's name (photo and document), or null
 * @param fileBytes   the uploaded file's bytes (photo and document), or null
 * @param fileId      the file id the stand-in gave the upload, or null
 * @param editedTimes how often the bot edited it
 * @param sentAt      when it was sent
 * @param editedAt    when it was last edited, or null
 * @param revision    a number that grows with every send or edit in the stand-in: later is larger
 */
public record SentMessage(long chatId, long messageId, String method, String text, JsonNode replyMarkup,
                          String fileName, byte[] fileBytes, String fileId, int editedTimes,
                          Instant sentAt, Instant editedAt, long revision) {

    public SentMessage {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(sentAt, "sentAt");
        replyMarkup = replyMarkup == null || replyMarkup.isNull() || replyMarkup.isMissingNode()
                ? null : replyMarkup.deepCopy();
        fileBytes = fileBytes == null ? null : fileBytes.clone();
    }

    /** A copy: callers cannot change what the stand-in stored. */
    @Override
    public JsonNode replyMarkup() {
        return replyMarkup == null ? null : replyMarkup.deepCopy();
    }

    /** A copy: callers cannot change what the stand-in stored. */
    @Override
    public byte[] fileBytes() {
        return fileBytes == null ? null : fileBytes.clone();
    }

    public boolean isPhoto() {
        return "sendPhoto".equals(method);
    }

    public boolean isDocument() {
        return "sendDocument".equals(method);
    }

    public boolean hasInlineKeyboard() {
        return replyMarkup != null && replyMarkup.has("inline_keyboard") && !buttonTexts().isEmpty();
    }

    /** The labels of the inline keyboard's buttons, row by row. */
    public List<String> buttonTexts() {
        List<String> texts = new ArrayList<>();
        for (JsonNode button : inlineButtons()) {
            texts.add(button.path("text").asText());
        }
        return texts;
    }

    /** The callback_data of every inline button that has one, row by row. */
    public List<String> callbackData() {
        List<String> data = new ArrayList<>();
        for (JsonNode button : inlineButtons()) {
            if (button.hasNonNull("callback_data")) {
                data.add(button.get("callback_data").asText());
            }
        }
        return data;
    }

    /**
     * The callback_data of the first inline button whose label contains {@code labelPart}.
     *
     * @throws AssertionError when no such button is there (this is a test helper)
     */
    public String callbackDataOf(String labelPart) {
        for (JsonNode button : inlineButtons()) {
            if (button.path("text").asText().contains(labelPart) && button.hasNonNull("callback_data")) {
                return button.get("callback_data").asText();
            }
        }
        throw new AssertionError("no inline button with a label containing '" + labelPart
                + "' in message " + messageId + " of chat " + chatId + "; buttons: " + buttonTexts());
    }

    /** The labels of a reply keyboard (the keyboard under the input field), row by row. */
    public List<String> keyboardTexts() {
        List<String> texts = new ArrayList<>();
        if (replyMarkup == null) {
            return texts;
        }
        for (JsonNode row : replyMarkup.path("keyboard")) {
            for (JsonNode button : row) {
                texts.add(button.isTextual() ? button.asText() : button.path("text").asText());
            }
        }
        return texts;
    }

    SentMessage edited(String newText, JsonNode newMarkup, Instant now, long newRevision) {
        return new SentMessage(chatId, messageId, method, newText, newMarkup, fileName, fileBytes, fileId,
                editedTimes + 1, sentAt, now, newRevision);
    }

    private List<JsonNode> inlineButtons() {
        List<JsonNode> buttons = new ArrayList<>();
        if (replyMarkup == null) {
            return buttons;
        }
        for (JsonNode row : replyMarkup.path("inline_keyboard")) {
            row.forEach(buttons::add);
        }
        return buttons;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentMessage that
                && chatId == that.chatId && messageId == that.messageId && editedTimes == that.editedTimes
                && revision == that.revision && method.equals(that.method) && Objects.equals(text, that.text)
                && Objects.equals(replyMarkup, that.replyMarkup) && Objects.equals(fileName, that.fileName)
                && Arrays.equals(fileBytes, that.fileBytes) && Objects.equals(fileId, that.fileId)
                && sentAt.equals(that.sentAt) && Objects.equals(editedAt, that.editedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chatId, messageId, revision);
    }

    @Override
    public String toString() {
        String shown = text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return "SentMessage[chat=" + chatId + ", id=" + messageId + ", " + method
                + (fileName == null ? "" : ", file=" + fileName)
                + (editedTimes == 0 ? "" : ", edited " + editedTimes + "x")
                + ", text=" + shown + (hasInlineKeyboard() ? ", buttons=" + buttonTexts() : "") + "]";
    }
}
