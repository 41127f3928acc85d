package khodyar.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import khodyar.bot.chat.ChatRouter;
import khodyar.bot.config.BotSettings;
import khodyar.bot.config.TelegramSettings;
import khodyar.bot.telegram.intake.Intake;
import khodyar.bot.telegram.intake.UpdateDispatcher;
import khodyar.bot.telegram.intake.UpdateInbox;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.bot.telegram.outbound.OutboundSender;
import khodyar.bot.telegram.outbound.TelegramTransport;
import khodyar.bot.telegram.standin.BotApiStandIn;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Clock;
import java.time.Duration;

/** The Telegram side wired by hand: there is no Spring starter for TelegramBots 10. */
@Configuration(proxyBeanMethods = false)
public class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);
    static final String SIMULATOR_TOKEN = "123456:SIMULATOR";

    /** The library's JSON mapping (Jackson 2), kept apart from Spring's own. */
    static final ObjectMapper TELEGRAM_JSON = new ObjectMapper();

    @Bean(destroyMethod = "close")
    SimulatorStandIn simulatorStandIn(TelegramSettings settings,
                                      @Value("${simulator.enabled:true}") boolean simulatorEnabled) {
        if (settings.hasToken()) {
            return new SimulatorStandIn(null);
        }
        if (!simulatorEnabled) {
            throw new IllegalStateException("TELEGRAM_BOT_TOKEN is not set and the local simulator is off"
                    + " (KHODYAR_SIMULATOR=false): set the token, or KHODYAR_SIMULATOR=true to run the simulator");
        }
        BotApiStandIn standIn = BotApiStandIn.start(SIMULATOR_TOKEN);
        log.info("no TELEGRAM_BOT_TOKEN: local simulator mode, Bot API stand-in at {}", standIn.baseUrl());
        return new SimulatorStandIn(standIn);
    }

    @Bean
    TelegramEndpoint telegramEndpoint(TelegramSettings settings, SimulatorStandIn simulator) {
        if (simulator.standIn() != null) {
            return new TelegramEndpoint(SIMULATOR_TOKEN, simulator.standIn().baseUrl(), true);
        }
        return new TelegramEndpoint(settings.botToken().strip(), settings.apiUrl(), false);
    }

    @Bean
    TelegramClient telegramClient(TelegramEndpoint endpoint, BotSettings settings) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(settings.outbound().maxInFlight() * 2);
        dispatcher.setMaxRequestsPerHost(settings.outbound().maxInFlight() * 2);
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .callTimeout(Duration.ofSeconds(60))
                .build();
        return new OkHttpTelegramClient(TELEGRAM_JSON, http, endpoint.token(), endpoint.telegramUrl());
    }

    @Bean
    BotIdentity botIdentity(TelegramClient client) throws InterruptedException {
        TelegramApiException last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                User me = client.execute(new GetMe());
                return new BotIdentity(me.getId(), me.getUserName());
            } catch (TelegramApiException e) {
                last = e;
                log.warn("getMe failed (attempt {} of 5): {}", attempt, e.getMessage());
                Thread.sleep(1000L * attempt);
            }
        }
        throw new IllegalStateException("the Bot API did not answer getMe; check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL", last);
    }

    /** Closed after the dispatcher (which uses it) and before the store: its last done marks are written. */
    @Bean(destroyMethod = "close")
    UpdateInbox updateInbox(MongoTemplate mongo, Clock clock) {
        return new UpdateInbox(mongo, TELEGRAM_JSON, clock);
    }

    @Bean(destroyMethod = "close")
    UpdateDispatcher updateDispatcher(UpdateInbox inbox, ChatRouter router, BotSettings settings) {
        return new UpdateDispatcher(inbox, router, settings.handlerThreads());
    }

    @Bean
    Intake intake(UpdateInbox inbox, UpdateDispatcher dispatcher) {
        return new Intake(inbox, dispatcher);
    }

    /** Closed after the sender (which uses it) and before the store: its last sent marks are written. */
    @Bean(destroyMethod = "close")
    OutboundQueue outboundQueue(MongoTemplate mongo, Clock clock) {
        return new OutboundQueue(mongo, clock);
    }

    @Bean(destroyMethod = "close")
    OutboundSender outboundSender(TelegramClient client, OutboundQueue queue, Clock clock, BotSettings settings) {
        return new OutboundSender(new TelegramTransport(client), queue, clock, settings.outbound());
    }

    /** The in-process Bot API of the local simulator, or nothing when a token is set. */
    public record SimulatorStandIn(BotApiStandIn standIn) implements AutoCloseable {
        @Override
        public void close() {
            if (standIn != null) {
                standIn.close();
            }
        }
    }
}
