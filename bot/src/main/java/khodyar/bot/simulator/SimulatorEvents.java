package khodyar.bot.simulator;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events that tell open pages what changed ({@code chat} with a person's id, {@code people},
 * {@code demo}); the page then fetches what it shows. A page that misses an event catches up on reconnect.
 */
final class SimulatorEvents implements ApplicationListener<ContextClosedEvent> {

    // the browser's EventSource reconnects by itself after this
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(10);

    private final CopyOnWriteArrayList<SseEmitter> pages = new CopyOnWriteArrayList<>();

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        pages.add(emitter);
        emitter.onCompletion(() -> pages.remove(emitter));
        emitter.onTimeout(() -> pages.remove(emitter));
        emitter.onError(e -> pages.remove(emitter));
        send(emitter, "hello", "0");
        return emitter;
    }

    void chatChanged(long personId) {
        publish("chat", Long.toString(personId));
    }

    void peopleChanged() {
        publish("people", "0");
    }

    void demoChanged() {
        publish("demo", "0");
    }

    /** Open streams end before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closeAll();
    }

    void closeAll() {
        pages.forEach(SseEmitter::complete);
        pages.clear();
    }

    private void publish(String name, String data) {
        for (SseEmitter page : pages) {
            send(page, name, data);
        }
    }

    private void send(SseEmitter page, String name, String data) {
        try {
            page.send(SseEmitter.event().name(name).data(data, MediaType.TEXT_PLAIN));
        } catch (IOException | IllegalStateException gone) {
            pages.remove(page);
        }
    }
}
