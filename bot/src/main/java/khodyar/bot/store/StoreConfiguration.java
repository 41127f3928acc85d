package khodyar.bot.store;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.mongodb.ConnectionString;

import khodyar.bot.store.embedded.EmbeddedMongo;

/**
 * Where the bot's data lives: the MongoDB at {@code mongodb.uri} (env MONGODB_URI) when it is set,
 * otherwise an {@link EmbeddedMongo} kept in {@code bot.data-dir} (env BOT_DATA_DIR, default ./data).
 * <p>
 * Either way the store is handed to Spring Boot's Mongo auto-configuration as a
 * {@link MongoConnectionDetails} bean, which it prefers to {@code spring.mongodb.uri}; the embedded
 * server is a bean the MongoClient depends on, so it starts before and stops after the client.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    public static final String MONGODB_URI_PROPERTY = "mongodb.uri";
    public static final String DEFAULT_DATABASE = "khodyar";

    @Bean
    @Conditional(NoMongoUriConfigured.class)
    EmbeddedMongo embeddedMongo(@Value("${bot.data-dir:./data}") Path dataDir) {
        return EmbeddedMongo.start(dataDir);
    }

    @Bean
    @Conditional(NoMongoUriConfigured.class)
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo embeddedMongo) {
        ConnectionString connectionString = withDefaultDatabase(embeddedMongo.connectionString());
        return () -> connectionString;
    }

    @Bean
    @Conditional(MongoUriConfigured.class)
    MongoConnectionDetails configuredMongoConnectionDetails(@Value("${" + MONGODB_URI_PROPERTY + "}") String uri) {
        ConnectionString connectionString = withDefaultDatabase(uri.strip());
        return () -> connectionString;
    }

    /** The URI as given when it names a database, otherwise the same URI naming {@value #DEFAULT_DATABASE}. */
    static ConnectionString withDefaultDatabase(String uri) {
        ConnectionString given = new ConnectionString(uri);
        if (given.getDatabase() != null) {
            return given;
        }
        // mongodb://[user:password@]hosts[/[database][?options]]; hosts never contain '/' or '?'
        int hostsStart = uri.indexOf("://") + 3;
        int slash = uri.indexOf('/', hostsStart);
        String withDatabase;
        if (slash >= 0) {
            withDatabase = uri.substring(0, slash + 1) + DEFAULT_DATABASE + uri.substring(slash + 1);
        } else {
            int question = uri.indexOf('?', hostsStart);
            withDatabase = question >= 0
                ? uri.substring(0, question) + "/" + DEFAULT_DATABASE + uri.substring(question)
                : uri + "/" + DEFAULT_DATABASE;
        }
        return new ConnectionString(withDatabase);
    }

    static final class MongoUriConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(MONGODB_URI_PROPERTY));
        }
    }

    static final class NoMongoUriConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(MONGODB_URI_PROPERTY));
        }
    }
}
