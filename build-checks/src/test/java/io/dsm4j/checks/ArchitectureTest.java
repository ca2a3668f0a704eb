package io.dsm4j.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the layering honest, over the main classes of every published module. Public
 * packages are the ones a module exports; {@code internal} packages are its own.
 */
class ArchitectureTest {
  /** Packages users compile against. */
  static final String[] PUBLIC = {
    "io.dsm4j",
    "io.dsm4j.model..",
    "io.dsm4j.exception..",
    "io.dsm4j.spi..",
    "io.dsm4j.rest",
    "io.dsm4j.soap",
    "io.dsm4j.automation",
    "io.dsm4j.testkit",
    "io.dsm4j.tck"
  };

  /** Types of the transports, which must never show in a public package. */
  static final String[] TRANSPORT = {
    "retrofit2..",
    "okhttp3..",
    "okio..",
    "kotlin..",
    "com.fasterxml.jackson..",
    "jakarta.xml.ws..",
    "jakarta.xml.bind..",
    "jakarta.xml.soap..",
    "javax.xml.ws..",
    "com.sun.xml..",
    "io.dsm4j.soap.internal.generated.."
  };

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.dsm4j");
  }

  @Test
  void publicPackages_neverUseTransportTypes() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(PUBLIC)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TRANSPORT)
            .because(
                "Retrofit, OkHttp, Jackson and JAX-WS are implementation details of a backend");
    rule.check(classes);
  }

  @Test
  void backends_neverUseEachOther() {
    noClasses()
        .that()
        .resideInAPackage("io.dsm4j.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.dsm4j.soap..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("io.dsm4j.soap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.dsm4j.rest..")
        .check(classes);
  }

  @Test
  void nothingOutsideAModule_usesItsInternalPackage() {
    internalOf(
        "io.dsm4j.internal..",
        "io.dsm4j",
        "io.dsm4j.model..",
        "io.dsm4j.exception..",
        "io.dsm4j.spi..",
        "io.dsm4j.internal..");
    internalOf("io.dsm4j.rest.internal..", "io.dsm4j.rest..");
    internalOf("io.dsm4j.soap.internal..", "io.dsm4j.soap..");
    internalOf("io.dsm4j.automation.internal..", "io.dsm4j.automation..");
    internalOf("io.dsm4j.testkit.internal..", "io.dsm4j.testkit..");
  }

  private static void internalOf(String internal, String... owners) {
    noClasses()
        .that()
        .resideOutsideOfPackages(owners)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(internal)
        .because(internal + " belongs to its module")
        .check(classes);
  }

  @Test
  void theSharedTransport_isUsedByTheBackendsOnly() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.dsm4j.http..", "io.dsm4j.rest..", "io.dsm4j.soap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.dsm4j.http..")
        .check(classes);
  }

  @Test
  void core_dependsOnNoBackendAndNoTransport() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.dsm4j",
            "io.dsm4j.model..",
            "io.dsm4j.exception..",
            "io.dsm4j.spi..",
            "io.dsm4j.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.dsm4j.rest..",
            "io.dsm4j.soap..",
            "io.dsm4j.automation..",
            "io.dsm4j.testkit..",
            "io.dsm4j.http..",
            "retrofit2..",
            "okhttp3..",
            "com.fasterxml.jackson..",
            "jakarta.xml..")
        .check(classes);
  }
}
