package khodyar.bot.telegram.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Hands stored updates to the handler: the updates of one chat in order, one at a time, different
 * chats in parallel (each chat always goes to the same single-threaded lane).
 */
public final class UpdateDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    /** What the bot does with one update; it must not throw for bad input. */
    public interface Handler {
        void handle(org.telegram.telegrambots.meta.api.objects.Update update);
    }

    private final UpdateInbox inbox;
    private final Handler handler;
    private final ExecutorService[] lanes;

    public UpdateDispatcher(UpdateInbox inbox, Handler handler, int laneCount) {
        this.inbox = inbox;
        this.handler = handler;
        this.lanes = new ExecutorService[laneCount];
        for (int i = 0; i < laneCount; i++) {
            int lane = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chat-lane-" + lane);
                t.setDaemon(true);
                return t;
            });
        }
    }

    public void dispatch(List<InboxEntry> entries) {
        for (InboxEntry entry : entries) {
            lanes[Math.floorMod(Long.hashCode(entry.chatId()), lanes.length)].execute(() -> handle(entry));
        }
    }

    private void handle(InboxEntry entry) {
        try {
            handler.handle(inbox.read(entry));
        } catch (RuntimeException e) {
            // A bug must not stop the chat: the update is logged and set aside, not retried forever.
            log.error("update {} could not be handled", entry.updateId(), e);
        }
        try {
            inbox.markDone(entry.updateId());
        } catch (RuntimeException e) {
            log.error("update {} handled but not marked done; it will be handled again after a restart", entry.updateId(), e);
        }
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
