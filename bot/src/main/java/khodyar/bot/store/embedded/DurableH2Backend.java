package khodyar.bot.store.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server, made durable: a command that may write returns its reply
 * only after the change is committed and synced, so an acknowledged write survives a hard kill.
 * Every client command passes through {@link #handleCommand}, whether it came as OP_MSG or OP_QUERY.
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that never change stored data; anything else is treated as a write. */
    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
        "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
        "dbstats", "collstats", "validate", "killcursors", "getlasterror", "reseterror",
        "hello", "ismaster", "buildinfo", "ping", "whatsmyuri", "serverstatus", "connectionstatus",
        "hostinfo", "getcmdlineopts", "getlog", "getfreemonitoringstatus", "endsessions",
        "replsetgetstatus");

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
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed command: part of a batch may have been written before the error
            committer.awaitDurable();
        }
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
    public void close() {
        committer.close();
        getMvStore().close(compactionMillisOnClose);
        super.close();
    }
}
