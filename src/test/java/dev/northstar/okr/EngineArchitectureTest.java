package dev.northstar.okr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

/** The engine stays plain Java: domain and progress import no platform or JSON library, and only the CLI prints. */
public class EngineArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.northstar.okr");

    @Test
    public void shouldKeepDomainAndProgressFreeOfPlatformAndJsonImports() {
        noClasses().that().resideInAnyPackage("dev.northstar.okr.domain..", "dev.northstar.okr.progress..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta..",
                        "javax..", "com.fasterxml..", "dev.northstar.okr.export..", "dev.northstar.okr.cli..")
                .check(CLASSES);
    }

    @Test
    public void shouldKeepTheDomainIndependentOfTheEngine() {
        noClasses().that().resideInAPackage("dev.northstar.okr.domain..").should().dependOnClassesThat()
                .resideInAPackage("dev.northstar.okr.progress..").check(CLASSES);
    }

    @Test
    public void shouldPrintOnlyFromTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.northstar.okr.cli..").should()
                .accessField(System.class, "out").orShould().accessField(System.class, "err").check(CLASSES);
    }
}
