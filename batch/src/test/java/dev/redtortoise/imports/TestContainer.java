package dev.redtortoise.imports;

import dev.redtortoise.accounts.control.AccountStore;
import dev.redtortoise.feeds.control.FeedFetcher;
import org.jberet.creation.BatchCDIExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/** The one Weld SE container of the batch tests, under the name JBeret SE looks for. */
final class TestContainer {

    private TestContainer() {
    }

    static synchronized void boot() {
        if (WeldContainer.instance("STATIC_INSTANCE") == null) {
            // discovery off: only the artifacts under test, not every bean of the domain jar (JPA, MongoDB, ...);
            // AccountStore only because FeedSources injects it (its entity manager stays unset: never called here)
            new Weld("STATIC_INSTANCE").disableDiscovery()
                    .addExtension(new BatchCDIExtension())
                    .addBeanClasses(BulkPartitions.class, BulkFileReader.class, FeedItemReader.class, ArticleMapper.class,
                            KeepingWriter.class, InMemorySources.class, AccountStore.class, FeedFetcher.class,
                            ConfigDefaults.class)
                    .initialize();
        }
    }
}
