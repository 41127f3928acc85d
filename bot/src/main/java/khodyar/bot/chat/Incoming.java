package khodyar.bot.chat;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.Optional;

/** What one update says, in the terms the conversation needs. */
public record Incoming(
        long updateId,
        long chatId,
        boolean privateChat,
        long userId,
        String userName,
        String username,
        String text,
        String callbackId,
        String callbackData,
        Integer callbackMessageId,
        String contactPhone,
        Long contactUserId,
        String fileId) {

    public static Optional<Incoming> of(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery callback = update.getCallbackQuery();
            User from = callback.getFrom();
            long chatId = callback.getMessage() != null ? callback.getMessage().getChatId() : from.getId();
            Integer messageId = callback.getMessage() != null ? callback.getMessage().getMessageId() : null;
            return Optional.of(new Incoming(update.getUpdateId(), chatId, chatId > 0, from.getId(), nameOf(from),
                    from.getUserName(), null, callback.getId(), callback.getData(), messageId, null, null, null));
        }
        if (update.hasMessage() && update.getMessage().getFrom() != null) {
            Message message = update.getMessage();
            User from = message.getFrom();
            String phone = message.hasContact() ? message.getContact().getPhoneNumber() : null;
            Long contactUser = message.hasContact() ? message.getContact().getUserId() : null;
            String text = message.hasText() ? message.getText() : message.getCaption();
            return Optional.of(new Incoming(update.getUpdateId(), message.getChatId(), message.getChat().isUserChat(),
                    from.getId(), nameOf(from), from.getUserName(), text, null, null, null, phone, contactUser,
                    fileIdOf(message)));
        }
        return Optional.empty();
    }

    public boolean isCallback() {
        return callbackId != null;
    }

    public boolean isCommand() {
        return text != null && text.startsWith("/");
    }

    public boolean hasContact() {
        return contactPhone != null;
    }

    /** The command's name without the slash and any {@code @botname}, in lower case. */
    public String commandName() {
        String head = text.strip().split("\\s+", 2)[0].substring(1);
        int at = head.indexOf('@');
        return (at >= 0 ? head.substring(0, at) : head).toLowerCase(java.util.Locale.ROOT);
    }

    /** What follows the command name, trimmed; empty when nothing does. */
    public String commandArgs() {
        String[] parts = text.strip().split("\\s+", 2);
        return parts.length > 1 ? parts[1].strip() : "";
    }

    private static String nameOf(User user) {
        String last = user.getLastName();
        return last == null || last.isBlank() ? user.getFirstName() : user.getFirstName() + " " + last;
    }

    private static String fileIdOf(Message message) {
        if (message.hasDocument()) {
            return message.getDocument().getFileId();
        }
        if (message.hasPhoto() && !message.getPhoto().isEmpty()) {
            return message.getPhoto().get(message.getPhoto().size() - 1).getFileId();
        }
        return null;
    }
}
