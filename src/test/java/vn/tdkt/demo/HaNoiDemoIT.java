package vn.tdkt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.office.OfficeLevel;
import vn.tdkt.support.ProcessTest;

/**
 * The demo of a city with its wards ({@code tdkt.demo.office=ha-noi}): the city and four wards of the
 * former Long Biên district are set up from their workbooks, and the city's 2026 demo plan, once
 * approved and launched, reaches each ward's Nội vụ. A context and a database of its own.
 */
@TestPropertySource(properties = "tdkt.demo.office=ha-noi")
@DirtiesContext
class HaNoiDemoIT extends ProcessTest {

  @Autowired OfficeDirectory offices;
  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("Hà Nội và bốn phường được thiết lập; kế hoạch 2026 của Thành phố đến Nội vụ từng phường")
  void theCitysDemoPlanReachesEveryWard() {
    assertThat(offices.all()).extracting(Office::code)
        .containsExactly("ha-noi", "hn-bo-de", "hn-long-bien", "hn-phuc-loi", "hn-viet-hung");
    assertThat(offices.find("ha-noi").orElseThrow().level()).isEqualTo(OfficeLevel.CITY);
    assertThat(offices.children("ha-noi")).extracting(Office::name).containsExactly(
        "UBND phường Bồ Đề", "UBND phường Long Biên", "UBND phường Phúc Lợi", "UBND phường Việt Hưng");

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> started = rest.withBasicAuth("hn-noivu", "demo")
        .postForEntity("/api/demo/campaign?dates=today", null, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) started.getBody().get("campaignCode");
    driver.complete("hn-chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    for (String ward : List.of("long-bien", "bo-de", "viet-hung", "phuc-loi")) {
      List<Task> tasks = driver.as(ward + "-noivu", () -> engine.getTaskService().createTaskQuery()
          .taskDefinitionKey(CampaignProcess.Element.DRAFT_FROM_PARENT).list());
      assertThat(tasks).as(ward).hasSize(1);
      assertThat(tasks.get(0).getName()).isEqualTo("Lập kế hoạch triển khai kế hoạch " + code);
    }
  }
}
