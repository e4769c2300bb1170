package dev.redtortoise;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of STYLE.md that a compiler does not check, on the domain's business components. */
class LayeringTest {

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
}
