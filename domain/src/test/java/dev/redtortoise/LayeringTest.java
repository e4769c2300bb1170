package dev.redtortoise;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of STYLE.md that a compiler does not check: on the domain's classes (ArchUnit), and on the
 * sources of every module of the build (see {@link SourceLayering}), where a constant the compiler inlined
 * is still a use.
 */
class LayeringTest {

    static final List<String> MODULES_WITH_LAYERS = List.of("domain", "batch", "scheduler-ejb", "api-war", "admin-vaadin");

    static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.redtortoise");
    }

    @Test
    void entitiesKnowNeitherBoundariesNorControls() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(domain);
    }

    @Test
    void controlsDoNotCallBoundaries() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(domain);
    }

    @Test
    void noTechnicalGrabBagPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..common..", "..helper..", "..manager..",
                        "..service..", "..impl..", "..dao..")
                .check(domain);
    }

    @Test
    void aRelationalEntityIsNeverADocumentEntity() {
        noClasses().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().beAnnotatedWith(jakarta.nosql.Entity.class)
                .check(domain);
    }

    @Test
    void noModuleUsesALayerItMustNotEvenThroughAConstant() throws IOException {
        Path build = Path.of("").toAbsolutePath().getParent();
        List<Path> sourceRoots;
        try (Stream<Path> modules = Files.list(build)) {
            sourceRoots = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        }
        assertThat(sourceRoots).as("the modules' sources, from " + build)
                .containsAll(MODULES_WITH_LAYERS.stream().map(module -> build.resolve(module).resolve("src/main/java")).toList());
        assertThat(sourceRoots.stream().flatMap(root -> SourceLayering.check(root).stream()).toList()).isEmpty();
    }

    @Test
    void aControlReadingABoundaryConstantIsCaughtThoughItsClassFileDoesNotShowIt() {
        String control = """
                package dev.redtortoise.orders.control;

                import dev.redtortoise.orders.boundary.Orders;
                import static dev.redtortoise.orders.boundary.Orders.LIMIT;

                /** Reads {@link dev.redtortoise.orders.boundary.Orders#TYPE}: "dev.redtortoise.orders.boundary.Orders". */
                class OrderTotals {
                    static final String TYPE = Orders.TYPE;
                    static final int MAX = dev.redtortoise.orders.ui.OrderGrid.ROWS + LIMIT;
                }
                """;
        assertThat(SourceLayering.check("dev/redtortoise/orders/control/OrderTotals.java", control))
                .extracting(SourceLayering.Violation::rule).containsExactly(
                        "the control uses the boundary dev.redtortoise.orders.boundary.Orders",
                        "the control uses the boundary dev.redtortoise.orders.boundary.Orders.LIMIT",
                        "the control uses the ui dev.redtortoise.orders.ui.OrderGrid.ROWS");
    }

    @Test
    void anEntityUsingAControlIsCaughtAndABoundaryUsingOneIsNot() {
        String entity = """
                package dev.redtortoise.orders.entity;
                import dev.redtortoise.orders.control.Pricing;
                class Order { long price = Pricing.BASE; }
                """;
        String boundary = """
                package dev.redtortoise.orders.boundary;
                import dev.redtortoise.orders.control.Pricing;
                import dev.redtortoise.orders.entity.Order;
                class Orders { long price = Pricing.BASE; }
                """;
        assertThat(SourceLayering.check("dev/redtortoise/orders/entity/Order.java", entity))
                .extracting(SourceLayering.Violation::rule)
                .containsExactly("the entity uses the control dev.redtortoise.orders.control.Pricing");
        assertThat(SourceLayering.check("dev/redtortoise/orders/boundary/Orders.java", boundary)).isEmpty();
    }

    @Test
    void aGrabBagPackageInAnyModuleIsCaught() {
        assertThat(SourceLayering.check("dev/redtortoise/api/util/Strings.java", "package dev.redtortoise.api.util;"))
                .extracting(SourceLayering.Violation::rule)
                .containsExactly("its package dev.redtortoise.api.util is a technical grab bag (util)");
    }

    @Test
    void onlyTheBatchAdapterNamesPayarasBatchTables() {
        String query = """
                package dev.redtortoise.feeds.boundary;
                class Claims { String sql = "SELECT 1 FROM jbatchexecutioninstancedata"; }
                """;
        assertThat(SourceLayering.check("dev/redtortoise/feeds/boundary/Claims.java", query))
                .extracting(SourceLayering.Violation::rule).singleElement().asString().startsWith("names Payara's batch tables");
        assertThat(SourceLayering.check("dev/redtortoise/jobs/control/BatchRepository.java", query)).isEmpty();
    }
}
