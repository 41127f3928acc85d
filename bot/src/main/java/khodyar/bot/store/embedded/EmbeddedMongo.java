package khodyar.bot.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB-compatible server on 127.0.0.1 that keeps its data in one H2 MVStore file in a data
 * folder, for running the bot without a MongoDB. A write is acknowledged only after it is on disk.
 */
public final class EmbeddedMongo implements AutoCloseable {

    static final String STORE_FILE_NAME = "khodyar.mv.db";

    /** How documents are kept in the file; see {@link BsonDocumentType}. */
    static final String FORMAT = "bson-1";
    private static final String FORMAT_MAP = "khodyar.format";
    private static final String FORMAT_KEY = "documents";

    /**
     * How long H2 keeps chunks that no longer hold live data. H2's 45 s default guards against a
     * file system that delays writes; every commit here is synced, so a short time is safe. Measured
     * with 20,000 inserts by 8 writers: 45 s grew the file to 195 MB, 1 s to about 65 MB.
     */
    static final int RETENTION_MILLIS = 1_000;

    /**
     * A commit writes every page it changed whole, encoding each document in it again; smaller pages
     * than H2's default re-encode fewer unchanged neighbours of a changed document. Profiled under the
     * bench, encoding pages at commit was a sixth of the bot's CPU.
     */
    static final int PAGE_SPLIT_BYTES = 4 * 1024;

    /**
     * H2's cache of decoded pages, by its estimate of their size (half its default): measured after
     * the bench's 200-group load, the cached documents were most of what the heap held.
     */
    static final int CACHE_MEGABYTES = 8;

    /** Rewrite chunks that are less than this full (H2's background housekeeping does it). */
    static final int AUTO_COMPACT_FILL_RATE_PERCENT = 80;

    /**
     * -1: on a clean close, copy the live data into a fresh file (H2's full compaction). Under a
     * burst of small commits the file holds mostly dead space that H2's housekeeping does not give
     * back (the 65 MB above stayed 77 MB after 15 s idle); a full compaction took it to 1.9 MB.
     */
    static final int COMPACTION_MILLIS_ON_CLOSE = -1;

    /**
     * A connection is served by one event-loop thread that blocks while its write is committed;
     * with more threads than the default 2 per core, more writers wait on (and share) one commit.
     */
    static final int WORKER_THREADS = 32;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    /**
     * How writes are made durable: group commit in the bot, commit per write only for comparison,
     * and at close for loading a folder no bot has open yet.
     */
    enum CommitMode {
        GROUPED, PER_WRITE, AT_CLOSE
    }

    private final DataDirLock dataDirLock;
    private final MongoServer server;
    private final String connectionString;
    private final Path storeFile;

    private EmbeddedMongo(DataDirLock dataDirLock, MongoServer server, InetSocketAddress address, Path storeFile) {
        this.dataDirLock = dataDirLock;
        this.server = server;
        this.connectionString = "mongodb://" + address.getHostString() + ":" + address.getPort();
        this.storeFile = storeFile;
    }

    /** Creates the folder if needed, takes ownership of it, opens the store and listens on a free port. */
    public static EmbeddedMongo start(Path dataDir) {
        return start(dataDir, CommitMode.GROUPED);
    }

    /**
     * For loading data into a folder before a bot opens it (the bench's years of history): writes are
     * acknowledged before they are on disk, and {@link #close()} puts them there. A crash loses the load.
     */
    public static EmbeddedMongo startForLoading(Path dataDir) {
        return start(dataDir, CommitMode.AT_CLOSE);
    }

    static EmbeddedMongo start(Path dataDir, CommitMode commitMode) {
        createFolder(dataDir);
        DataDirLock lock = DataDirLock.acquire(dataDir);
        MVStore store = null;
        try {
            Path storeFile = dataDir.resolve(STORE_FILE_NAME);
            store = new MVStore.Builder()
                .fileName(storeFile.toString())
                .autoCompactFillRate(AUTO_COMPACT_FILL_RATE_PERCENT)
                .pageSplitSize(PAGE_SPLIT_BYTES)
                .cacheSize(CACHE_MEGABYTES)
                .open();
            store.setRetentionTime(RETENTION_MILLIS);
            checkFormat(store, storeFile);
            Committer committer = switch (commitMode) {
                case GROUPED -> new GroupCommitter(store);
                case PER_WRITE -> new CommitPerWrite(store);
                case AT_CLOSE -> Committer.AT_CLOSE;
            };
            MongoServer server = new MongoServer(new DurableH2Backend(store, committer, COMPACTION_MILLIS_ON_CLOSE));
            server.bind(new InetSocketAddress("127.0.0.1", 0), 1, WORKER_THREADS);
            EmbeddedMongo mongo = new EmbeddedMongo(lock, server, server.getLocalAddress(), storeFile);
            log.info("embedded MongoDB store {} listening on {}", storeFile.toAbsolutePath(), mongo.connectionString);
            return mongo;
        } catch (RuntimeException e) {
            if (store != null) {
                store.closeImmediately();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * Earlier builds kept documents Java-serialized in the same maps; this one reads BSON, and would
     * misread such a file rather than fail cleanly, so the file says which it holds.
     */
    private static void checkFormat(MVStore store, Path storeFile) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        String written = format.get(FORMAT_KEY);
        if (FORMAT.equals(written)) {
            return;
        }
        boolean holdsData = store.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
        if (written != null || holdsData) {
            throw new IllegalStateException(storeFile.toAbsolutePath() + " holds documents in format "
                + (written == null ? "java-serialized" : written) + ", and this build reads " + FORMAT
                + ": start with an empty data folder (BOT_DATA_DIR), or use the build that wrote it");
        }
        format.put(FORMAT_KEY, FORMAT);
        DurableCommit.commitAndSync(store);
    }

    private static void createFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
    }

    /** mongodb://127.0.0.1:port, without a database name. */
    public String connectionString() {
        return connectionString;
    }

    public Path storeFile() {
        return storeFile;
    }

    /** Stops listening, waits for running commands, commits the last changes, compacts the file fully and closes it. */
    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            dataDirLock.close();
        }
        log.info("embedded MongoDB store {} closed", storeFile.toAbsolutePath());
    }
}
