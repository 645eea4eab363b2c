package dev.northstar.okr.build;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.northstar.okr.rest.ApiException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import net.java.ao.RawEntity;
import org.junit.BeforeClass;
import org.junit.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape of the app: OKR rules in plain Java, one door to Jira, REST that never sees storage entities.
 * Each rule names the packages it guards, so a rule that guards nothing fails instead of passing by accident.
 */
public class ArchitectureTest {
    private static JavaClasses app;

    @BeforeClass
    public static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.northstar.okr");
    }

    @Test
    public void okrRulesShouldImportNoPlatformApi() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.northstar.okr.domain..", "dev.northstar.okr.progress..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "jakarta..", "javax..", "com.fasterxml..", "org.slf4j..",
                        "dev.northstar.okr.local.export..", "dev.northstar.okr.local.cli..")
                .allowEmptyShould(false);
        rule.check(app);
    }

    @Test
    public void shippedCodeShouldNotDependOnLocalCode() {
        // src/main/java is exactly the plugin; src/local/java (command line, playground, simulated Jira) only runs
        // outside Jira and is compiled into the command line jar alone.
        noClasses().that().resideInAPackage("dev.northstar.okr..")
                .should().resideInAPackage("dev.northstar.okr.local..")
                .orShould().dependOnClassesThat().resideInAPackage("dev.northstar.okr.local..")
                .because("the plugin jar holds src/main/java only").check(app);
    }

    @Test
    public void domainShouldNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("dev.northstar.okr.domain..").should().dependOnClassesThat()
                .resideInAPackage("dev.northstar.okr.progress..").allowEmptyShould(false).check(app);
    }

    @Test
    public void onlyTheCommandLineShouldPrint() {
        noClasses().that().resideOutsideOfPackage("dev.northstar.okr.local.cli..").should()
                .accessField(System.class, "out").orShould().accessField(System.class, "err").check(app);
    }

    @Test
    public void onlyTheJiraAdapterShouldTalkToJira() {
        // Exceptions: the playground stands in for Jira (it implements Jira's Active Objects service), and SAL's
        // TransactionCallback is part of the Active Objects contract that feature repositories use.
        ArchRule rule = noClasses().that().resideOutsideOfPackages("dev.northstar.okr.jira..",
                        "dev.northstar.okr.local.playground..")
                .should().dependOnClassesThat(resideInAnyPackage(
                        "com.atlassian.jira..", "com.atlassian.sal..", "com.atlassian.event..",
                        "com.atlassian.cache..", "com.atlassian.beehive..", "com.atlassian.templaterenderer..",
                        "com.atlassian.webresource..", "com.atlassian.plugin.web..", "com.atlassian.scheduler..")
                        .and(not(resideInAPackage("com.atlassian.sal.api.transaction"))))
                .because("the jira package is the one door to Jira");
        rule.check(app);
    }

    @Test
    public void restResourcesShouldNotTouchActiveObjectsEntities() {
        ArchRule rule = noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAssignableTo(RawEntity.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .allowEmptyShould(false);
        rule.check(app);
    }

    @Test
    public void onlyTheRestLayerShouldChooseHttpStatuses() {
        // Services and rules throw the errors package's kinds; ErrorMapping alone turns them into statuses, and the
        // guard alone refuses with 401/403 (ApiException).
        noClasses().that().resideOutsideOfPackage("dev.northstar.okr.rest..")
                .should().dependOnClassesThat().areAssignableTo(ApiException.class)
                .orShould().dependOnClassesThat().areAssignableTo(WebApplicationException.class)
                .because("errors meet HTTP in one place").check(app);
    }

    @Test
    public void hostPortsShouldStayFreeOfHostApis() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.northstar.okr.host..", "dev.northstar.okr.errors..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "jakarta..", "javax..")
                .allowEmptyShould(false);
        rule.check(app);
    }
}
