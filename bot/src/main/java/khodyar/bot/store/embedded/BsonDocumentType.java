package khodyar.bot.store.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stored documents as BSON bytes. H2's default value type writes a document with Java serialization,
 * which profiling showed as a third of the bot's CPU; BSON is what the documents arrive in anyway.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    // a decoded document is a LinkedHashMap: each field an entry, a name and a value, about 160 bytes
    private static final int BASE_MEMORY = 160;
    private static final int MEMORY_PER_FIELD = 160;

    private BsonDocumentType() {
    }

    /** A cheap estimate for H2's page cache accounting; it is called for every value a page holds. */
    @Override
    public int getMemory(Document document) {
        return BASE_MEMORY + MEMORY_PER_FIELD * document.size();
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bson = buffer.slice().limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
