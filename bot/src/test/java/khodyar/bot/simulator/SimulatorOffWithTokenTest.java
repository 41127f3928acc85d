package khodyar.bot.simulator;

import khodyar.bot.config.BotSettings;
import khodyar.bot.e2e.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With a Telegram token the bot talks to Telegram only: no simulator page, API or simulator admin. */
class SimulatorOffWithTokenTest extends EndToEndTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    BotSettings settings;

    @LocalServerPort
    int port;

    @Test
    void theSimulatorNeverStartsWhenATokenIsSet() throws IOException, InterruptedException {
        assertThat(context.getBeansOfType(SimulatorConfiguration.class)).isEmpty();
        assertThat(context.getBeansOfType(SimulatorChats.class)).isEmpty();
        assertThat(settings.isAdmin(SimulatorPeople.ADMIN_ID)).isFalse();

        assertThat(statusOf("/")).isEqualTo(404);
        assertThat(statusOf("/sim/api/people")).isEqualTo(404);
        assertThat(statusOf("/sim/page/index.html")).isEqualTo(404);
    }

    private int statusOf(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
