package khodyar.bot.telegram.standin;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramLimitsTest {
    private static final long MARYAM = 501;
    private static final long SAVINGS_GROUP_CHAT = -4001;
    private static final long START = TimeUnit.HOURS.toNanos(1);

    private final TelegramLimits limits = new TelegramLimits();

    @Test
    void aPrivateChatTakesABurstOfThreeThenOneASecond() {
        assertThat(limits.admit(MARYAM, START)).isZero();
        assertThat(limits.admit(MARYAM, START)).isZero();
        assertThat(limits.admit(MARYAM, START)).isZero();
        assertThat(limits.admit(MARYAM, START)).isEqualTo(1);

        assertThat(limits.admit(MARYAM, START + seconds(1))).isZero();
        assertThat(limits.admit(MARYAM, START + seconds(1))).isEqualTo(1);
        assertThat(limits.admit(MARYAM, START + seconds(2))).isZero();
    }

    @Test
    void onePrivateChatsBurstDoesNotHoldBackAnother() {
        for (int i = 0; i < 3; i++) {
            limits.admit(MARYAM, START);
        }

        assertThat(limits.admit(MARYAM + 1, START)).isZero();
    }

    @Test
    void aGroupChatTakesTwentyAMinute() {
        for (int i = 0; i < 20; i++) {
            assertThat(limits.admit(SAVINGS_GROUP_CHAT, START + seconds(i))).isZero();
        }

        assertThat(limits.admit(SAVINGS_GROUP_CHAT, START + seconds(30))).isEqualTo(30);
        assertThat(limits.admit(SAVINGS_GROUP_CHAT, START + seconds(60))).isZero();
    }

    @Test
    void allChatsTogetherTakeThirtyASecond() {
        for (int chat = 1; chat <= 30; chat++) {
            assertThat(limits.admit(chat, START)).isZero();
        }

        assertThat(limits.admit(31, START)).isEqualTo(1);
        assertThat(limits.admit(31, START + seconds(1))).isZero();
    }

    private static long seconds(long count) {
        return TimeUnit.SECONDS.toNanos(count);
    }
}
