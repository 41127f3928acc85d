package khodyar.bot.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The local simulator runs when there is no Telegram token and it is not switched off
 * ({@code KHODYAR_SIMULATOR=false}, which the Docker image sets). A token always wins: with one, the
 * bot talks to Telegram and no simulator page or stand-in exists.
 */
public final class SimulatorMode implements Condition {

    static final String TOKEN_PROPERTY = "telegram.bot-token";
    public static final String ENABLED_PROPERTY = "simulator.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    public static boolean isOn(Environment environment) {
        String token = environment.getProperty(TOKEN_PROPERTY, "");
        return token.isBlank() && environment.getProperty(ENABLED_PROPERTY, Boolean.class, true);
    }
}
