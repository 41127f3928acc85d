package khodyar.bot.config;

import khodyar.bot.i18n.Messages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TelegramSettings.class, BotSettings.class})
public class AppConfiguration {

    /** Everything that asks the time asks this clock, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Messages messages() {
        return Messages.load();
    }
}
