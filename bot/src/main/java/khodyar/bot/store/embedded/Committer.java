package khodyar.bot.store.embedded;

/**
 * Makes the store's changes durable before a write is acknowledged.
 * {@link #awaitDurable()} returns only once every change made before the call is on disk.
 */
interface Committer extends AutoCloseable {

    void awaitDurable();

    /** Refuses further writes; closing the store afterwards commits what is left. */
    @Override
    void close();
}
