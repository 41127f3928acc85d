package khodyar.bot.store.embedded;

/**
 * Makes the store's changes durable before a write is acknowledged.
 * {@link #awaitDurable()} returns only once every change made before the call is on disk.
 */
interface Committer extends AutoCloseable {

    void awaitDurable();

    /** Makes nothing durable before the store closes; the close commits everything. */
    Committer AT_CLOSE = new Committer() {
        @Override
        public void awaitDurable() {
        }

        @Override
        public void close() {
        }
    };

    /** Refuses further writes; closing the store afterwards commits what is left. */
    @Override
    void close();
}
