package dev.redtortoise.platform.documents;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentManager;
import org.eclipse.jnosql.mapping.Database;
import org.eclipse.jnosql.mapping.DatabaseType;

/**
 * Eclipse JNoSQL's document manager on the application's one MongoDB client. It replaces JNoSQL's own
 * producers (same types and qualifiers: {@code @Database(DOCUMENT)} for the {@code DocumentTemplate},
 * the default one for the {@code MongoDBTemplate}), which would open clients from settings of their own.
 * The class is the alternative, so Weld enables its producers for every module that uses JNoSQL.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class DocumentManagers {

    @Inject
    DocumentStore store;

    @Produces
    @Database(DatabaseType.DOCUMENT)
    @Singleton
    MongoDBDocumentManager documentManager() {
        return new MongoDBDocumentConfiguration().get(store.client()).apply(store.databaseName());
    }

    /** The same manager for the {@code MongoDBTemplate}, which asks for it without a qualifier. */
    @Produces
    @Singleton
    MongoDBDocumentManager defaultManager(@Database(DatabaseType.DOCUMENT) MongoDBDocumentManager manager) {
        return manager;
    }

    void close(@Disposes @Database(DatabaseType.DOCUMENT) MongoDBDocumentManager manager) {
        manager.close();
    }
}
