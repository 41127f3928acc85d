package khodyar.bot.simulator;

import khodyar.bot.config.BotSettings;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * In the simulator, its first person ({@link SimulatorPeople#ADMIN_ID}) administers the deployment,
 * as if listed in {@code BOT_ADMINS}, so a visitor can invite a facilitator without any set-up.
 * Only registered in simulator mode: with a Telegram token, {@code BOT_ADMINS} alone decides.
 */
final class SimulatorAdmin implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof BotSettings settings ? settings.withAdmin(SimulatorPeople.ADMIN_ID) : bean;
    }
}
