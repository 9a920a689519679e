package io.github.sunoport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules between modules. They live in the examples module because it is the one with every other module on its
 * class path; core's own rules are in core.
 */
@AnalyzeClasses(packages = "io.github.sunoport", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {
  private static final String KIE = "io.github.sunoport.adapter.kie..";
  private static final String SUNOAPI_ORG = "io.github.sunoport.adapter.sunoapiorg..";
  private static final String SUNOAPI_COM = "io.github.sunoport.adapter.sunoapicom..";
  private static final String FAMILY = "io.github.sunoport.adapter.recordinfo..";
  private static final String SUPPORT = "io.github.sunoport.adapter.support..";

  @ArchTest
  static final ArchRule kie_does_not_know_other_providers = noClasses().that().resideInAPackage(KIE)
      .should().dependOnClassesThat().resideInAnyPackage(SUNOAPI_ORG, SUNOAPI_COM);

  @ArchTest
  static final ArchRule sunoapi_org_does_not_know_other_providers = noClasses().that().resideInAPackage(SUNOAPI_ORG)
      .should().dependOnClassesThat().resideInAnyPackage(KIE, SUNOAPI_COM);

  @ArchTest
  static final ArchRule sunoapi_com_does_not_know_other_providers = noClasses().that().resideInAPackage(SUNOAPI_COM)
      .should().dependOnClassesThat().resideInAnyPackage(KIE, SUNOAPI_ORG, FAMILY);

  @ArchTest
  static final ArchRule the_family_knows_no_single_provider = noClasses().that().resideInAPackage(FAMILY)
      .should().dependOnClassesThat().resideInAnyPackage(KIE, SUNOAPI_ORG, SUNOAPI_COM);

  @ArchTest
  static final ArchRule support_knows_no_provider = noClasses().that().resideInAPackage(SUPPORT)
      .should().dependOnClassesThat().resideInAnyPackage(KIE, SUNOAPI_ORG, SUNOAPI_COM, FAMILY);

  @ArchTest
  static final ArchRule family_wire_records_stay_in_the_family = noClasses().that().resideOutsideOfPackage(FAMILY)
      .should().dependOnClassesThat().resideInAPackage("io.github.sunoport.adapter.recordinfo.internal..");

  @ArchTest
  static final ArchRule sunoapi_com_wire_records_stay_in_its_adapter = noClasses()
      .that().resideOutsideOfPackage(SUNOAPI_COM)
      .should().dependOnClassesThat().resideInAPackage("io.github.sunoport.adapter.sunoapicom.internal..");

  @ArchTest
  static final ArchRule only_the_examples_use_the_mock_server = noClasses()
      .that().resideOutsideOfPackages("io.github.sunoport.mock..", "io.github.sunoport.examples..")
      .should().dependOnClassesThat().resideInAPackage("io.github.sunoport.mock..");

  @ArchTest
  static final ArchRule the_mock_server_uses_nothing_of_ours = noClasses().that().resideInAPackage("io.github.sunoport.mock..")
      .should().dependOnClassesThat().resideInAnyPackage("io.github.sunoport.core..", "io.github.sunoport.adapter..");

  @ArchTest
  static final ArchRule no_cycles_between_modules = slices().matching("io.github.sunoport.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule no_cycles_between_adapter_packages =
      slices().matching("io.github.sunoport.adapter.(**)").should().beFreeOfCycles();
}
