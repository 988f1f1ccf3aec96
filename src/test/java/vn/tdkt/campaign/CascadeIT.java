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

  final String city = Driver.newCode();
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
    organisation.apply(workbook.write(
        office(CITY, "UBND thành phố Thử", OfficeLevel.CITY, null, List.of(UnitKind.PHONG_BAN))));
    for (String w : WARDS) {
      organisation.apply(workbook.write(office(w, "UBND phường " + w, OfficeLevel.COMMUNE, CITY,
          List.of(UnitKind.PHONG_BAN, UnitKind.TRUONG_HOC))));
    }
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
  @DisplayName("Khen thưởng do Thành phố quyết định chưa có trong bảng quy định: hồ sơ của đơn vị Thành phố bị từ chối, nêu lý do")
  void theCitysOwnAwardsWaitForTheirRules() {
    String unit = CITY + "-phong-ban";
    steps.register(unit, city);
    assertThatThrownBy(() -> steps.nominate(unit, city, "CA_NHAN", "Trần Văn Thành", "BANG_KHEN_TP", false))
        .hasMessageContaining("không do cơ quan này xét tặng")
        .hasMessageContaining("chưa có trong bảng quy định");
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
}
