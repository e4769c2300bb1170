package dev.redtortoise.platform.documents;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import org.eclipse.jnosql.mapping.metadata.ClassScanner;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Finds JNoSQL entities, embeddables and repositories in this project's packages only. JNoSQL's own
 * scanner walks the whole class path, which inside Payara means every server module: about 22 s per
 * deployment. The build puts this class first in the {@code ClassScanner} service file (see domain/pom.xml).
 */
public final class PackageClassScanner implements ClassScanner {

    static final String ROOT_PACKAGE = "dev.redtortoise";

    private static final Logger LOG = Logger.getLogger(PackageClassScanner.class.getName());

    private final Set<Class<?>> entities;
    private final Set<Class<?>> embeddables;
    private final Set<Class<?>> repositories;

    public PackageClassScanner() {
        long started = System.nanoTime();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(ROOT_PACKAGE).scan()) {
            entities = Set.copyOf(scan.getClassesWithAnnotation(Entity.class).loadClasses());
            embeddables = Set.copyOf(scan.getClassesWithAnnotation(Embeddable.class).loadClasses());
            repositories = Set.copyOf(scan.getClassesWithAnnotation(Repository.class).getInterfaces()
                    .loadClasses(DataRepository.class));
        }
        LOG.info(() -> String.format("JNoSQL scan of %s: %d entities, %d embeddables, %d repositories in %d ms",
                ROOT_PACKAGE, entities.size(), embeddables.size(), repositories.size(),
                (System.nanoTime() - started) / 1_000_000));
    }

    @Override
    public Set<Class<?>> entities() {
        return entities;
    }

    @Override
    public Set<Class<?>> repositories() {
        return repositories;
    }

    @Override
    public Set<Class<?>> embeddables() {
        return embeddables;
    }

    @Override
    public <T extends DataRepository<?, ?>> Set<Class<?>> repositories(Class<T> filter) {
        return Set.copyOf(repositories.stream()
                .filter(type -> List.of(type.getInterfaces()).contains(filter))
                .toList());
    }

    @Override
    public Set<Class<?>> repositoriesStandard() {
        return repositories;
    }

    @Override
    public Set<Class<?>> customRepositories() {
        return Set.of();
    }
}
