package khodyar.bot.store.embedded;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.exception.MongoServerException;

/** Each writer commits and syncs by itself: the simple baseline that group commit is measured against. */
final class CommitPerWrite implements Committer {

    private final MVStore store;
    private volatile boolean closed;

    CommitPerWrite(MVStore store) {
        this.store = store;
    }

    @Override
    public void awaitDurable() {
        if (closed) {
            throw new MongoServerException("the embedded store is closed; the write was not made durable");
        }
        DurableCommit.commitAndSync(store);
    }

    @Override
    public void close() {
        closed = true;
    }
}
