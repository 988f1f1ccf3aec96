package vn.tdkt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeLevel;
import vn.tdkt.office.Official;
import vn.tdkt.office.OfficialRole;
import vn.tdkt.office.Organisation;
import vn.tdkt.office.OrganisationImport;
import vn.tdkt.office.OrganisationWorkbook;
import vn.tdkt.council.CouncilProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitKind;

/**
 * A city and three of its wards in one deployment: the city launches a plan, each ward's Nội vụ gets
 * it as a task to draft the ward's own plan, pre-filled, its deadlines no later than the city's; the
 * city follows how far each ward has come. An integration test with a database of its own (offices
 * that the demo does not have).
 */
@TestPropertySource(properties = "spring.application.name=tdkt-cascade")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CascadeIT extends ProcessTest {

  static final String CITY = "tp-thu";
  static final List<String> WARDS = List.of("p-thu-mot", "p-thu-hai", "p-thu-ba");

  @Autowired OrganisationImport organisation;
  @Autowired OrganisationWorkbook workbook;
  @Autowired CampaignRepository campaigns;
  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired vn.tdkt.award.CityForwarding forwarding;

  final String city = Driver.newCode();
  OrganisationImport.Result imported;
  final String ward = Driver.newCode();

  /** An office with its Nội vụ, chairman (a council member), one more member and its units. */
  Organisation office(String code, String name, OfficeLevel level, String parent, List<UnitKind> kinds) {
    Office office = new Office(code, name, level, name.toUpperCase(), name, name, code + "@thu.example",
        null, parent);
    List<Unit> units = new ArrayList<>();
    for (UnitKind kind : kinds) {
      String unit = code + "-" + kind.name().toLowerCase().replace('_', '-');
      units.add(new Unit(unit, "Đơn vị " + kind.name() + " " + name, kind, unit + "@thu.example", unit,
          "Đầu mối " + unit, unit + "@thu.example", code, null, true));
    }
    List<Official> officials = List.of(
        new Official(code + "-noivu", code, "Nội vụ " + name, "Chuyên viên", code + "-noivu@thu.example",
            OfficialRole.NOI_VU, false, null, true),
        new Official(code + "-chutich", code, "Chủ tịch " + name, "Chủ tịch UBND",
            code + "-chutich@thu.example", OfficialRole.CHU_TICH, true, null, true),
        new Official(code + "-hoidong", code, "Thành viên " + name, "Phó Chủ tịch",
            code + "-hoidong@thu.example", OfficialRole.HOI_DONG, true, null, true));
    return new Organisation(office, List.of(), units, officials);
  }

  @BeforeAll
  void aCityAndThreeWards() {
    // one workbook for the city and its wards, the wards' sheets first
    List<Organisation> all = new ArrayList<>();
    for (String w : WARDS) {
      all.add(office(w, "UBND phường " + w, OfficeLevel.COMMUNE, CITY,
          List.of(UnitKind.PHONG_BAN, UnitKind.TRUONG_HOC)));
    }
    all.add(office(CITY, "UBND thành phố Thử", OfficeLevel.CITY, null, List.of(UnitKind.PHONG_BAN)));
    imported = organisation.apply(workbook.writeAll(all));
    driver.draft(CITY + "-noivu", Driver.plan(city, List.of("PHONG_BAN"), List.of()));
    driver.complete(CITY + "-chutich", city, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
  }

  List<Task> fromParent(String user) {
    return driver.as(user, () -> engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(CampaignProcess.Element.DRAFT_FROM_PARENT).list());
  }

  Object variable(Task task, String name) {
    return engine.getTaskService().getVariable(task.getId(), name);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> offices() {
    return (List<Map<String, Object>>) rest.withBasicAuth(CITY + "-noivu", "demo")
        .getForEntity("/api/campaigns/" + city + "/progress", Map.class).getBody().get("offices");
  }

  @Test
  @Order(1)
  @DisplayName("Kế hoạch của Thành phố đến Nội vụ của từng phường, điền sẵn, căn cứ ghi số kế hoạch của Thành phố")
  void eachWardGetsThePlan() throws Exception {
    // the one workbook set up the city before the wards that name it
    assertThat(imported.all()).extracting(OrganisationImport.Result::officeCode)
        .containsExactly(CITY, WARDS.get(0), WARDS.get(1), WARDS.get(2));
    assertThat(imported.all()).allMatch(r -> "ADDED".equals(r.office()) && r.applied());
    Campaign parent = campaigns.findByCode(city).orElseThrow();
    for (String w : WARDS) {
      List<Task> tasks = fromParent(w + "-noivu");
      assertThat(tasks).as(w).hasSize(1);
      Task task = tasks.get(0);
      assertThat(task.getTenantId()).isEqualTo(w);
      assertThat(task.getName()).isEqualTo("Lập kế hoạch triển khai kế hoạch " + city);
      assertThat((String) variable(task, CampaignProcess.Var.LEGAL_BASIS))
          .startsWith("Thực hiện Kế hoạch số " + city + " ngày ").endsWith("của UBND thành phố Thử.");
      assertThat(variable(task, CampaignProcess.Var.REGISTRATION_DUE))
          .isEqualTo(parent.registrationDeadline().toString());
      assertThat(variable(task, CampaignProcess.Var.CAMPAIGN_NAME)).isEqualTo(parent.name());
    }
    // each ward's Nội vụ is told by e-mail, from the city
    List<String> told = new ArrayList<>();
    for (jakarta.mail.internet.MimeMessage m : mail.getReceivedMessages()) {
      if (m.getSubject().contains("Kế hoạch của cấp trên")) {
        told.addAll(Driver.recipients(new jakarta.mail.Message[] {m}));
        assertThat(m.getSubject()).startsWith("[" + city + "]");
      }
    }
    assertThat(told).containsExactlyInAnyOrderElementsOf(
        WARDS.stream().map(w -> w + "-noivu@thu.example").toList());
    // the city's Nội vụ does not get the wards' tasks, nor one ward another's
    assertThat(fromParent(CITY + "-noivu")).isEmpty();
    assertThat(offices()).extracting(o -> o.get("office")).containsExactlyElementsOf(
        WARDS.stream().sorted().toList());
    assertThat(offices()).allMatch(o -> "Chưa lập kế hoạch triển khai".equals(o.get("status")));
  }

  @Test
  @Order(2)
  @DisplayName("Phường lập kế hoạch riêng: hạn muộn hơn hạn của Thành phố bị từ chối; kế hoạch gắn với kế hoạch của Thành phố")
  void aWardDraftsItsOwnPlanWithinTheCitysDeadlines() {
    String user = WARDS.get(0) + "-noivu";
    Task task = fromParent(user).get(0);
    Campaign parent = campaigns.findByCode(city).orElseThrow();
    Map<String, Object> late = Driver.plan(ward, List.of("PHONG_BAN", "TRUONG_HOC"), List.of());
    late.put(CampaignProcess.Var.REGISTRATION_DUE, parent.registrationDeadline().plusDays(1).toString());
    assertThatThrownBy(() -> driver.complete(user, task, late))
        .hasMessageContaining("Không đặt hạn đăng ký thi đua muộn hơn hạn của kế hoạch cấp trên " + city);
    driver.complete(user, task, Driver.plan(ward, List.of("PHONG_BAN", "TRUONG_HOC"), List.of()));
    Campaign own = campaigns.findByCode(ward).orElseThrow();
    assertThat(own.officeCode()).isEqualTo(WARDS.get(0));
    assertThat(campaigns.parentOf(own.id())).contains(parent.id());
    driver.complete(WARDS.get(0) + "-chutich", ward, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    String school = WARDS.get(0) + "-truong-hoc";
    assertThat(driver.tasks(school, ward, ParticipationProcess.Element.REGISTER)).hasSize(1);
    // a ward's campaign sends nothing further down: a ward has no offices below
    assertThat(fromParent(WARDS.get(1) + "-noivu")).hasSize(1);
  }

  @Test
  @Order(3)
  @DisplayName("Thành phố theo dõi từng phường: đã lập kế hoạch chưa, số đơn vị đã đăng ký, đã báo cáo")
  void theCityFollowsEachWard() {
    steps.register(WARDS.get(0) + "-truong-hoc", ward);
    Map<String, Object> first = offices().stream()
        .filter(o -> WARDS.get(0).equals(o.get("office"))).findFirst().orElseThrow();
    assertThat(first).containsEntry("campaign", ward).containsEntry("status", "Đang triển khai")
        .containsEntry("units", 2).containsEntry("registered", 1).containsEntry("reported", 0);
    String page = rest.withBasicAuth(CITY + "-noivu", "demo").getForEntity("/theo-doi/" + city, String.class)
        .getBody();
    assertThat(page).contains("Các phường, xã triển khai kế hoạch").contains("UBND phường " + WARDS.get(0))
        .contains("1/2").contains("Chưa lập kế hoạch triển khai");
    // a ward's Nội vụ may not read the city's tracking
    assertThat(rest.withBasicAuth(WARDS.get(1) + "-noivu", "demo")
            .getForEntity("/api/campaigns/" + city + "/progress", String.class).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  @Order(4)
  @DisplayName("Thành phố xét Bằng khen, CSTĐ cấp Thành phố, TTLĐXS; Lao động tiên tiến của đơn vị thuộc Thành phố do thủ trưởng đơn vị xét (Điều 80 khoản 1)")
  void theCityDecidesItsOwnAwards() {
    String unit = CITY + "-phong-ban";
    steps.register(unit, city);
    assertThatThrownBy(() -> steps.nominate(unit, city, "CA_NHAN", "Trần Văn Thành", "LDTT", true))
        .hasMessageContaining("không do cơ quan này xét tặng")
        .hasMessageContaining("Điều 80 khoản 1");
    steps.nominate(unit, city, "CA_NHAN", "Trần Văn Thành", "BANG_KHEN_TP", false);
    assertThat(steps.nominationStatus(city, "Trần Văn Thành")).isEqualTo("CHO_DUYET");
  }

  @Test
  @Order(5)
  @DisplayName("Hai phường đánh cùng một số kế hoạch: mỗi phường một kế hoạch, mỗi Nội vụ mở kế hoạch của phường mình")
  void wardsMayNumberTheirPlansAlike() {
    String same = "KH-TK-" + System.nanoTime() % 100000;
    for (String w : WARDS.subList(1, 3)) {
      driver.complete(w + "-noivu", fromParent(w + "-noivu").get(0),
          Driver.plan(same, List.of("PHONG_BAN"), List.of()));
    }
    assertThat(campaigns.byCode(same)).extracting(Campaign::officeCode)
        .containsExactly(WARDS.get(1), WARDS.get(2));
    for (String w : WARDS.subList(1, 3)) {
      String other = w.equals(WARDS.get(1)) ? WARDS.get(2) : WARDS.get(1);
      Map<?, ?> body = rest.withBasicAuth(w + "-noivu", "demo")
          .getForEntity("/api/campaigns/" + same + "/progress", Map.class).getBody();
      assertThat(body.get("office")).as(w).isEqualTo(w).isNotEqualTo(other);
    }
  }

  // ------------------------------------------------------------------ proposals up, results down

  static final String NOMINEE = "Lê Thị Thu";

  void appraise(String office, String code, String nominee, String outcome) {
    Task task = driver.tasks(office + "-noivu", code, NominationProcess.Element.APPRAISE).stream()
        .filter(t -> t.getName().contains(nominee)).findFirst()
        .orElseThrow(() -> new AssertionError(office + " has no appraisal of " + nominee));
    Map<String, Object> form = new java.util.HashMap<>();
    form.put(NominationProcess.Var.APPRAISAL_OUTCOME, outcome);
    form.put(NominationProcess.Var.MISSING_ITEMS, "Biên bản họp xét của đơn vị");
    driver.complete(office + "-noivu", task, form);
    driver.runJobs();
  }

  /** The nomination deadline passes; the list is published; the office's council passes them all. */
  void councilPasses(String office, String code, String... nominees) {
    driver.fireTimers(code, CampaignProcess.Element.NOMINATIONS_CLOSED);
    driver.complete(office + "-noivu", code, CouncilProcess.Element.PUBLISH_LIST,
        Map.of("disclosureChannel", "Niêm yết tại trụ sở UBND"));
    driver.fireTimers(code, CouncilProcess.Element.DISCLOSURE_OVER);
    driver.complete(office + "-noivu", code, CouncilProcess.Element.PREPARE_SESSION, Map.of());
    for (String member : List.of(office + "-chutich", office + "-hoidong")) {
      steps.ballot(member, member, code, List.of(nominees), List.of(), List.of(), "");
    }
    driver.runJobs();
  }

  List<String> subjectsTo(String address) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (jakarta.mail.internet.MimeMessage m : mail.getReceivedMessages()) {
      if (Driver.recipients(new jakarta.mail.Message[] {m}).contains(address)) {
        subjects.add(m.getSubject());
      }
    }
    return subjects;
  }

  @Test
  @Order(6)
  @DisplayName("Đề nghị CSTĐ cấp Thành phố của phường: qua Hội đồng phường, vào thẩm định của Thành phố kèm tờ trình và biên bản; phường chờ, không nhập tay")
  void aWardsCityNomineeGoesIntoTheCitysAppraisal() {
    String school = WARDS.get(0) + "-truong-hoc";
    steps.report(school, ward);
    steps.nominate(school, ward, "CA_NHAN", NOMINEE, "CSTD_TP", false);
    appraise(WARDS.get(0), ward, NOMINEE, NominationProcess.Outcome.ELIGIBLE);
    councilPasses(WARDS.get(0), ward, NOMINEE);
    assertThat(steps.nominationStatus(ward, NOMINEE)).isEqualTo("DE_NGHI_THANH_PHO");
    // the city's list is not published yet: it takes the ward's dossiers
    assertThat(forwarding.takesDossiers(steps.campaignId(ward))).map(Campaign::code).contains(city);
    driver.complete(WARDS.get(0) + "-noivu", ward, CampaignProcess.Element.CITY_PROPOSAL,
        Map.of(CampaignProcess.Var.CITY_PROPOSAL_NUMBER, "01/TTr-UBND",
            CampaignProcess.Var.CITY_PROPOSAL_DATE, vn.tdkt.support.Steps.today().toString()));
    driver.runJobs();

    // the ward waits for the city's decision: no task to type it in
    assertThat(driver.tasks(WARDS.get(0) + "-noivu", ward, CampaignProcess.Element.CITY_OUTCOME)).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ward)
        .processDefinitionKey(CampaignProcess.KEY).activityIdIn(CampaignProcess.Element.CITY_DECIDED).count())
        .isEqualTo(1);
    // the dossier is the city's now, in the city's appraisal, with the ward's papers
    assertThat(steps.nominationStatus(city, NOMINEE)).isEqualTo("CHO_DUYET");
    Task appraisal = driver.tasks(CITY + "-noivu", city, NominationProcess.Element.APPRAISE).stream()
        .filter(t -> t.getName().contains(NOMINEE)).findFirst().orElseThrow();
    assertThat(appraisal.getTenantId()).isEqualTo(CITY);
    assertThat(variable(appraisal, NominationProcess.Var.FORWARDED_FROM)).isEqualTo("UBND phường " + WARDS.get(0));
    String minutes = (String) variable(appraisal, NominationProcess.Var.WARD_MINUTES_URL);
    String proposal = (String) variable(appraisal, NominationProcess.Var.WARD_PROPOSAL_URL);
    assertThat(minutes).startsWith("/api/documents/");
    assertThat(proposal).startsWith("/api/documents/");
    for (String paper : List.of(minutes, proposal)) {
      assertThat(rest.withBasicAuth(CITY + "-noivu", "demo").getForEntity(paper, byte[].class)
          .getStatusCode().value()).as("the city reads %s", paper).isEqualTo(200);
      assertThat(rest.withBasicAuth(WARDS.get(1) + "-noivu", "demo").getForEntity(paper, byte[].class)
          .getStatusCode().value()).as("another ward may not read %s", paper).isEqualTo(403);
    }
    // neither the ward nor another ward sees the city's appraisal
    assertThat(driver.tasks(WARDS.get(0) + "-noivu", city, NominationProcess.Element.APPRAISE)).isEmpty();
    assertThat(driver.tasks(WARDS.get(1) + "-noivu", city, NominationProcess.Element.APPRAISE)).isEmpty();
    // the ward's unit has no task in the city: the city does not return it for supplement
    assertThatThrownBy(() -> appraise(CITY, city, NOMINEE, NominationProcess.Outcome.SUPPLEMENT))
        .hasMessageContaining("không trả lại để bổ sung tại Thành phố");
  }

  @Test
  @Order(7)
  @DisplayName("Hội đồng và Chủ tịch Thành phố quyết định; quyết định về phường, được ghi vào phong trào của phường, đơn vị của phường nhận thư")
  void theCitysDecisionComesBackToTheWard() throws Exception {
    appraise(CITY, city, NOMINEE, NominationProcess.Outcome.ELIGIBLE);
    appraise(CITY, city, "Trần Văn Thành", NominationProcess.Outcome.ELIGIBLE);
    councilPasses(CITY, city, NOMINEE, "Trần Văn Thành");
    driver.complete(CITY + "-chutich", city, CampaignProcess.Element.SIGN_DECISION,
        Map.of(CampaignProcess.Var.DECISION_NUMBER, "15/QĐ-UBND",
            CampaignProcess.Var.DECISION_DATE, vn.tdkt.support.Steps.today().toString()));
    driver.runJobs();

    assertThat(steps.awards(city)).containsExactly(NOMINEE + ":CSTD_TP", "Trần Văn Thành:BANG_KHEN_TP");
    // the ward's campaign holds the city's decision, under the city's number, with no retyping
    assertThat(steps.nominationStatus(ward, NOMINEE)).isEqualTo("DA_KHEN_THUONG");
    assertThat(steps.awards(ward)).containsExactly(NOMINEE + ":CSTD_TP");
    assertThat(jdbc.queryForObject("SELECT d.decision_number || ' ' || d.level FROM award a"
        + " JOIN award_decision d ON d.id = a.decision_id WHERE a.campaign_id = ?", String.class,
        steps.campaignId(ward))).isEqualTo("15/QĐ-UBND CITY");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ward)
        .processDefinitionKey(CampaignProcess.KEY).activityIdIn(CampaignProcess.Element.PERIOD_OVER).count())
        .isEqualTo(1);
    // the ward's unit hears from its ward, the city's own unit from the city
    String school = WARDS.get(0) + "-truong-hoc@thu.example";
    assertThat(subjectsTo(school)).contains("[" + ward + "] Kết quả khen thưởng của Thành phố")
        .doesNotContain("[" + city + "] Kết quả xét khen thưởng");
    assertThat(subjectsTo(CITY + "-phong-ban@thu.example")).contains("[" + city + "] Kết quả xét khen thưởng");
    // another ward has nothing of it
    assertThat(driver.tasks(WARDS.get(1) + "-noivu", ward, CampaignProcess.Element.CITY_OUTCOME)).isEmpty();
    // once the city's list is published, a late proposal is the ward's to record by hand
    assertThat(forwarding.takesDossiers(steps.campaignId(ward))).isEmpty();
  }
}
