package khodyar.bot.store.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A document's key in its collection (its {@code _id}, or a generated UUID) and the positions a
 * unique index points to. The usual id types get a short tagged form; anything else goes as BSON.
 * Keys are ordered as MongoDB orders values, so equal ids of different number types are one key,
 * as they are to MongoDB.
 */
final class StoreKeyType extends BasicDataType<Object> {

    static final StoreKeyType INSTANCE = new StoreKeyType();

    private static final byte MISSING = 0;
    private static final byte LONG = 1;
    private static final byte INT = 2;
    private static final byte STRING = 3;
    private static final byte UUID_KEY = 4;
    private static final byte OTHER = 5;
    private static final String FIELD = "k";
    private static final int MEMORY = 48;

    private StoreKeyType() {
    }

    @Override
    public int compare(Object a, Object b) {
        boolean aMissing = a instanceof Missing;
        boolean bMissing = b instanceof Missing;
        if (aMissing || bMissing) {
            return Boolean.compare(!aMissing, !bMissing);
        }
        return ValueComparator.ascWithoutListHandling().compare(a, b);
    }

    @Override
    public int getMemory(Object key) {
        return key instanceof String text ? MEMORY + 2 * text.length() : MEMORY;
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (key instanceof Missing) {
            buffer.put(MISSING);
        } else if (key instanceof Long number) {
            buffer.put(LONG).putLong(number);
        } else if (key instanceof Integer number) {
            buffer.put(INT).putInt(number);
        } else if (key instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            buffer.put(STRING).putVarInt(bytes.length).put(bytes);
        } else if (key instanceof UUID uuid) {
            buffer.put(UUID_KEY).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else {
            buffer.put(OTHER);
            BsonDocumentType.INSTANCE.write(buffer, new Document(FIELD, key));
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case MISSING -> Missing.getInstance();
            case LONG -> buffer.getLong();
            case INT -> buffer.getInt();
            case STRING -> {
                byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(bytes);
                yield new String(bytes, StandardCharsets.UTF_8);
            }
            case UUID_KEY -> new UUID(buffer.getLong(), buffer.getLong());
            case OTHER -> BsonDocumentType.INSTANCE.read(buffer).get(FIELD);
            default -> throw new IllegalStateException("unknown key tag " + tag + ": the store file is damaged");
        };
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
