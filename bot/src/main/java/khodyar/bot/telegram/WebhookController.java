package khodyar.bot.telegram;

import khodyar.bot.config.TelegramSettings;
import khodyar.bot.telegram.intake.Intake;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Webhook mode: Telegram posts each update here. A request without the right secret header is
 * refused; an accepted update is stored before the 200 goes back, so Telegram redelivers it otherwise.
 */
@RestController
public class WebhookController {

    private final TelegramSettings settings;
    private final Intake intake;

    public WebhookController(TelegramSettings settings, Intake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    @PostMapping(path = "/telegram/webhook", consumes = "application/json")
    public ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
                                        @RequestBody String body) throws Exception {
        if (settings.mode() != TelegramSettings.Mode.WEBHOOK || !secretMatches(secret)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Update update = TelegramConfiguration.TELEGRAM_JSON.readValue(body, Update.class);
        intake.accept(List.of(update));
        return ResponseEntity.ok().build();
    }

    private boolean secretMatches(String given) {
        String expected = settings.webhookSecret();
        if (expected == null || expected.isEmpty() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
