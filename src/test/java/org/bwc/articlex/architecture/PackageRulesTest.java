package org.bwc.articlex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.bwc.articlex.ArticleXApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package rules of docs/development.md, checked on the compiled main code: capability packages never depend on
 * each other in a circle, the rule classes stay plain Java, a controller reaches another package's data only through
 * that package's public services, never its stores, and the data generator is a tool that production never creates.
 */
class PackageRulesTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bwc.articlex");
    }

    @Test
    void capabilityPackagesHaveNoCycles() {
        slices().matching("org.bwc.articlex.(*)..").should().beFreeOfCycles().check(main);
    }

    /** The packages, lowest first (docs/development.md): each uses only those before it. */
    static final List<String> ORDER = List.of("web", "reference", "jdbc", "security", "process", "intake", "screening",
            "notification", "matching", "followup", "funding", "reporting", "concern", "tasklist", "nationalreports", "portal", "metrics", "demo");

    @Test
    void everyPackageUsesOnlyThoseBelowIt() {
        classes().that().resideInAPackage("org.bwc.articlex.*..").and().resideOutsideOfPackage("org.bwc.articlex")
                .should(new ArchCondition<JavaClass>("use only the packages listed before its own in ORDER") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        int own = ORDER.indexOf(capability(origin));
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = capability(dependency.getTargetClass());
                            if (target != null && ORDER.indexOf(target) >= own && !target.equals(capability(origin))) {
                                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                            }
                        }
                        if (own < 0) {
                            events.add(SimpleConditionEvent.violated(origin, origin.getName() + " is in no package of ORDER"));
                        }
                    }
                })
                .check(main);
    }

    @Test
    void nothingCallsIntoTheMetricsTheyListenToEvents() {
        noClasses().that().resideOutsideOfPackages("org.bwc.articlex.metrics..", "org.bwc.articlex.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.bwc.articlex.metrics..")
                .check(main);
    }

    /** {@code intake} for {@code org.bwc.articlex.intake.RequestService}; null outside the project's packages. */
    private static String capability(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.bwc.articlex.")) {
            return null;
        }
        String rest = name.substring("org.bwc.articlex.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    @Test
    void policiesDependOnNothingOfSpringOrCamunda() {
        classes().that().haveSimpleNameEndingWith("Policy")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework..", "org.camunda..")
                .check(main);
    }

    @Test
    void controllersUseNoOtherPackagesStores() {
        classes().that().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<JavaClass>("use no store (a class holding a JdbcClient) of another package") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (!target.getPackageName().equals(controller.getPackageName()) && isStore(target)) {
                                events.add(SimpleConditionEvent.violated(controller, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(main);
    }

    @Test
    void onlyOwnersHoldJdbcClients() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class)
                .check(main);
    }

    @Test
    void theGeneratorsBeansExistOnlyWithTheGenerateSwitch() {
        classes().that().resideInAPackage("org.bwc.articlex.demo..").and().areAnnotatedWith(Component.class)
                .should().beAnnotatedWith(ConditionalOnProperty.class)
                .check(main);
    }

    @Test
    void onlyTheMainMethodEndsTheProcess() {
        noClasses().that().doNotBelongToAnyOf(ArticleXApplication.class)
                .should().callMethod(System.class, "exit", int.class)
                .check(main);
    }

    private static boolean isStore(JavaClass type) {
        return type.getPackageName().startsWith("org.bwc.articlex")
                && type.getAllFields().stream().anyMatch(field -> field.getRawType().isAssignableTo(JdbcClient.class)
                        || field.getRawType().isAssignableTo(JdbcTemplate.class));
    }
}
