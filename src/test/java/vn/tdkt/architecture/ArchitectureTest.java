package vn.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The structure rules that hold today, checked on the compiled classes: one clock, a kernel that
 * knows no stage, low helpers that know nothing above them, and demo data nobody depends on.
 */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.tdkt");
  }

  @Test
  @DisplayName("Chỉ một đồng hồ: không lớp nào đọc giờ máy ngoài đồng hồ của engine")
  void oneClock() {
    noClasses().that().doNotHaveFullyQualifiedName("vn.tdkt.system.EngineClock")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.ZonedDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(org.camunda.bpm.engine.impl.util.ClockUtil.class, "getCurrentTime")
        .orShould().callConstructor(java.util.Date.class)
        .because("every time the application writes follows the engine's clock (EngineClock)")
        .check(classes);
  }

  @Test
  @DisplayName("Lõi hệ thống không phụ thuộc giai đoạn nào")
  void kernelKnowsNoStage() {
    noClasses().that().resideInAPackage("vn.tdkt.system..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "vn.tdkt.campaign..", "vn.tdkt.participation..", "vn.tdkt.nomination..",
            "vn.tdkt.disclosure..", "vn.tdkt.council..", "vn.tdkt.award..", "vn.tdkt.registry..",
            "vn.tdkt.document..", "vn.tdkt.notification..", "vn.tdkt.office..", "vn.tdkt.access..",
            "vn.tdkt.demo..", "vn.tdkt.calendar..")
        .check(classes);
  }

  @Test
  @DisplayName("Đơn vị và tệp Excel là tầng thấp nhất")
  void lowHelpersKnowNothingAbove() {
    noClasses().that().resideInAnyPackage("vn.tdkt.unit..", "vn.tdkt.files..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "vn.tdkt.system..", "vn.tdkt.campaign..", "vn.tdkt.participation..",
            "vn.tdkt.nomination..", "vn.tdkt.disclosure..", "vn.tdkt.council..", "vn.tdkt.award..",
            "vn.tdkt.registry..", "vn.tdkt.document..", "vn.tdkt.notification..",
            "vn.tdkt.office..", "vn.tdkt.access..", "vn.tdkt.demo..", "vn.tdkt.calendar..")
        .check(classes);
  }

  @Test
  @DisplayName("Dữ liệu mẫu tách riêng: không lớp nào ngoài gói demo dùng nó")
  void demoStandsApart() {
    noClasses().that().resideOutsideOfPackage("vn.tdkt.demo..")
        .should().dependOnClassesThat().resideInAPackage("vn.tdkt.demo..")
        .check(classes);
  }
}
