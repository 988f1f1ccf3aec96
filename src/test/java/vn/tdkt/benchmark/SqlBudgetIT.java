package vn.tdkt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

/**
 * The SQL a unit's registration costs, held to the benchmark's budget in the build: statements
 * are counted exactly (the same counter as the benchmark's), so the figure does not depend on the
 * machine and a change that adds statements to this step fails here, not only in the next
 * benchmark run. Its context counts statements, so it is one of its own: it runs with the
 * integration tests, each in a context closed after it (two engines of one name in one JVM would
 * share the engine registry the REST API reads).
 */
@TestPropertySource(properties = {"spring.application.name=tdkt-benchmark", "tdkt.mail.batch-size=25"})
@Import(CountedDatabase.class)
@DirtiesContext
class SqlBudgetIT extends ProcessTest {

  /** Statements of one registration submitted from the Tasklist (issue: at most 60). */
  static final int REGISTRATION_STATEMENTS = 60;

  @Autowired SqlCount count;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  @DisplayName("Đơn vị gửi đăng ký thi đua từ Tasklist: không quá 60 câu lệnh SQL, không tìm sự cố của hẹn giờ"
      + " còn lượt thử, không tìm quyền trên việc vừa tạo; đăng ký nằm trong bảng, chỉ tên hoạt động còn là biến")
  void aRegistrationFromTheTasklistStaysWithinItsBudget() throws Exception {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    String unit = "th-ngocthuy";
    String user = engine.getIdentityService().createUserQuery().memberOfGroup("unit-" + unit).list().get(0).getId();
    Task register = driver.task(user, code, ParticipationProcess.Element.REGISTER);
    TasklistSession tasklist = TasklistSession.login("http://127.0.0.1:" + port, user);
    // opened (as the Tasklist opens it: its form's variables), then claimed
    tasklist.send("GET", "/task/" + register.getId() + "/form-variables", null);
    tasklist.send("POST", "/task/" + register.getId() + "/claim", "{\"userId\":\"" + user + "\"}");

    SqlCount.Figures before = count.now();
    count.trace();
    tasklist.send("POST", "/task/" + register.getId() + "/submit-form", TasklistSession.registrationForm());
    List<String> sql = count.untrace();
    long statements = count.now().minus(before).statements();

    assertThat(statements).as("statements of the registration's submit:%n%s", String.join("\n", sql))
        .isLessThanOrEqualTo(REGISTRATION_STATEMENTS);
    // the registration task's two timers are deleted with their retries left: no incident to look for
    assertThat(sql).noneMatch(s -> s.toUpperCase(java.util.Locale.ROOT).contains("FROM ACT_RU_INCIDENT"));
    // the report and nomination tasks are new: no grant on them to look for, one grant each
    assertThat(sql).noneMatch(s -> s.startsWith("SELECT * FROM ACT_RU_AUTHORIZATION WHERE TYPE_ = ? AND GROUP_ID_"));
    String instance = register.getProcessInstanceId();
    List<Task> next = engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
    assertThat(next).extracting(Task::getTaskDefinitionKey)
        .contains(ParticipationProcess.Element.REPORT, ParticipationProcess.Element.NOMINATE);
    for (Task task : next) {
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("unit-" + unit)
          .resourceType(Resources.TASK).resourceId(task.getId()).count())
          .as("grants of %s to the unit", task.getName()).isEqualTo(1);
    }

    // the registration is in its table; of the form only the activity's name stays a variable
    Map<String, Object> row = jdbc.queryForMap("SELECT p.activity_name, p.activity_kind, p.activity_date"
        + " FROM participation p JOIN campaign c ON c.id = p.campaign_id WHERE c.code = ? AND p.unit_code = ?",
        code, unit);
    assertThat(row.get("activity_kind")).isEqualTo("LE_BAO_CONG");
    assertThat(row.get("activity_date")).isNotNull();
    Map<String, Object> variables = engine.getRuntimeService().getVariables(instance);
    assertThat(variables).containsEntry(ParticipationProcess.Var.ACTIVITY_NAME, row.get("activity_name"))
        .doesNotContainKeys(ParticipationProcess.Var.REGISTRATION_FORM_ONLY.toArray(String[]::new));
    // what was submitted stays in the history
    HistoricVariableInstance kind = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance).variableName(ParticipationProcess.Var.ACTIVITY_KIND).includeDeleted().singleResult();
    assertThat(kind.getValue()).isEqualTo("LE_BAO_CONG");
  }

  /** Statements of one filter's list as the Tasklist shows it (a page, its count, its variables). */
  static final int FILTER_LIST_STATEMENTS = 7;

  @Test
  @DisplayName("Một danh sách việc của Tasklist: bộ lọc được đọc và kiểm quyền một lần, không quá 7 câu lệnh SQL")
  void aTasklistListReadsItsFilterOnce() throws Exception {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    String user = engine.getIdentityService().createUserQuery().memberOfGroup("unit-th-ngocthuy").list().get(0).getId();
    TasklistSession tasklist = TasklistSession.login("http://127.0.0.1:" + port, user);
    String filter = null;
    for (var f : tasklist.send("GET", "/filter?resourceType=Task", null)) {
      if (f.get("name").asText().equals("Việc của đơn vị")) {
        filter = f.get("id").asText();
      }
    }
    assertThat(filter).isNotNull();
    tasklist.list(filter);

    SqlCount.Figures before = count.now();
    count.trace();
    var page = tasklist.list(filter);
    List<String> sql = count.untrace();
    long statements = count.now().minus(before).statements();

    assertThat(page.get("count").asLong()).isPositive();
    assertThat(statements).as("statements of a filter's list:%n%s", String.join("\n", sql))
        .isLessThanOrEqualTo(FILTER_LIST_STATEMENTS);
    assertThat(sql.stream().filter(s -> s.toUpperCase(java.util.Locale.ROOT).contains("FROM ACT_RU_FILTER")))
        .as("the filter is read once:%n%s", String.join("\n", sql)).hasSize(1);
    // one command: whether the user has revoked permissions is asked once, not once per command
    assertThat(sql.stream().filter(s -> s.contains("WHERE TYPE_ = 2")))
        .as("revoke checks:%n%s", String.join("\n", sql)).hasSize(1);
  }
}
