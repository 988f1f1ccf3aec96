package vn.tdkt.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.office.OrganisationImport;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;
import vn.tdkt.support.Workbooks;

/**
 * Two offices in one deployment (the demo's Long Biên and Kiến An, each with its own units, people
 * and council), each running a campaign: every instance carries its office as the engine's tenant, and
 * each office's officials see only their own office's work, although both offices' Nội vụ are in the
 * same role group. A context and a database of its own, so the other tests keep one office; an
 * integration test, because a second application's engine must not share the JVM of the process
 * tests (the engine's registry of engines is static).
 */
@TestPropertySource(properties = "spring.application.name=tdkt-two-offices")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeTenantsIT extends ProcessTest {

  static final String LONG_BIEN = "long-bien";
  static final String KIEN_AN = "kien-an";

  @Autowired OrganisationImport organisation;
  @Autowired vn.tdkt.office.OfficeDirectory offices;
  @Autowired CampaignRepository campaigns;
  @Autowired TestRestTemplate rest;

  final String lb = Driver.newCode();
  final String ka = Driver.newCode();
  /** A Long Biên campaign through to its decision: papers, and an award in the registry. */
  final String awarded = Driver.newCode();
  final String nominee = "Lương Thị Hòa " + System.nanoTime() % 1000;

  @BeforeAll
  void twoOfficesEachWithACampaign() {
    // Long Biên is the demo's office; Kiến An's administrator imports its own workbook beside it
    assertThat(organisation.apply(Workbooks.demo(KIEN_AN)).office()).isEqualTo("ADDED");
    steps.launch(lb, List.of("PHUONG"), List.of());
    driver.draft("ka-noivu", Driver.plan(ka, List.of("PHUONG"), List.of()));
    driver.complete("ka-chutich", ka, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    // Long Biên's session counts Long Biên's council only, though both councils are one role group
    steps.atCouncil(awarded, nominee);
    for (String member : Steps.COUNCIL) {
      steps.vote(member, awarded, nominee);
    }
    driver.runJobs();
    steps.sign(awarded, awarded + "/QĐ-UBND");
    driver.runJobs();
  }

  List<ProcessInstance> instances(String code) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).list();
  }

  @SuppressWarnings("rawtypes")
  List<Map> get(String user, String path) {
    ResponseEntity<Map[]> response = rest.withBasicAuth(user, "demo").getForEntity(path, Map[].class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return Arrays.asList(response.getBody());
  }

  @Test
  @DisplayName("Trưởng cụm, khối từng năm: nhập, nhập lại không đổi; đổi trưởng cụm một năm là cụm thay đổi")
  void clusterHeads() {
    organisation.apply(Workbooks.demo("kien-an"));
    assertThat(offices.clusters("kien-an")).filteredOn(c -> c.code().equals("khoi-cq")).singleElement()
        .satisfies(c -> {
          assertThat(c.heads()).hasSize(8);
          assertThat(c.headIn(2023)).contains("ka-pb-vhtt");
        });
    assertThat(organisation.apply(Workbooks.demo("kien-an")).clusters().unchanged()).isTrue();
    String sheet = "Trưởng cụm, khối";
    OrganisationImport.Result changed = organisation.apply(Workbooks.edit(Workbooks.demo("kien-an"),
        b -> Workbooks.set(b.getSheet(sheet), Workbooks.rowOf(b.getSheet(sheet), "khoi-cq"),
            "Mã đơn vị trưởng cụm, khối", "ka-dt-mttq")));
    assertThat(changed.clusters().changed()).extracting(OrganisationImport.Change::code).containsExactly("khoi-cq");
    assertThat(offices.clusters("kien-an")).filteredOn(c -> c.code().equals("khoi-cq")).singleElement()
        .satisfies(c -> assertThat(c.headIn(2023)).contains("ka-dt-mttq"));
    organisation.apply(Workbooks.demo("kien-an"));
  }

  @Test
  @DisplayName("Mỗi cơ quan một tenant; mỗi tài khoản thuộc tenant của cơ quan mình")
  void eachOfficeIsATenant() {
    var identity = engine.getIdentityService();
    assertThat(identity.createTenantQuery().list()).extracting(t -> t.getId())
        .contains(LONG_BIEN, KIEN_AN);
    assertThat(identity.createTenantQuery().tenantId(KIEN_AN).singleResult().getName())
        .isEqualTo("UBND quận Kiến An");
    for (String[] member : new String[][] {
        {"noivu", LONG_BIEN}, {"chutich", LONG_BIEN}, {"p-bode", LONG_BIEN},
        {"ka-noivu", KIEN_AN}, {"ka-hoidong1", KIEN_AN}, {"ka-p-bacson", KIEN_AN}}) {
      assertThat(identity.createTenantQuery().userMember(member[0]).list())
          .as(member[0]).extracting(t -> t.getId()).containsExactly(member[1]);
    }
  }

  @Test
  @DisplayName("Phong trào, phần của từng đơn vị và việc của chúng mang tenant của cơ quan lập kế hoạch")
  void instancesCarryTheirOffice() {
    assertThat(campaigns.findByCode(ka).orElseThrow().officeCode()).isEqualTo(KIEN_AN);
    assertThat(instances(lb)).hasSizeGreaterThan(10).allMatch(i -> LONG_BIEN.equals(i.getTenantId()));
    assertThat(instances(ka)).hasSizeGreaterThan(5).allMatch(i -> KIEN_AN.equals(i.getTenantId()));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ka).list())
        .isNotEmpty().allMatch(t -> KIEN_AN.equals(t.getTenantId()));
  }

  @Test
  @DisplayName("Nội vụ của cơ quan này không thấy việc, tiến trình, lịch sử của cơ quan kia, dù cùng nhóm vai trò")
  void anOfficeSeesNothingOfTheOther() {
    String track = CampaignProcess.Element.TRACK;
    assertThat(driver.tasks("noivu", lb, track)).hasSize(1);
    assertThat(driver.tasks("ka-noivu", lb, track)).isEmpty();
    assertThat(driver.tasks("ka-noivu", ka, track)).hasSize(1);
    assertThat(driver.tasks("noivu", ka, track)).isEmpty();
    // through the REST API the Tasklist and Cockpit use
    assertThat(get("ka-noivu", "/engine-rest/task?processInstanceBusinessKey=" + lb)).isEmpty();
    assertThat(get("noivu", "/engine-rest/task?processInstanceBusinessKey=" + lb)).isNotEmpty();
    assertThat(get("ka-noivu", "/engine-rest/process-instance?businessKey=" + lb)).isEmpty();
    assertThat(get("ka-noivu", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + lb))
        .isEmpty();
    assertThat(get("ka-noivu", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + ka))
        .isNotEmpty();
    // the administrator, in Cockpit, sees both
    assertThat(get("admin", "/engine-rest/process-instance?businessKey=" + lb)).isNotEmpty();
    assertThat(get("admin", "/engine-rest/process-instance?businessKey=" + ka)).isNotEmpty();
  }

  @Test
  @DisplayName("Bộ lọc Tasklist của Nội vụ Kiến An không có việc nào của Long Biên")
  void filtersShowOnlyTheOffice() {
    List<Task> seen = driver.as("ka-noivu", () -> engine.getFilterService().createTaskFilterQuery().list()
        .stream().flatMap(f -> engine.getFilterService().<Task>list(f.getId()).stream()).toList());
    assertThat(seen).isNotEmpty().allMatch(t -> KIEN_AN.equals(t.getTenantId()));
    List<Task> unit = driver.as("p-bode", () -> engine.getFilterService().createTaskFilterQuery().list()
        .stream().flatMap(f -> engine.getFilterService().<Task>list(f.getId()).stream()).toList());
    assertThat(unit).extracting(Task::getTaskDefinitionKey).contains(ParticipationProcess.Element.REGISTER);
    assertThat(unit).allMatch(t -> LONG_BIEN.equals(t.getTenantId()));
  }

  @Test
  @DisplayName("Biểu mẫu kế hoạch của mỗi Nội vụ liệt kê đơn vị của cơ quan mình")
  void eachOfficesPlanFormListsItsUnits() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CampaignProcess.KEY).latestVersion().singleResult().getId();
    java.util.function.Function<String, String> formOf = user -> driver.as(user, () -> {
      try (java.io.InputStream in = engine.getFormService().getDeployedStartForm(definition)) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(formOf.apply("noivu")).contains("UBND phường Bồ Đề").doesNotContain("ka-p-bacson");
    assertThat(formOf.apply("ka-noivu")).contains("ka-p-bacson").doesNotContain("p-bode\"");
  }

  @Test
  @DisplayName("Trang và API của ứng dụng: theo dõi, giấy tờ, sổ khen thưởng, hộp thư chỉ của cơ quan mình")
  void applicationPagesShowOnlyTheOffice() {
    var ka = rest.withBasicAuth("ka-noivu", "demo");
    var lbNoiVu = rest.withBasicAuth("noivu", "demo");
    assertThat(lbNoiVu.getForEntity("/api/campaigns/" + lb + "/progress", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(ka.getForEntity("/api/campaigns/" + lb + "/progress", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String tracking = ka.getForEntity("/theo-doi", String.class).getBody();
    assertThat(tracking).contains(this.ka).doesNotContain(lb).doesNotContain(awarded);
    assertThat(lbNoiVu.getForEntity("/theo-doi", String.class).getBody()).contains(lb).doesNotContain(this.ka);
    // the council's minutes and the signed decision of Long Biên
    assertThat(get("noivu", "/api/campaigns/" + awarded + "/documents")).isNotEmpty();
    assertThat(ka.getForEntity("/api/campaigns/" + awarded + "/documents", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ka.getForEntity("/api/campaigns/" + awarded + "/documents/decision", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the registry: Long Biên's award is Long Biên's
    assertThat(get("noivu", "/api/registry?person=" + nominee)).hasSize(1);
    assertThat(get("ka-noivu", "/api/registry?person=" + nominee)).isEmpty();
    assertThat(get("admin", "/api/registry?person=" + nominee)).hasSize(1);
    // the mailbox: each Nội vụ reads the mail to its own office's units
    List<Map> kaMail = get("ka-noivu", "/hop-thu.json");
    assertThat(kaMail).isNotEmpty().noneMatch(m -> String.valueOf(m.get("to")).contains("longbien"));
    assertThat(get("noivu", "/hop-thu.json")).isNotEmpty()
        .allMatch(m -> String.valueOf(m.get("to")).contains("longbien"));
  }

  @Test
  @DisplayName("GET /api/offices: quản trị thấy mọi cơ quan, cán bộ chỉ thấy cơ quan mình")
  void officesTheUserMaySee() {
    assertThat(get("admin", "/api/offices")).extracting(o -> o.get("code"))
        .containsExactly(KIEN_AN, LONG_BIEN);
    assertThat(get("noivu", "/api/offices")).extracting(o -> o.get("code")).containsExactly(LONG_BIEN);
    assertThat(get("ka-noivu", "/api/offices")).extracting(o -> o.get("code")).containsExactly(KIEN_AN);
    assertThat(get("ka-p-bacson", "/api/offices")).extracting(o -> o.get("code")).containsExactly(KIEN_AN);
    assertThat(rest.withBasicAuth("ka-noivu", "demo").getForEntity("/api/office", Map.class).getBody())
        .containsEntry("code", KIEN_AN);
  }

  /**
   * The office × role matrix: every role of each office (Nội vụ, chairman, council member, a unit's
   * focal point) sees none of the other office's process instances, history or tasks, and the roles
   * that take part see their own office's work.
   */
  @org.junit.jupiter.api.TestFactory
  @DisplayName("Ma trận cơ quan × vai trò: không vai trò nào của cơ quan này thấy việc của cơ quan kia")
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> officeByRole() {
    Map<String, List<String>> roles = Map.of(
        LONG_BIEN, List.of("noivu", "chutich", "hoidong1", "p-bode"),
        KIEN_AN, List.of("ka-noivu", "ka-chutich", "ka-hoidong1", "ka-p-bacson"));
    Map<String, String> campaignOf = Map.of(LONG_BIEN, lb, KIEN_AN, ka);
    List<org.junit.jupiter.api.DynamicTest> tests = new java.util.ArrayList<>();
    for (String office : List.of(LONG_BIEN, KIEN_AN)) {
      String other = office.equals(LONG_BIEN) ? KIEN_AN : LONG_BIEN;
      for (String user : roles.get(office)) {
        tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(user + " × " + other, () -> {
          String theirs = campaignOf.get(other);
          assertThat(driver.as(user, () -> engine.getRuntimeService().createProcessInstanceQuery()
              .processInstanceBusinessKey(theirs).count())).as("instances").isZero();
          assertThat(driver.as(user, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
              .processInstanceBusinessKey(theirs).count())).as("history").isZero();
          assertThat(driver.as(user, () -> engine.getTaskService().createTaskQuery()
              .processInstanceBusinessKey(theirs).count())).as("tasks").isZero();
        }));
      }
      // the roles that work in the campaign see their own office's
      String mine = campaignOf.get(office);
      String nv = roles.get(office).get(0);
      String focal = roles.get(office).get(3);
      tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(nv + " × " + office, () ->
          assertThat(driver.tasks(nv, mine, CampaignProcess.Element.TRACK)).hasSize(1)));
      tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(focal + " × " + office, () ->
          assertThat(driver.tasks(focal, mine, ParticipationProcess.Element.REGISTER)).hasSize(1)));
    }
    return tests.stream();
  }
}
