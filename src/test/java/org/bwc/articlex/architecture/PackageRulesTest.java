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
