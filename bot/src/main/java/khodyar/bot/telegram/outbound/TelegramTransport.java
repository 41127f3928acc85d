package khodyar.bot.telegram.outbound;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.concurrent.CompletableFuture;

/** Turns a queued message into the library's Bot API call and sends it asynchronously. */
public final class TelegramTransport implements OutboundSender.Transport {

    private final TelegramClient client;

    public TelegramTransport(TelegramClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<Integer> send(OutMessage m) {
        try {
            String chatId = Long.toString(m.chatId());
            return switch (m.kind()) {
                case SEND_TEXT -> messageId(client.executeAsync(SendMessage.builder()
                        .chatId(chatId).text(m.text()).replyMarkup(markup(m.keyboard())).build()));
                case EDIT_TEXT -> done(client.executeAsync(EditMessageText.builder()
                        .chatId(chatId).messageId(m.messageId()).text(m.text())
                        .replyMarkup(inline(m.keyboard())).build()));
                case EDIT_KEYBOARD -> done(client.executeAsync(EditMessageReplyMarkup.builder()
                        .chatId(chatId).messageId(m.messageId()).replyMarkup(inline(m.keyboard())).build()));
                case ANSWER_CALLBACK -> done(client.executeAsync(AnswerCallbackQuery.builder()
                        .callbackQueryId(m.callbackQueryId()).text(m.text()).build()));
                case SEND_DOCUMENT -> messageId(client.executeAsync(SendDocument.builder()
                        .chatId(chatId).caption(m.text())
                        .document(new InputFile(new ByteArrayInputStream(m.fileBytes()), m.fileName())).build()));
                case SEND_PHOTO -> messageId(client.executeAsync(SendPhoto.builder()
                        .chatId(chatId).caption(m.text())
                        .photo(new InputFile(new ByteArrayInputStream(m.fileBytes()), m.fileName())).build()));
            };
        } catch (TelegramApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CompletableFuture<Integer> messageId(CompletableFuture<Message> call) {
        return call.thenApply(Message::getMessageId);
    }

    private static <T extends Serializable> CompletableFuture<Integer> done(CompletableFuture<T> call) {
        return call.thenApply(result -> null);
    }

    private static ReplyKeyboard markup(Keyboard keyboard) {
        if (keyboard == null) {
            return null;
        }
        if (keyboard.remove()) {
            return ReplyKeyboardRemove.builder().removeKeyboard(true).build();
        }
        if (keyboard.isInline()) {
            return inline(keyboard);
        }
        if (keyboard.reply().isEmpty()) {
            return null;
        }
        return ReplyKeyboardMarkup.builder()
                .keyboard(keyboard.reply().stream().map(row -> new KeyboardRow(row.stream()
                        .map(b -> KeyboardButton.builder().text(b.label()).requestContact(b.requestContact() ? true : null).build())
                        .toList())).toList())
                .resizeKeyboard(true)
                .build();
    }

    private static InlineKeyboardMarkup inline(Keyboard keyboard) {
        if (keyboard == null || !keyboard.isInline()) {
            return keyboard == null ? null : InlineKeyboardMarkup.builder().keyboard(java.util.List.of()).build();
        }
        return InlineKeyboardMarkup.builder()
                .keyboard(keyboard.inline().stream().map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                        .toList())).toList())
                .build();
    }
}
