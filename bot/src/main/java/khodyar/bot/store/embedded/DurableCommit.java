package khodyar.bot.store.embedded;

import org.h2.mvstore.MVStore;

final class DurableCommit {

    private DurableCommit() {
    }

    /**
     * commit() writes the new chunk to the file (enough to survive a killed process); sync() forces
     * it to the device (enough to survive a power cut). The sync runs even when commit() found
     * nothing to store, because H2's background writer may have committed our change without syncing.
     */
    static void commitAndSync(MVStore store) {
        store.commit();
        store.sync();
    }
}
