package vn.tdkt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

/**
 * The project's benchmark (not a test: run by {@code ./mvnw test -Dtest=Benchmark}). It counts the
 * SQL statements and writes of each step of a campaign on a real PostgreSQL (the embedded binaries
 * the tests use), and of the bare Camunda engine on the same server in the same run (a one-user-task
 * process, same history level) as the baseline, prints a table with each figure's ratio to the
 * baseline, and writes it as JSON to {@code target/benchmark.json}. Counts do not depend on the
 * machine's speed; nothing here asserts a time.
 */
@TestPropertySource(properties = "spring.application.name=tdkt-benchmark")
@Import(CountedDatabase.class)
class Benchmark extends ProcessTest {

  @Autowired SqlCount count;
  @Autowired EmbeddedPostgres postgres;

  record Row(String step, long statements, long writes, String per) {}

  @Test
  void run() throws Exception {
    SqlCount.Figures bare = bareEngine();
    List<Row> rows = new ArrayList<>();

    String code = Driver.newCode();
    SqlCount.Figures before = count.now();
    driver.draft(Driver.plan(code, List.of("PHUONG", "TRUONG_HOC", "PHONG_BAN"), List.of()));
    rows.add(row("draft plan", before, "campaign"));
    before = count.now();
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    int units = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(ParticipationProcess.Element.REGISTER).list().size();
    assertThat(units).as("units launched").isPositive();
    SqlCount.Figures launch = count.now().minus(before);
    rows.add(new Row("launch, per unit (" + units + " units)", launch.statements() / units,
        launch.writes() / units, "unit"));

    Task register = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(ParticipationProcess.Element.REGISTER).list().get(0);
    String unit = (String) engine.getTaskService().getVariable(register.getId(), CampaignProcess.Var.UNIT_CODE);
    before = count.now();
    steps.register(unit, code);
    rows.add(row("registration", before, "task"));
    before = count.now();
    steps.report(unit, code);
    rows.add(row("report", before, "task"));

    String nominee = "Nguyễn Văn Đo Đếm";
    before = count.now();
    steps.nominate(unit, code, "CA_NHAN", nominee, "LDTT", false);
    rows.add(row("dossier", before, "dossier"));
    before = count.now();
    steps.appraise(code, nominee, vn.tdkt.nomination.NominationProcess.Outcome.ELIGIBLE, null, null);
    rows.add(row("appraisal", before, "dossier"));
    before = count.now();
    steps.openSession(code);
    rows.add(row("disclosure and session opened", before, "session"));
    List<String> members = vn.tdkt.support.Steps.COUNCIL;
    for (int i = 0; i < members.size(); i++) {
      before = count.now();
      steps.vote(members.get(i), code, nominee);
      driver.runJobs();
      if (i == 0) {
        rows.add(row("ballot (one member, one nominee)", before, "ballot"));
      } else if (i == members.size() - 1) {
        rows.add(row("last ballot, tally and minutes", before, "session"));
      }
    }
    before = count.now();
    steps.sign(code, code + "/QĐ-UBND");
    rows.add(row("decision, registry, paper, mails", before, "decision"));

    print(rows, bare);
    write(rows, bare, units);
  }

  private Row row(String step, SqlCount.Figures before, String per) {
    SqlCount.Figures d = count.now().minus(before);
    return new Row(step, d.statements(), d.writes(), per);
  }

  /**
   * The bare engine on its own database of the same server: deploy a one-user-task process, then
   * start an instance and complete its task (full history), counted.
   */
  private SqlCount.Figures bareEngine() throws Exception {
    try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS bare");
      s.execute("CREATE DATABASE bare");
    }
    SqlCount bareCount = new SqlCount();
    DataSource ds = bareCount.wrap(postgres.getDatabase("postgres", "bare"));
    ProcessEngine bare = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("bare-benchmark")
        .setDataSource(ds)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    try {
      bare.getRepositoryService().createDeployment().addModelInstance("bare.bpmn",
          Bpmn.createExecutableProcess("bare").camundaHistoryTimeToLive(1)
              .startEvent().userTask("task").endEvent().done()).deploy();
      SqlCount.Figures before = bareCount.now();
      String id = bare.getRuntimeService().startProcessInstanceByKey("bare").getId();
      Task task = bare.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
      bare.getTaskService().complete(task.getId());
      return bareCount.now().minus(before);
    } finally {
      bare.close();
    }
  }

  private static String ratio(long value, long base) {
    return base == 0 ? "-" : String.format(Locale.ROOT, "%.1f×", (double) value / base);
  }

  private static void print(List<Row> rows, SqlCount.Figures bare) {
    StringBuilder out = new StringBuilder("\n");
    out.append(String.format(Locale.ROOT, "%-34s %11s %7s %9s %9s%n", "step", "statements", "writes",
        "× bare", "w × bare"));
    out.append(String.format(Locale.ROOT, "%-34s %11d %7d %9s %9s%n", "bare engine: one-task instance",
        bare.statements(), bare.writes(), "1.0×", "1.0×"));
    for (Row r : rows) {
      out.append(String.format(Locale.ROOT, "%-34s %11d %7d %9s %9s%n", r.step(), r.statements(),
          r.writes(), ratio(r.statements(), bare.statements()), ratio(r.writes(), bare.writes())));
    }
    System.out.println(out);
  }

  private static void write(List<Row> rows, SqlCount.Figures bare, int units) throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bare", Map.of("statements", bare.statements(), "writes", bare.writes()));
    json.put("units", units);
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Row r : rows) {
      steps.add(Map.of("step", r.step(), "statements", r.statements(), "writes", r.writes(),
          "per", r.per()));
    }
    json.put("steps", steps);
    Path file = Path.of("target", "benchmark.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper()
        .writerWithDefaultPrettyPrinter().writeValueAsString(json));
  }
}
