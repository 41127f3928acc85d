package khodyar.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain can be read, tested and reasoned about without starting anything. */
class DomainIsPlainJavaTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("khodyar.domain");

    @Test
    void domainImportsNoSpringMongoOrTelegram() {
        noClasses().that().resideInAPackage("khodyar.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "org.telegram..", "khodyar.bot..")
                .check(domain);
    }

    @Test
    void domainUsesNoFloatingPointForAnything() {
        noClasses().that().resideInAPackage("khodyar.domain..")
                .should().accessClassesThat().haveFullyQualifiedName(Double.class.getName())
                .orShould().accessClassesThat().haveFullyQualifiedName(Float.class.getName())
                .check(domain);
    }
}
