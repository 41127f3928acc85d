package khodyar.bot.store.embedded;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.exception.MongoServerException;

/**
 * One committer thread commits and syncs whatever is pending and releases every writer that was
 * waiting, so concurrent writes share one commit and one fsync.
 * <p>
 * A writer takes a ticket after its change is in the maps; the committer reads the highest ticket
 * before it commits, so a commit covers every ticket up to the one it read.
 */
final class GroupCommitter implements Committer {

    private final MVStore store;
    private final Object lock = new Object();
    private final Thread thread;

    private long ticketsIssued;
    private long durableUpTo;
    private RuntimeException failure;
    private boolean closing;
    private boolean stopped;

    GroupCommitter(MVStore store) {
        this.store = store;
        this.thread = new Thread(this::commitWhilePending, "embedded-mongo-committer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void awaitDurable() {
        synchronized (lock) {
            if (stopped) {
                throw new MongoServerException("the embedded store is closed; the write was not made durable");
            }
            long ticket = ++ticketsIssued;
            lock.notifyAll();
            while (durableUpTo < ticket) {
                if (failure != null) {
                    throw new MongoServerException("the write could not be made durable: " + failure.getMessage(), failure);
                }
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MongoServerException("interrupted before the write was made durable", e);
                }
            }
        }
    }

    private void commitWhilePending() {
        while (true) {
            long target;
            synchronized (lock) {
                while (ticketsIssued == durableUpTo && !closing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // only close() may stop the committer; it does so through the closing flag
                    }
                }
                if (ticketsIssued == durableUpTo) {
                    stopped = true;
                    lock.notifyAll();
                    return;
                }
                target = ticketsIssued;
            }
            try {
                DurableCommit.commitAndSync(store);
            } catch (RuntimeException e) {
                synchronized (lock) {
                    failure = e;
                    stopped = true;
                    lock.notifyAll();
                }
                return;
            }
            synchronized (lock) {
                durableUpTo = target;
                lock.notifyAll();
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
