package khodyar.bot.telegram;

import khodyar.bot.config.TelegramSettings;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.telegram.intake.Intake;
import khodyar.bot.telegram.intake.PollingIntake;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.bot.telegram.outbound.OutboundSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import jakarta.annotation.PreDestroy;
import java.util.List;

/**
 * Starts the bot once the application is ready: pending outbound messages first, then the commands
 * menu in Telegram, then updates left unhandled by the last run, and last the intake.
 */
@Component
public class TelegramLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramLifecycle.class);

    /** The commands offered in Telegram's menu, in this order; each has a {@code commands.<name>} text. */
    static final List<String> REGISTERED_COMMANDS = List.of(
            "menu", "balance", "deposit", "repay", "loan", "myloan", "loans", "votes", "meetings", "roadmap",
            "report", "members", "groups", "help", "lang");

    private final TelegramSettings settings;
    private final TelegramEndpoint endpoint;
    private final TelegramClient client;
    private final Messages messages;
    private final OutboundQueue outboundQueue;
    private final OutboundSender outboundSender;
    private final Intake intake;
    private PollingIntake polling;

    public TelegramLifecycle(TelegramSettings settings, TelegramEndpoint endpoint, TelegramClient client, Messages messages,
                             OutboundQueue outboundQueue, OutboundSender outboundSender, Intake intake) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.client = client;
        this.messages = messages;
        this.outboundQueue = outboundQueue;
        this.outboundSender = outboundSender;
        this.intake = intake;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() throws TelegramApiException {
        outboundQueue.attach(outboundSender);
        registerCommands();
        intake.resume();
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK && !endpoint.simulator()) {
            client.execute(SetWebhook.builder().url(settings.webhookUrl()).secretToken(settings.webhookSecret())
                    .allowedUpdates(List.of("message", "callback_query")).build());
            log.info("webhook mode: Telegram posts updates to {}", settings.webhookUrl());
        } else {
            polling = new PollingIntake(endpoint.token(), endpoint.telegramUrl(), intake);
            polling.start();
            log.info("long polling {}", endpoint.baseUrl());
        }
    }

    /** A Bot API that lacks setMyCommands (Bale, say) is logged and skipped, never fatal. */
    private void registerCommands() {
        for (Lang lang : List.of(Lang.FA, Lang.EN)) {
            try {
                client.execute(SetMyCommands.builder().commands(commands(lang))
                        .languageCode(lang == Lang.EN ? "en" : "fa").build());
            } catch (TelegramApiException e) {
                log.warn("setMyCommands ({}) failed: {}", lang, e.getMessage());
            }
        }
        try {
            client.execute(SetMyCommands.builder().commands(commands(Lang.FA)).build());
        } catch (TelegramApiException e) {
            log.warn("setMyCommands (default) failed: {}", e.getMessage());
        }
    }

    private List<BotCommand> commands(Lang lang) {
        return REGISTERED_COMMANDS.stream().map(name -> new BotCommand(name, messages.get(lang, "commands." + name))).toList();
    }

    @PreDestroy
    public void stop() throws Exception {
        intake.stop();
        if (polling != null) {
            polling.close();
        }
    }
}
