package khodyar.bot.store.embedded;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.exception.MongoServerException;

/**
 * Group commit: concurrent writers share one commit and one fsync.
 * <p>
 * A writer takes a ticket after its change is in the maps. If no commit is running, it becomes the
 * leader: it notes the highest ticket issued so far, commits and syncs, and releases every writer
 * up to that ticket. Writers arriving meanwhile wait; when the commit ends, one of those still
 * uncovered leads the next commit for all of them. A lone writer commits on its own thread, with no
 * hand-off to a committer thread.
 */
final class GroupCommitter implements Committer {

    private final MVStore store;
    private final Object lock = new Object();

    private long ticketsIssued;
    private long durableUpTo;
    private boolean commitRunning;
    private boolean closed;

    GroupCommitter(MVStore store) {
        this.store = store;
    }

    @Override
    public void awaitDurable() {
        long ticket;
        long target;
        synchronized (lock) {
            ticket = ++ticketsIssued;
            while (true) {
                if (durableUpTo >= ticket) {
                    return;
                }
                if (closed) {
                    throw new MongoServerException("the embedded store is closed; the write was not made durable");
                }
                if (!commitRunning) {
                    break;
                }
                waitForTheRunningCommit();
            }
            commitRunning = true;
            target = ticketsIssued;
        }
        boolean committed = false;
        try {
            DurableCommit.commitAndSync(store);
            committed = true;
        } finally {
            synchronized (lock) {
                commitRunning = false;
                if (committed) {
                    durableUpTo = target;
                }
                lock.notifyAll();
            }
        }
    }

    private void waitForTheRunningCommit() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MongoServerException("interrupted before the write was made durable", e);
        }
    }

    /** Refuses further writes; the store's own close commits what is left. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}
