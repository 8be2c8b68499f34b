package com.setia.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "com.setia", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models are tested without a window; views bind to them");

    @ArchTest
    static final ArchRule servicesAndDaosAreUiFree = noClasses()
            .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Dao")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("services and DAOs are plain Java that own transactions and SQL");

    @ArchTest
    static final ArchRule onlyServicesAndDaosUseJdbi = noClasses()
            .that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
            .because("views and view-models reach the store only through services");

    @ArchTest
    static final ArchRule storeKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.setia.store..")
            .should().dependOnClassesThat().resideInAnyPackage("com.setia.customer..", "com.setia.app..")
            .because("the store is the bottom layer");

    @org.junit.jupiter.api.Test
    void theViewModelRuleCatchesAViewModelThatTouchesTheSceneGraph() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importPackages("com.setia.arch.fixture");
        org.assertj.core.api.Assertions.assertThat(viewModelsDoNotTouchTheSceneGraph.evaluate(classes).hasViolation())
                .isTrue();
    }

    @ArchTest
    static final ArchRule daosAreInterfaces = classes()
            .that().haveSimpleNameEndingWith("Dao")
            .should().beInterfaces()
            .because("DAOs are Jdbi SqlObjects");
}
