package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

/**
 * The filters' lists and counts, each made in one engine command: the same tasks, counts and errors
 * as the engine's filter commands give.
 */
class FilterPagesTest extends ProcessTest {

  static final String UNIT_USER = "p-bode";
  static final String BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  @Autowired TestRestTemplate rest;

  private ResponseEntity<String> post(String user, String path, String body, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.set("Accept", accept);
    headers.set("Content-Type", "application/json");
    return rest.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private String filterId(String name) {
    Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(name).singleResult();
    assertThat(filter).as(name).isNotNull();
    return filter.getId();
  }

  private static List<String> ids(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  @Test
  @DisplayName("Danh sách và số việc của bộ lọc (như Tasklist gọi) đúng như engine: việc của đơn vị, lọc thêm theo kế hoạch, đếm")
  void aFiltersListAndCountAreTheEngines() throws Exception {
    assertThat(new RestJson.WebappEngineApi().getClasses()).contains(FilterPages.Named.class);
    String code = Driver.newCode();
    steps.launch(code, List.of("PHUONG"), List.of());
    String unitFilter = filterId("Việc của đơn vị");
    Task register = driver.task(UNIT_USER, code, ParticipationProcess.Element.REGISTER);
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(UNIT_USER).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    List<String> expected = engine.getTaskService().createTaskQuery().active()
        .taskCandidateGroupIn(groups).includeAssignedTasks().orderByTaskCreateTime().desc()
        .listPage(0, 15).stream().map(Task::getId).toList();
    long expectedCount = engine.getTaskService().createTaskQuery().active()
        .taskCandidateGroupIn(groups).includeAssignedTasks().count();

    ObjectMapper json = new ObjectMapper();
    ResponseEntity<String> hal = post(UNIT_USER, "/filter/" + unitFilter + "/list?firstResult=0&maxResults=15", BODY,
        "application/hal+json");
    assertThat(hal.getStatusCode().value()).as(hal.getBody()).isEqualTo(200);
    JsonNode page = json.readTree(hal.getBody());
    assertThat(page.get("count").asLong()).isEqualTo(expectedCount);
    assertThat(ids(page.get("_embedded").get("task"))).containsExactlyElementsOf(expected).contains(register.getId());
    // the filter's variables are embedded, as the Tasklist shows them
    assertThat(hal.getBody()).contains("UBND phường Bồ Đề").contains(code);

    ResponseEntity<String> plain = post(UNIT_USER, "/filter/" + unitFilter + "/list?firstResult=0&maxResults=15", BODY,
        "application/json");
    assertThat(ids(json.readTree(plain.getBody()))).containsExactlyElementsOf(expected);

    String onlyThisCampaign = "{\"processInstanceBusinessKey\":\"" + code + "\"}";
    JsonNode narrowed = json.readTree(post(UNIT_USER, "/filter/" + unitFilter + "/list", onlyThisCampaign,
        "application/hal+json").getBody());
    assertThat(narrowed.get("count").asLong()).isEqualTo(1);
    assertThat(ids(narrowed.get("_embedded").get("task"))).containsExactly(register.getId());
    assertThat(json.readTree(post(UNIT_USER, "/filter/" + unitFilter + "/count", onlyThisCampaign,
        "application/json").getBody()).get("count").asLong()).isEqualTo(1);
    assertThat(json.readTree(post(UNIT_USER, "/filter/" + unitFilter + "/count", "{}",
        "application/json").getBody()).get("count").asLong()).isEqualTo(expectedCount);

    // another unit's focal point sees its own tasks in the same filter, not this one's
    JsonNode other = json.readTree(post("p-cukhoi", "/filter/" + unitFilter + "/list", onlyThisCampaign,
        "application/hal+json").getBody());
    assertThat(other.get("count").asLong()).isEqualTo(1);
    assertThat(ids(other.get("_embedded").get("task"))).doesNotContain(register.getId());
  }

  @Test
  @DisplayName("Bộ lọc không có: 404 (403 với người không có quyền xem); bộ lọc không được xem: 403; truy vấn sai: 400 — như engine")
  void aFiltersErrorsAreTheEngines() {
    String unitFilter = filterId("Việc của đơn vị");
    String chase = filterId("Đôn đốc đơn vị quá hạn");
    assertThat(post("admin", "/filter/khong-co/list", BODY, "application/hal+json").getStatusCode().value())
        .isEqualTo(404);
    assertThat(post("admin", "/filter/khong-co/count", "{}", "application/json").getStatusCode().value())
        .isEqualTo(404);
    // as the engine checks the permission first, a user learns nothing of filters it may not read
    assertThat(post(UNIT_USER, "/filter/khong-co/list", BODY, "application/hal+json").getStatusCode().value())
        .isEqualTo(403);
    ResponseEntity<String> forbidden = post(UNIT_USER, "/filter/" + chase + "/list", BODY, "application/hal+json");
    assertThat(forbidden.getStatusCode().value()).as(forbidden.getBody()).isEqualTo(403);
    assertThat(post(UNIT_USER, "/filter/" + chase + "/count", "{}", "application/json").getStatusCode().value())
        .isEqualTo(403);
    assertThat(post("noivu", "/filter/" + chase + "/list", BODY, "application/hal+json").getStatusCode().value())
        .isEqualTo(200);
    ResponseEntity<String> badDate = post(UNIT_USER, "/filter/" + unitFilter + "/list",
        "{\"dueAfter\":\"không phải ngày\"}", "application/hal+json");
    assertThat(badDate.getStatusCode().value()).as(badDate.getBody()).isEqualTo(400);
    ResponseEntity<String> badSorting = post(UNIT_USER, "/filter/" + unitFilter + "/list",
        "{\"sorting\":[{\"sortBy\":\"khongco\",\"sortOrder\":\"desc\"}]}", "application/hal+json");
    assertThat(badSorting.getStatusCode().value()).as(badSorting.getBody()).isEqualTo(400);
  }
}
