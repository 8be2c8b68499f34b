package com.setia.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules of docs/architecture.md, checked on every build. Each rule is made for a root package, checked on
 * {@code com.setia}, and checked once more on a fixture under {@code com.setia.arch.fixture} that breaks it on
 * purpose, to show the rule can fail.
 */
class ArchitectureTest {
    private static final String ROOT = "com.setia";
    private static final String FIXTURE = "com.setia.arch.fixture";
    private static final JavaClasses SETIA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    // ---- the package tree ----

    /** No cycles between the top-level packages (features, app, ui, store, ...). */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("the package graph is a tree: app wires features, features use ui, store and each other's services one way");
    }

    /** Only the composition root (and the launcher beside it) knows {@code app}. */
    static ArchRule onlyTheLauncherKnowsApp(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".app..", root)
                .should().dependOnClassesThat().resideInAPackage(root + ".app..")
                .because("app depends on features, never the reverse");
    }

    /** {@code store} is the bottom layer: it knows no other Setia package. */
    static ArchRule storeKnowsNoFeature(String root) {
        return bottomLayer(root, "store", Set.of());
    }

    /** {@code ui} holds view pieces every feature shares: it knows words and the task runner, no feature. */
    static ArchRule uiKnowsNoFeature(String root) {
        return bottomLayer(root, "ui", Set.of("i18n", "common"));
    }

    private static ArchRule bottomLayer(String root, String layer, Set<String> allowed) {
        String[] mayUse = java.util.stream.Stream.concat(java.util.stream.Stream.of(layer), allowed.stream())
                .map(p -> root + "." + p + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "." + layer + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAnyPackage(mayUse))))
                .because(layer + " is shared by every feature, so it may not depend on one");
    }

    /** A DAO is used only by its own feature: other features go through that feature's service. */
    static ArchRule daosStayInTheirFeature(String root) {
        return classes().that().haveSimpleNameEndingWith("Dao").and().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("be used only inside their own package") {
                    @Override
                    public void check(JavaClass dao, ConditionEvents events) {
                        for (Dependency d : dao.getDirectDependenciesToSelf()) {
                            JavaClass user = d.getOriginClass();
                            if (!user.getPackageName().equals(dao.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(d, user.getName() + " uses " + dao.getName()
                                        + ": ask that feature's service instead"));
                            }
                        }
                    }
                });
    }

    @Test
    void thePackageGraphHasNoCycles() {
        noCycles(ROOT).check(SETIA);
    }

    @Test
    void featuresNeverImportApp() {
        onlyTheLauncherKnowsApp(ROOT).check(SETIA);
    }

    @Test
    void storeDependsOnNoFeature() {
        storeKnowsNoFeature(ROOT).check(SETIA);
    }

    @Test
    void uiDependsOnNoFeature() {
        uiKnowsNoFeature(ROOT).check(SETIA);
    }

    @Test
    void daosAreUsedOnlyByTheirOwnFeature() {
        daosStayInTheirFeature(ROOT).check(SETIA);
    }

    @Test
    void eachTableIsQueriedByOneFeatureOnly() {
        assertThat(tablesQueriedByMoreThanOneFeature(SETIA)).isEmpty();
        assertThat(tablesByFeature(SETIA)).as("the DAOs were found and read").containsKeys("customer", "winback");
    }

    // ---- MVVM ----

    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models are tested without a window; views bind to them");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        viewModelsDoNotTouchTheSceneGraph.check(SETIA);
    }

    @Test
    void servicesAndDaosAreUiFree() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Dao")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("services and DAOs are plain Java that own transactions and SQL")
                .check(SETIA);
    }

    @Test
    void onlyServicesAndDaosUseJdbi() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
                .because("views and view-models reach the store only through services")
                .check(SETIA);
    }

    @Test
    void daosAreInterfaces() {
        classes().that().haveSimpleNameEndingWith("Dao").should().beInterfaces()
                .because("DAOs are Jdbi SqlObjects")
                .check(SETIA);
    }

    // ---- each rule can fail: the fixtures break them on purpose ----

    @Test
    void theCycleRuleCatchesACycle() {
        assertThat(noCycles(FIXTURE + ".cycle").evaluate(fixture("cycle")).hasViolation()).isTrue();
    }

    @Test
    void theAppRuleCatchesAFeatureThatImportsApp() {
        assertThat(onlyTheLauncherKnowsApp(FIXTURE + ".appuse").evaluate(fixture("appuse")).hasViolation()).isTrue();
    }

    @Test
    void theStoreRuleCatchesAStoreThatKnowsAFeature() {
        assertThat(storeKnowsNoFeature(FIXTURE + ".store").evaluate(fixture("store")).hasViolation()).isTrue();
    }

    @Test
    void theUiRuleCatchesAViewPieceThatKnowsAFeature() {
        assertThat(uiKnowsNoFeature(FIXTURE + ".ui").evaluate(fixture("ui")).hasViolation()).isTrue();
    }

    @Test
    void theDaoRuleCatchesAnotherFeatureUsingADao() {
        assertThat(daosStayInTheirFeature(FIXTURE + ".dao").evaluate(fixture("dao")).hasViolation()).isTrue();
    }

    @Test
    void theTableRuleCatchesTwoFeaturesOnOneTable() {
        assertThat(tablesQueriedByMoreThanOneFeature(fixture("tables"))).containsKey("thing");
    }

    @Test
    void theViewModelRuleCatchesAViewModelThatTouchesTheSceneGraph() {
        JavaClasses leaky = new ClassFileImporter().importClasses(com.setia.arch.fixture.LeakyViewModel.class);
        assertThat(viewModelsDoNotTouchTheSceneGraph.evaluate(leaky).hasViolation()).isTrue();
    }

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURE + "." + name);
    }

    // ---- tables: read from the DAOs' SQL ----

    // "update" followed by "set" is a MERGE's WHEN MATCHED THEN UPDATE SET, whose table is the one after MERGE INTO.
    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update(?!\\s+set\\b))\\s+([a-z_][a-z0-9_]*)");

    /** Table name → the features (packages) whose DAOs name it, for the tables named by more than one. */
    static Map<String, Set<String>> tablesQueriedByMoreThanOneFeature(JavaClasses classes) {
        Map<String, Set<String>> byTable = new TreeMap<>();
        tablesByFeature(classes).forEach((feature, tables) ->
                tables.forEach(t -> byTable.computeIfAbsent(t, k -> new TreeSet<>()).add(feature)));
        byTable.values().removeIf(features -> features.size() < 2);
        return byTable;
    }

    /** The last package segment of each DAO → the tables its SQL names. */
    static Map<String, Set<String>> tablesByFeature(JavaClasses classes) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (JavaClass dao : classes) {
            if (!dao.getSimpleName().endsWith("Dao") || !dao.isInterface()) {
                continue;
            }
            String pkg = dao.getPackageName();
            String feature = pkg.substring(pkg.lastIndexOf('.') + 1);
            for (Method m : dao.reflect().getDeclaredMethods()) {
                for (String sql : sqlOf(m)) {
                    Matcher t = TABLE.matcher(sql);
                    while (t.find()) {
                        out.computeIfAbsent(feature, k -> new TreeSet<>()).add(t.group(1).toLowerCase());
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> sqlOf(Method m) {
        Set<String> out = new TreeSet<>();
        SqlQuery q = m.getAnnotation(SqlQuery.class);
        if (q != null) out.add(q.value());
        SqlUpdate u = m.getAnnotation(SqlUpdate.class);
        if (u != null) out.add(u.value());
        SqlBatch b = m.getAnnotation(SqlBatch.class);
        if (b != null) out.add(b.value());
        return out;
    }

}
