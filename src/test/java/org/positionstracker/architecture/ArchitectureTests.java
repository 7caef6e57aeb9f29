package org.positionstracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the tracker's packages point one way: cli -> feature services -> domain
 * -> db, and no two packages depend on each other, directly or around a loop. Read from the
 * compiled classes, so a fully qualified name in the code is a dependency like an import.
 */
class ArchitectureTests {
    static final String ROOT = "org.positionstracker";

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** The layers, top down; a layer uses only the layers below it. */
    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Commands").definedBy(ROOT + ".cli..")
                .layer("Wiring").definedBy(ROOT)
                .layer("Services").definedBy(ROOT + ".importer..", ROOT + ".review..", ROOT + ".query..", ROOT + ".report..",
                        ROOT + ".overview..", ROOT + ".network..", ROOT + ".evaluate..", ROOT + ".extract..")
                .layer("Domain").definedBy(ROOT + ".article..", ROOT + ".actor..", ROOT + ".statement..", ROOT + ".topic..",
                        ROOT + ".position..", ROOT + ".codebook..")
                .layer("Database").definedBy(ROOT + ".db..")
                .whereLayer("Commands").mayNotBeAccessedByAnyLayer()
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Commands", "Wiring")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Commands", "Wiring", "Services")
                .whereLayer("Database").mayOnlyBeAccessedByLayers("Commands", "Wiring", "Services", "Domain");
    }

    static ArchRule noCycles() {
        return slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
    }

    /** The extractor is pure text -> records; only the import, the evaluation and the commands run it. */
    static ArchRule extractorUsedOnlyByImportEvaluateAndCommands() {
        return noClasses().that().resideOutsideOfPackages(ROOT + ".extract..", ROOT + ".importer..", ROOT + ".evaluate..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".extract..");
    }

    @Test
    void dependenciesPointDown_commandsServicesDomainDatabase() {
        layers().check(classes);
    }

    @Test
    void noPackageCycles() {
        noCycles().check(classes);
    }

    @Test
    void onlyImportEvaluateAndCommands_useTheExtractor() {
        extractorUsedOnlyByImportEvaluateAndCommands().check(classes);
    }
}
