package vn.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure rules, checked on the compiled classes and the sources: one clock, packages in
 * their order (low helpers, the law's rules and the read-model under the stages, the stages in the
 * order of a campaign's life, documents, mail, access and demo on top, reached by the processes
 * through their delegates), and each application table read or written only by the package that owns
 * it, or read by the reporting read-model.
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
            "vn.tdkt.demo..", "vn.tdkt.calendar..", "vn.tdkt.annual..", "vn.tdkt.cluster..")
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
            "vn.tdkt.office..", "vn.tdkt.access..", "vn.tdkt.demo..", "vn.tdkt.calendar..",
            "vn.tdkt.annual..", "vn.tdkt.cluster..")
        .check(classes);
  }

  @Test
  @DisplayName("Dữ liệu mẫu tách riêng: không lớp nào ngoài gói demo dùng nó")
  void demoStandsApart() {
    noClasses().that().resideOutsideOfPackage("vn.tdkt.demo..")
        .should().dependOnClassesThat().resideInAPackage("vn.tdkt.demo..")
        .check(classes);
  }

  @Test
  @DisplayName("Cấu hình đọc một lần, có kiểu: không lớp nào tự đọc thuộc tính bằng @Value")
  void settingsAreTyped() {
    noClasses().should().dependOnClassesThat()
        .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
        .because("the settings are one typed, validated record (system.TdktProperties)")
        .check(classes);
  }

  /**
   * The packages from the bottom up: a package may use those before it, never one after it. The
   * last ones (documents, mail, access, demo) sit on top, side by side, and the processes reach
   * them through their delegates (by name in the BPMN), so no stage imports them.
   */
  static final List<String> ORDER =
      List.of(
          "files", "unit", "system", "calendar", "office", "rules", "reporting",
          "campaign", "participation", "nomination", "disclosure", "council", "award", "registry",
          "annual", "cluster");

  static final List<String> TOP = List.of("document", "notification", "access", "demo");

  @Test
  @DisplayName("Các gói theo thứ tự: không gói nào dùng gói ở trên nó")
  void packagesInTheirOrder() {
    for (int i = 0; i < ORDER.size(); i++) {
      List<String> above = new ArrayList<>();
      ORDER.subList(i + 1, ORDER.size()).forEach(p -> above.add("vn.tdkt." + p + ".."));
      TOP.forEach(p -> above.add("vn.tdkt." + p + ".."));
      noClasses().that().resideInAPackage("vn.tdkt." + ORDER.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
          .because(ORDER.get(i) + " sits below " + String.join(", ", above))
          .check(classes);
    }
  }

  /** Each application table and the one package that reads and writes it. */
  static final Map<String, String> OWNER = new LinkedHashMap<>();

  static {
    OWNER.put("unit", "unit");
    OWNER.put("office", "office");
    OWNER.put("official", "office");
    OWNER.put("unit_cluster", "office");
    OWNER.put("organisation_lock", "office");
    OWNER.put("calendar_day", "calendar");
    OWNER.put("calendar_year", "calendar");
    OWNER.put("campaign", "campaign");
    OWNER.put("campaign_unit_kind", "campaign");
    OWNER.put("responsibility", "campaign");
    OWNER.put("participation", "participation");
    OWNER.put("nomination", "nomination");
    OWNER.put("objection", "disclosure");
    OWNER.put("council_session", "council");
    OWNER.put("council_session_member", "council");
    OWNER.put("vote", "council");
    OWNER.put("award_decision", "award");
    OWNER.put("award", "award");
    OWNER.put("city_proposal", "award");
    OWNER.put("document", "document");
    OWNER.put("sent_mail", "notification");
    OWNER.put("mail_outbox", "notification");
    OWNER.put("title_registration", "annual");
    OWNER.put("cluster_head", "office");
    OWNER.put("cluster_round", "cluster");
    OWNER.put("cluster_criterion", "cluster");
    OWNER.put("cluster_score", "cluster");
    OWNER.put("cluster_result", "cluster");
  }

  static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  static final Pattern TABLE =
      Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

  @Test
  @DisplayName("Mỗi bảng chỉ do gói sở hữu nó đọc và ghi; gói báo cáo chỉ đọc")
  void eachStageOwnsItsTables() throws IOException {
    Path root = Path.of("src/main/java/vn/tdkt");
    Set<String> violations = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(file).getName(0).toString();
        String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "")
            .replaceAll("(?m)^\\s*//.*$", "");
        // a SimpleJdbcInsert names its table alone: it writes
        code = code.replaceAll("withTableName\\(\"([a-z_]+)\"\\)", "withTableName(\"INTO $1\")");
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
          Matcher table = TABLE.matcher(literal.group(1));
          while (table.find()) {
            String name = table.group(2).toLowerCase();
            String owner = OWNER.get(name);
            if (owner == null) {
              continue;
            }
            seen.add(name);
            boolean write = !table.group(1).equalsIgnoreCase("FROM")
                && !table.group(1).equalsIgnoreCase("JOIN")
                || literal.group(1).toUpperCase().contains("DELETE FROM");
            boolean allowed = owner.equals(pkg) || (pkg.equals("reporting") && !write);
            if (!allowed) {
              violations.add(root.relativize(file) + ": " + table.group(1) + " " + name
                  + " (owned by " + owner + ")");
            }
          }
        }
      }
    }
    assertThat(violations).as("SQL on another stage's tables").isEmpty();
    // the scan sees the statements: every table is found somewhere, so the check can fail
    assertThat(seen).containsAll(OWNER.keySet());
  }
}
