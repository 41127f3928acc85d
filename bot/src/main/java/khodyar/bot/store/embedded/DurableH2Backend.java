package khodyar.bot.store.embedded;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server, made durable and safe for concurrent clients.
 * <p>
 * Durable: a command that may write returns its reply only after the change is committed and
 * synced, so an acknowledged write survives a hard kill. Every client command passes through
 * {@link #handleCommand}, whether it came as OP_MSG or OP_QUERY.
 * <p>
 * Copy on write: mongo-java-server hands out the very document objects held in the map and updates
 * them in place under the collection's lock, but replies are encoded after that lock is released,
 * and the MVStore commit serialises the same objects from another thread. Measured here, four
 * threads doing findAndModify {$inc} with returnNew got 61 distinct counter values for 100
 * increments. Here queries hand out copies, so an update puts a new object into the map and
 * whatever a reply or a commit is reading stays as it was.
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that never change stored data; anything else is treated as a write. */
    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
        "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
        "dbstats", "collstats", "validate", "killcursors", "getlasterror", "reseterror",
        "hello", "ismaster", "buildinfo", "ping", "whatsmyuri", "serverstatus", "connectionstatus",
        "hostinfo", "getcmdlineopts", "getlog", "getfreemonitoringstatus", "endsessions",
        "replsetgetstatus");

    /** The map names H2Database uses, so a file written by a plain H2Backend opens unchanged. */
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    private final Committer committer;
    private final int compactionMillisOnClose;

    DurableH2Backend(MVStore store, Committer committer, int compactionMillisOnClose) {
        super(store);
        this.committer = committer;
        this.compactionMillisOnClose = compactionMillisOnClose;
        // the MongoDB 5.x driver refuses servers older than 4.0; announce 5.0 explicitly
        version(ServerVersion.MONGO_5_0);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (isReadOnly(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        Document reply = null;
        try {
            reply = super.handleCommand(channel, database, command, query);
            return reply;
        } finally {
            // also after a failed command: part of a batch may have been written before the error
            if (reply == null || !changedNothing(command, reply)) {
                committer.awaitDurable();
            }
        }
    }

    /**
     * A write that matched nothing has nothing to make durable, and need not wait for a commit: an
     * insert of a redelivered update, a delete of what is gone, an update that found nothing to change.
     */
    static boolean changedNothing(String command, Document reply) {
        return switch (command.toLowerCase(Locale.ROOT)) {
            // an insert's n counts the documents sent, refused ones too
            case "insert" -> reply.get("writeErrors") instanceof List<?> errors && count(reply.get("n")) == errors.size();
            case "delete" -> count(reply.get("n")) == 0;
            case "update" -> count(reply.get("nModified")) == 0 && !reply.containsKey("upserted");
            default -> false;
        };
    }

    private static long count(Object number) {
        return number instanceof Number n ? n.longValue() : -1;
    }

    static boolean isReadOnly(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !writesOutput(query.get("pipeline"));
        }
        return READ_ONLY_COMMANDS.contains(name);
    }

    private static boolean writesOutput(Object pipeline) {
        if (!(pipeline instanceof List<?> stages)) {
            return false;
        }
        return stages.stream().anyMatch(stage -> stage instanceof Document document
            && (document.containsKey("$out") || document.containsKey("$merge")));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CopyOnWriteH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public void close() {
        committer.close();
        getMvStore().close(compactionMillisOnClose);
        super.close();
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens the existing collections,
     * before a field of a subclass is assigned, but the enclosing backend (and its store) is set first.
     */
    private final class CopyOnWriteH2Database extends H2Database {

        CopyOnWriteH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> dataMap = getMvStore().openMap(DATA_MAP_PREFIX + fullName,
                new MVMap.Builder<Object, Document>().keyType(StoreKeyType.INSTANCE).valueType(BsonDocumentType.INSTANCE));
            MVMap<String, Object> metaMap = getMvStore().openMap(META_MAP_PREFIX + fullName);
            return new CopyOnWriteH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        /** The map name is H2Database's own, so that its dropIndex finds it. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVMap<KeyValue, Object> positions = getMvStore().openMap(mapName,
                new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE).valueType(StoreKeyType.INSTANCE));
            return new BsonUniqueIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            return new SecondaryIndex(indexName, keys, sparse);
        }
    }

    private static final class CopyOnWriteH2Collection extends H2Collection {

        CopyOnWriteH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                                MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        /** Every query, update and findAndModify takes its documents from here; only matches are copied. */
        @Override
        protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documentStream,
                                                       int numberToSkip, int limit, int batchSize,
                                                       Comparator<Document> documentComparator, Document fieldSelector) {
            Stream<Document> matchingCopies = documentStream
                .filter(document -> documentMatchesQuery(document, query))
                .map(Document::cloneDeeply);
            return super.matchDocumentsFromStream(query, matchingCopies, numberToSkip, limit, batchSize,
                documentComparator, fieldSelector);
        }
    }
}
