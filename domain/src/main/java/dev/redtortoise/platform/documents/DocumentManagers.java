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
 * producer (same qualifier), which would open a second client from settings of its own. The class is the
 * alternative, so Weld enables its producer for every module that uses JNoSQL.
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

    void close(@Disposes @Database(DatabaseType.DOCUMENT) MongoDBDocumentManager manager) {
        manager.close();
    }
}
