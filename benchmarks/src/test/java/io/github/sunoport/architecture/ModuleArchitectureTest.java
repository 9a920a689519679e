package io.github.sunoport.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.sunoport.adapter.recordinfo.AudioDialect;
import io.github.sunoport.adapter.recordinfo.CallbackVerifier;
import io.github.sunoport.adapter.recordinfo.RecordInfoDialect;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules between modules, run here because this module has every other one on its class path, itself included:
 * adapters, their shared plumbing, the mock server and its JUnit extension, the examples (test scope) and the
 * benchmarks. Rules that only restate a module's Maven dependencies live in the enforcer instead (core: no compile
 * dependency at all; mock server: none of ours), so what is left here can fail on code that compiles. Core's own rules are in core.
 */
@AnalyzeClasses(packages = "io.github.sunoport", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {
  private static final String ADAPTERS = "io.github.sunoport.adapter.";
  private static final String SUPPORT = ADAPTERS + "support..";
  private static final String FAMILY = ADAPTERS + "recordinfo..";
  private static final String BENCHMARKS = "io.github.sunoport.benchmarks..";
  private static final Pattern INTERNAL = Pattern.compile("io\\.github\\.sunoport\\.adapter\\.([^.]+)\\.internal(\\..*)?");

  /**
   * One rule for every pair of adapters: each may use the shared plumbing, the two family providers may use the
   * family, and nothing else of another adapter.
   */
  @ArchTest
  static final ArchRule adapters_know_no_other_adapter = slices().matching(ADAPTERS + "(*)..")
      .should().notDependOnEachOther()
      .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(SUPPORT))
      .ignoreDependency(resideInAnyPackage(ADAPTERS + "kie..", ADAPTERS + "sunoapiorg.."), resideInAPackage(FAMILY))
      .because("a provider adapter knows only core, the plumbing and, for the record-info family, the family");

  /**
   * Wire records, Retrofit services and mappers are public only because Moshi and Retrofit need it. The benchmarks
   * are exempt on purpose: they time the mapping step of each adapter without HTTP, and are not library code.
   */
  @ArchTest
  static final ArchRule internal_packages_are_used_only_by_their_own_adapter = classes()
      .that().resideOutsideOfPackage(BENCHMARKS)
      .should(useNoOtherAdaptersInternals())
      .because("an adapter's internal package is its own business (benchmarks excepted, see the javadoc)");

  @ArchTest
  static final ArchRule internal_packages_do_not_reach_back_to_their_facade = classes()
      .that().resideInAPackage(ADAPTERS + "*.internal..")
      .should(notDependOnTheirOwnFacade());

  /** What an app may name of a provider adapter is its factory; the rest is found through ServiceLoader. */
  @ArchTest
  static final ArchRule only_the_factory_is_public_in_every_provider_adapter = classes()
      .that().resideInAPackage(ADAPTERS + "*")
      .and().resideOutsideOfPackages(ADAPTERS + "support", ADAPTERS + "recordinfo")
      .and().arePublic()
      .should().beAssignableTo(SunoProviderFactory.class)
      .because("apps open providers by id; clients, dialects, rules and verifiers are not theirs to name");

  /**
   * The family module shows the provider modules its factory base and the things a provider fills in: its dialect,
   * the dialect's facts about music from audio, and its callback verifier.
   */
  @ArchTest
  static final ArchRule the_family_exposes_only_its_extension_points = classes()
      .that().resideInAPackage(ADAPTERS + "recordinfo")
      .and().arePublic()
      .should().beAssignableTo(SunoProviderFactory.class)
      .orShould().beAssignableTo(RecordInfoDialect.class)
      .orShould().beAssignableTo(AudioDialect.class)
      .orShould().beAssignableTo(CallbackVerifier.class);

  @ArchTest
  static final ArchRule no_cycles_between_adapter_packages =
      slices().matching(ADAPTERS + "(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothing_but_examples_benchmarks_and_the_junit_extension_uses_the_mock_server = noClasses()
      .that().resideOutsideOfPackages("io.github.sunoport.mock..", "io.github.sunoport.examples..", BENCHMARKS,
          "io.github.sunoport.junit..")
      .should().dependOnClassesThat().resideInAPackage("io.github.sunoport.mock..");

  @ArchTest
  static final ArchRule the_ledger_knows_no_adapter_and_no_mock = noClasses()
      .that().resideInAPackage("io.github.sunoport.ledger..")
      .should().dependOnClassesThat().resideInAnyPackage("io.github.sunoport.adapter..", "io.github.sunoport.mock..")
      .because("a ledger keeps what any provider's client produced, through core's types only");

  /** The extension names core only to open clients; adapters come from the test's class path at run time. */
  @ArchTest
  static final ArchRule the_junit_extension_names_no_adapter = noClasses().that().resideInAPackage("io.github.sunoport.junit..")
      .should().dependOnClassesThat().resideInAPackage("io.github.sunoport.adapter..");

  private static ArchCondition<JavaClass> useNoOtherAdaptersInternals() {
    return new ArchCondition<>("use no other adapter's internal package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Matcher target = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
          if (target.matches() && !origin.getPackageName().startsWith(ADAPTERS + target.group(1))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notDependOnTheirOwnFacade() {
    return new ArchCondition<>("not depend on their own adapter's facade package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String facade = origin.getPackageName().replaceFirst("\\.internal(\\..*)?$", "");
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          if (dependency.getTargetClass().getPackageName().equals(facade)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
