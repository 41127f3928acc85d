package khodyar.bot.simulator;

import khodyar.bot.i18n.Messages;
import khodyar.bot.telegram.TelegramConfiguration.SimulatorStandIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * The local simulator: a page at {@code /} where several made-up people chat with the bot through the
 * in-process Bot API stand-in. Exists only in simulator mode ({@link SimulatorMode}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SimulatorMode.class)
public class SimulatorConfiguration implements WebMvcConfigurer {

    /** The page's files; not under {@code static/}, so that nothing of it is served outside simulator mode. */
    static final String PAGE_RESOURCES = "classpath:/simulator/";

    @Bean
    static SimulatorAdmin simulatorAdmin() {
        return new SimulatorAdmin();
    }

    @Bean
    SimulatorPeople simulatorPeople(MongoTemplate mongo, Clock clock) {
        return new SimulatorPeople(mongo, clock);
    }

    @Bean(destroyMethod = "closeAll")
    SimulatorEvents simulatorEvents() {
        return new SimulatorEvents();
    }

    @Bean
    SimulatorChats simulatorChats(SimulatorStandIn simulator, Clock clock, SimulatorEvents events) {
        return new SimulatorChats(simulator.standIn(), new Transcripts(clock), events);
    }

    @Bean(destroyMethod = "close")
    DemoGroup demoGroup(SimulatorPeople people, SimulatorChats chats, SimulatorEvents events, Messages messages) {
        return new DemoGroup(people, chats, events, messages);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/sim/page/**").addResourceLocations(PAGE_RESOURCES);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/sim/page/index.html");
    }
}
