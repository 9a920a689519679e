package io.github.sunoport.adapter.sunoapicom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module's layering: the facade over internal, nothing of other adapters or of the mock server. */
@AnalyzeClasses(packages = "io.github.sunoport", importOptions = ImportOption.DoNotIncludeTests.class)
class SunoApiComArchitectureTest {
  @ArchTest
  static final ArchRule internal_is_used_only_by_this_adapter = classes()
      .that().resideInAPackage("io.github.sunoport.adapter.sunoapicom.internal..")
      .should().onlyHaveDependentClassesThat().resideInAPackage("io.github.sunoport.adapter.sunoapicom..");

  @ArchTest
  static final ArchRule internal_does_not_reach_back_to_the_facade = noClasses()
      .that().resideInAPackage("io.github.sunoport.adapter.sunoapicom.internal..")
      .should().dependOnClassesThat().resideInAPackage("io.github.sunoport.adapter.sunoapicom");

  @ArchTest
  static final ArchRule uses_no_other_adapter_nor_the_mock_server = noClasses()
      .that().resideInAPackage("io.github.sunoport.adapter.sunoapicom..")
      .should().dependOnClassesThat().resideInAnyPackage("io.github.sunoport.adapter.kie..",
          "io.github.sunoport.adapter.sunoapiorg..", "io.github.sunoport.adapter.recordinfo..",
          "io.github.sunoport.mock..");

  @ArchTest
  static final ArchRule only_the_factory_is_public_outside_internal = classes()
      .that().resideInAPackage("io.github.sunoport.adapter.sunoapicom")
      .and().arePublic()
      .should().haveSimpleName("SunoApiComProviderFactory");
}
