package khodyar.bot.telegram.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.List;

/**
 * Where updates come in, by long polling or webhook: stored first, then handed to the dispatcher.
 * When the store cannot take them the intake waits and tries again rather than moving on, because
 * an update that is not stored must not be acknowledged.
 */
public final class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final UpdateInbox inbox;
    private final UpdateDispatcher dispatcher;
    private volatile boolean running = true;

    public Intake(UpdateInbox inbox, UpdateDispatcher dispatcher) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
    }

    /** Hands over whatever a previous run stored but did not finish, before anything new. */
    public void resume() {
        List<InboxEntry> unfinished = inbox.unfinished();
        if (!unfinished.isEmpty()) {
            log.info("resuming {} updates stored but not handled before the last stop", unfinished.size());
        }
        dispatcher.dispatch(unfinished);
    }

    public void accept(List<Update> updates) {
        long backoffMillis = 100;
        while (running) {
            try {
                dispatcher.dispatch(inbox.store(updates));
                return;
            } catch (RuntimeException e) {
                log.error("could not store {} updates; retrying in {} ms", updates.size(), backoffMillis, e);
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    public long nextOffset() {
        return inbox.lastStoredUpdateId() + 1;
    }

    public void stop() {
        running = false;
    }
}
