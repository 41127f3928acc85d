package khodyar.bot.store.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index, which mongo-java-server itself ignores: without it every query on a field
 * other than the id reads the whole collection (every group's members, every group's books).
 * <p>
 * It is kept in memory and built from the documents when the collection opens, so it cannot
 * disagree with the durable data after a crash. It narrows a query to the documents whose leading
 * indexed field equals the queried value; the collection still applies the whole query to them, so
 * an answer is the same as a full scan's, in the same order (by key, as the scan reads them).
 */
final class SecondaryIndex extends Index<Object> {

    private static final String ID_FIELD = "_id";

    private final String field;
    private final Map<KeyValue, Set<Object>> positionsByValue = new HashMap<>();
    private long count;

    /** Indexes the leading key only: the query on it is what narrows; the rest is matched anyway. */
    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, List.of(keys.get(0)), sparse);
        this.field = keys.get(0).getKey();
    }

    @Override
    public Object getPosition(Document document) {
        return null; // not unique: it never names the one document an update or delete is about
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // nothing to refuse
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue value : getKeyValues(document)) {
            if (positionsByValue.computeIfAbsent(value, v -> new TreeSet<>(StoreKeyType.INSTANCE)).add(position)) {
                count++;
            }
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = positionOf(document);
        for (KeyValue value : getKeyValues(document)) {
            Set<Object> positions = positionsByValue.get(value);
            if (positions != null && positions.remove(position)) {
                count--;
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        if (!query.containsKey(field)) {
            return false;
        }
        Object value = query.get(field);
        return value != null && !(value instanceof Missing) && !(value instanceof Map) && !(value instanceof Collection)
            && !BsonRegularExpression.isRegularExpression(value) && !(value instanceof java.util.regex.Pattern);
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        KeyValue value = getKeyValues(new Document(field, query.get(field))).iterator().next();
        Set<Object> positions = positionsByValue.get(value);
        return positions == null ? List.of() : new ArrayList<>(positions);
    }

    @Override
    public synchronized long getCount() {
        return count;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // nothing to refuse
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        count = 0;
    }

    private static Object positionOf(Document document) {
        return Missing.ofNullable(Utils.getSubdocumentValue(document, ID_FIELD));
    }
}
