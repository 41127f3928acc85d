package khodyar.bot.store.embedded;

import java.nio.ByteBuffer;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The key of a unique index: the indexed fields' values, stored as one BSON array and ordered field
 * by field as MongoDB orders values. H2's default type compared these by serializing both sides.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final String FIELD = "v";
    private static final int MEMORY_PER_VALUE = 48;

    private IndexKeyType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        ValueComparator values = ValueComparator.ascWithoutListHandling();
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = values.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        return MEMORY_PER_VALUE * (1 + key.size());
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        BsonDocumentType.INSTANCE.write(buffer, new Document(FIELD, key.stream().toList()));
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return new KeyValue((List<?>) BsonDocumentType.INSTANCE.read(buffer).get(FIELD));
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
