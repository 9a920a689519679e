package io.github.sunoport.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.SunoException;

/**
 * The shape of core: no cycles, and the layering its packages have. That core depends on the JDK alone is a Maven
 * fact, checked by the enforcer in core's pom. From the inside out: {@code model}
 * uses nothing of ours but the one exception its checks raise (a value the app passes in that breaks a rule is an
 * {@link InvalidRequestException}, so that apps catching {@link SunoException} also catch bad input), and only in
 * {@code Checks}; {@code error} uses {@code model}; {@code observe} uses {@code model} and {@code error};
 * {@code config} uses {@code error} and {@code observe} (TLS from {@code javax.net.ssl}); {@code callback} uses
 * {@code model} and {@code error}; {@code port} uses {@code model}, {@code error} and {@code callback}; {@code spi}
 * adds {@code config} and {@code port}; {@code await} uses {@code model}, {@code error} and {@code observe};
 * {@code failover} uses {@code port}, {@code model} and {@code error}; {@code ledger} uses {@code callback},
 * {@code model} and {@code error}; {@code download} uses {@code ledger}, {@code model}, {@code error} and the ports (to renew a link);
 * {@code lyrics} uses {@code model}; only the root package
 * ({@link SunoProviders}) uses {@code spi}, and nothing uses the root.
 */
@AnalyzeClasses(packages = "io.github.sunoport.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String CORE = "io.github.sunoport.core";
  private static final String MODEL = CORE + ".model..";
  private static final String ERROR = CORE + ".error..";
  private static final String CONFIG = CORE + ".config..";
  private static final String PORT = CORE + ".port..";
  private static final String CALLBACK = CORE + ".callback..";
  private static final String SPI = CORE + ".spi..";
  private static final String AWAIT = CORE + ".await..";
  private static final String FAILOVER = CORE + ".failover..";
  private static final String LEDGER = CORE + ".ledger..";
  private static final String DOWNLOAD = CORE + ".download..";
  private static final String LYRICS = CORE + ".lyrics..";
  private static final DescribedPredicate<JavaClass> MODEL_CHECKS =
      JavaClass.Predicates.simpleName("Checks").and(resideInAPackage(MODEL));
  private static final DescribedPredicate<JavaClass> ERRORS_THE_MODEL_RAISES =
      JavaClass.Predicates.belongToAnyOf(InvalidRequestException.class, ErrorDetails.class);
  private static final String OBSERVE = CORE + ".observe..";

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching(CORE + ".(*)..").should().beFreeOfCycles()
          .ignoreDependency(MODEL_CHECKS, ERRORS_THE_MODEL_RAISES);

  @ArchTest
  static final ArchRule model_uses_nothing_else_of_ours =
      classes().that().resideInAPackage(MODEL).and(DescribedPredicate.not(MODEL_CHECKS))
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL);

  @ArchTest
  static final ArchRule model_checks_use_only_the_invalid_request_exception =
      classes().that(MODEL_CHECKS)
          .should().onlyDependOnClassesThat(
              resideInAnyPackage("java..", MODEL).or(ERRORS_THE_MODEL_RAISES));

  @ArchTest
  static final ArchRule error_uses_only_the_model =
      classes().that().resideInAPackage(ERROR)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ERROR, MODEL);

  @ArchTest
  static final ArchRule config_uses_only_errors =
      classes().that().resideInAPackage(CONFIG)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.net.ssl..", CONFIG, ERROR, OBSERVE);

  @ArchTest
  static final ArchRule observe_uses_only_model_and_errors =
      classes().that().resideInAPackage(OBSERVE)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", OBSERVE, MODEL, ERROR);

  @ArchTest
  static final ArchRule ports_use_only_model_and_errors =
      classes().that().resideInAPackage(PORT)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PORT, MODEL, ERROR, CALLBACK);

  @ArchTest
  static final ArchRule callbacks_use_only_model_and_errors =
      classes().that().resideInAPackage(CALLBACK)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CALLBACK, MODEL, ERROR);

  @ArchTest
  static final ArchRule spi_uses_only_config_ports_model_and_errors =
      classes().that().resideInAPackage(SPI)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", SPI, CONFIG, PORT, MODEL, ERROR);

  @ArchTest
  static final ArchRule await_uses_only_model_and_errors =
      classes().that().resideInAPackage(AWAIT)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", AWAIT, MODEL, ERROR, OBSERVE);

  @ArchTest
  static final ArchRule failover_uses_only_ports_model_and_errors =
      classes().that().resideInAPackage(FAILOVER)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", FAILOVER, PORT, MODEL, ERROR);

  @ArchTest
  static final ArchRule ledger_uses_only_callbacks_model_and_errors =
      classes().that().resideInAPackage(LEDGER)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", LEDGER, CALLBACK, MODEL, ERROR);

  @ArchTest
  static final ArchRule downloads_use_only_the_ledger_model_and_errors =
      classes().that().resideInAPackage(DOWNLOAD)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOWNLOAD, LEDGER, MODEL, ERROR, PORT);

  @ArchTest
  static final ArchRule lyrics_export_uses_only_the_model =
      classes().that().resideInAPackage(LYRICS)
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", LYRICS, MODEL);

  @ArchTest
  static final ArchRule only_the_entry_point_uses_the_spi =
      noClasses().that().resideOutsideOfPackages(SPI, CORE)
          .should().dependOnClassesThat().resideInAPackage(SPI);

  @ArchTest
  static final ArchRule nothing_inside_core_uses_the_entry_point =
      noClasses().that().resideOutsideOfPackage(CORE)
          .should().dependOnClassesThat().resideInAPackage(CORE);

  @ArchTest
  static final ArchRule every_exception_is_a_suno_exception =
      classes().that().resideInAPackage(ERROR).and().areAssignableTo(Throwable.class)
          .should().beAssignableTo(SunoException.class)
          .because("callers catch one root");
}
