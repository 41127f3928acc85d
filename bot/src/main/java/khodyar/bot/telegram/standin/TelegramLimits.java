package khodyar.bot.telegram.standin;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's broadcast limits as the stand-in enforces them: about 30 messages a second overall,
 * one a second per private chat with a small burst, 20 a minute per group chat. Not thread-safe:
 * the stand-in calls it under its lock.
 */
final class TelegramLimits {
    static final int MESSAGES_PER_SECOND_OVERALL = 30;
    static final int PRIVATE_CHAT_BURST = 3;
    static final int GROUP_CHAT_MESSAGES_PER_MINUTE = 20;

    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long ONE_MINUTE = TimeUnit.MINUTES.toNanos(1);
    // a private chat earns one message a second and may save up to the burst (generic cell rate algorithm)
    private static final long PRIVATE_CHAT_BURST_TOLERANCE = (PRIVATE_CHAT_BURST - 1) * ONE_SECOND;

    private final ArrayDeque<Long> sentInLastSecond = new ArrayDeque<>();
    private final Map<Long, Long> privateChatTheoreticalArrival = new HashMap<>();
    private final Map<Long, ArrayDeque<Long>> groupChatSentInLastMinute = new HashMap<>();

    /**
     * Admits one message to {@code chatId} at {@code nowNanos} and records it, or refuses it.
     *
     * @return 0 when the message is admitted, otherwise the whole seconds to wait (at least 1)
     */
    long admit(long chatId, long nowNanos) {
        forgetOlderThan(sentInLastSecond, nowNanos - ONE_SECOND);
        if (sentInLastSecond.size() >= MESSAGES_PER_SECOND_OVERALL) {
            return secondsUntil(sentInLastSecond.peekFirst() + ONE_SECOND, nowNanos);
        }
        long wait = chatId > 0 ? privateChatWait(chatId, nowNanos) : groupChatWait(chatId, nowNanos);
        if (wait > 0) {
            return wait;
        }
        sentInLastSecond.addLast(nowNanos);
        if (chatId > 0) {
            long arrival = Math.max(privateChatTheoreticalArrival.getOrDefault(chatId, nowNanos), nowNanos);
            privateChatTheoreticalArrival.put(chatId, arrival + ONE_SECOND);
        } else {
            groupChatSentInLastMinute.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addLast(nowNanos);
        }
        return 0;
    }

    private long privateChatWait(long chatId, long nowNanos) {
        long arrival = Math.max(privateChatTheoreticalArrival.getOrDefault(chatId, nowNanos), nowNanos);
        long ahead = arrival - nowNanos;
        return ahead > PRIVATE_CHAT_BURST_TOLERANCE ? secondsUntil(nowNanos + ahead - PRIVATE_CHAT_BURST_TOLERANCE, nowNanos) : 0;
    }

    private long groupChatWait(long chatId, long nowNanos) {
        ArrayDeque<Long> sent = groupChatSentInLastMinute.get(chatId);
        if (sent == null) {
            return 0;
        }
        forgetOlderThan(sent, nowNanos - ONE_MINUTE);
        return sent.size() >= GROUP_CHAT_MESSAGES_PER_MINUTE ? secondsUntil(sent.peekFirst() + ONE_MINUTE, nowNanos) : 0;
    }

    private static void forgetOlderThan(ArrayDeque<Long> times, long oldestKept) {
        while (!times.isEmpty() && times.peekFirst() <= oldestKept) {
            times.removeFirst();
        }
    }

    private static long secondsUntil(long momentNanos, long nowNanos) {
        long waitNanos = Math.max(0, momentNanos - nowNanos);
        return Math.max(1, (waitNanos + ONE_SECOND - 1) / ONE_SECOND);
    }
}
