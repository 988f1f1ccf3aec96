package vn.tdkt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;
import vn.tdkt.system.HistoryTrail;

/**
 * The project's benchmark (not a test: run by {@code ./mvnw test -Dtest=Benchmark}). It counts the
 * SQL statements and writes of each step of a campaign on a real PostgreSQL (the embedded binaries
 * the tests use), and of the bare Camunda engine on the same server in the same run (a one-user-task
 * process, same history level) as the baseline, prints a table with each figure's ratio to the
 * baseline, and writes it as JSON to {@code target/benchmark.json}. Counts do not depend on the
 * machine's speed; nothing here asserts a time.
 */
@TestPropertySource(properties = {"spring.application.name=tdkt-benchmark", "tdkt.mail.batch-size=25"})
@Import(CountedDatabase.class)
class Benchmark extends ProcessTest {

  @Autowired SqlCount count;
  @Autowired EmbeddedPostgres postgres;

  String historyLevel;
  @LocalServerPort int port;
  static final Map<String, Object> extra = new LinkedHashMap<>();

  /** A launch at {@code units} units: SQL per unit and the time to the last mail and the last task. */
  record Scale(int units, long statementsPerUnit, long writesPerUnit, long msToLastMail,
      long msToLastRegistrationTask, long heapUsedMb, long heapMaxMb, long incidents) {}

  record Latency(String role, String user, int filters, long openTasks, long statementsPerList, double p50ms,
      double p95ms) {}

  record Throughput(int threads, int completions, double perSecond) {}

  /** Generated schools of the demo office, so that a plan for schools reaches exactly {@code n} units. */
  private void schools(int n) {
    var direct = new JdbcTemplate(postgres.getPostgresDatabase());
    int have = direct.queryForObject(
        "SELECT COUNT(*) FROM unit WHERE kind = 'TRUONG_HOC' AND active AND office_code = 'long-bien'", Integer.class);
    List<Object[]> rows = new ArrayList<>();
    for (int i = have; i < n; i++) {
      rows.add(new Object[] {"th-bench-" + i, "Trường đo tải số " + i, "th" + i + "@bench.example", "th-bench-" + i});
    }
    direct.batchUpdate("INSERT INTO unit (code, name, kind, email, focal_user_id, office_code)"
        + " VALUES (?, ?, 'TRUONG_HOC', ?, ?, 'long-bien')", rows);
  }

  /**
   * Launches a plan for {@code n} schools with the job executor running, as on a server, and waits
   * for the last launch mail and the last registration task (watched on a connection not counted).
   */
  private Scale scale(int n) throws Exception {
    schools(n);
    var direct = new JdbcTemplate(postgres.getPostgresDatabase());
    String code = Driver.newCode();
    driver.draft(Driver.plan(code, List.of("TRUONG_HOC"), List.of()));
    var jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    int mailsBefore = mail.getReceivedMessages().length;
    SqlCount.Figures before = count.now();
    long start = System.nanoTime();
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    jobs.start();
    long lastMail = -1;
    long lastTask = -1;
    long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
    try {
      while ((lastMail < 0 || lastTask < 0) && System.nanoTime() < deadline) {
        Thread.sleep(50);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (lastMail < 0 && mail.getReceivedMessages().length - mailsBefore >= n) {
          lastMail = ms;
        }
        if (lastTask < 0 && direct.queryForObject(
            "SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = ? AND name_ LIKE ?", Integer.class,
            ParticipationProcess.Element.REGISTER, "%" + code) >= n) {
          lastTask = ms;
        }
      }
      // what else the launch started (timers are not due): wait until no job is due
      while (System.nanoTime() < deadline && direct.queryForObject(
          "SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= now())"
              + " AND handler_type_ <> 'timer-transition' AND type_ <> 'timer'", Integer.class) > 0) {
        Thread.sleep(50);
      }
    } finally {
      jobs.shutdown();
    }
    SqlCount.Figures d = count.now().minus(before);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long incidents = direct.queryForObject("SELECT COUNT(*) FROM act_ru_incident", Long.class);
    return new Scale(n, d.statements() / n, d.writes() / n, lastMail, lastTask,
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, incidents);
  }

  /** A council session of {@code n} nominees, each member voting "agree with all but" one. */
  record LargeSession(int nominees, long ballotStatements, long ballotMs, long lastBallotStatements,
      long tallyAndMinutesMs, long decisionStatements, long decisionAndAnnexMs) {}

  private LargeSession largeSession(int n) {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    String unit = "mn-hoasua";
    steps.registerAndReport(unit, code);
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      names.add(String.format(Locale.ROOT, "Người Đo Tải %03d", i));
      steps.nominate(unit, code, "CA_NHAN", names.get(i - 1), "LDTT", i < n);
    }
    for (Task t : driver.tasks("noivu", code, NominationProcess.Element.APPRAISE)) {
      Map<String, Object> form = new java.util.HashMap<>();
      form.put(NominationProcess.Var.APPRAISAL_OUTCOME, NominationProcess.Outcome.ELIGIBLE);
      form.put(NominationProcess.Var.APPRAISAL_REASON, null);
      form.put(NominationProcess.Var.MISSING_ITEMS, null);
      driver.complete("noivu", t, form);
    }
    driver.runJobs();
    steps.openSession(code);
    List<String> members = Steps.COUNCIL;
    long ballotStatements = 0;
    long ballotMs = 0;
    long lastStatements = 0;
    long lastMs = 0;
    for (int i = 0; i < members.size(); i++) {
      SqlCount.Figures before = count.now();
      Map<String, Long> tables = count.byTable();
      long start = System.nanoTime();
      steps.ballotAllBut(members.get(i), code, List.of(names.get(i)), List.of(), List.of());
      driver.runJobs();
      long ms = (System.nanoTime() - start) / 1_000_000;
      long statements = count.now().minus(before).statements();
      if (i == 0) {
        ballotStatements = statements;
        ballotMs = ms;
      } else if (i == members.size() - 1) {
        lastStatements = statements;
        lastMs = ms;
        detail("last ballot, tally and minutes of " + n + " nominees", tables);
      }
    }
    SqlCount.Figures before = count.now();
    long start = System.nanoTime();
    steps.sign(code, code + "/QĐ-UBND");
    long signMs = (System.nanoTime() - start) / 1_000_000;
    return new LargeSession(n, ballotStatements, ballotMs, lastStatements, lastMs,
        count.now().minus(before).statements(), signMs);
  }

  /**
   * Each role's filters, listed as the Tasklist lists them: logged in to the Tasklist (its session
   * and CSRF token, not HTTP Basic), first page by creation date, HAL so that the filter's variables
   * come with each task.
   */
  private List<Latency> tasklistFilters() throws Exception {
    long open = engine.getTaskService().createTaskQuery().active().count();
    String unitUser = engine.getIdentityService().createUserQuery().memberOfGroup("unit-mn-hoasua").list().get(0).getId();
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("Nội vụ", "noivu");
    roles.put("Chủ tịch", "chutich");
    roles.put("Hội đồng", Steps.COUNCIL.get(1));
    roles.put("đơn vị", unitUser);
    List<Latency> result = new ArrayList<>();
    settle();
    // every role's lists warmed before any is measured, so that the first role measured is not the
    // one that pays for the JIT compiling the lists' code
    Map<String, TasklistSession> sessions = new LinkedHashMap<>();
    Map<String, JsonNode> filtersOf = new LinkedHashMap<>();
    for (var role : roles.entrySet()) {
      TasklistSession tasklist = TasklistSession.login("http://127.0.0.1:" + port, role.getValue());
      JsonNode filters = tasklist.send("GET", "/filter?resourceType=Task", null);
      sessions.put(role.getKey(), tasklist);
      filtersOf.put(role.getKey(), filters);
      for (int round = 0; round < 20; round++) {
        for (var filter : filters) {
          tasklist.list(filter.get("id").asText());
        }
      }
    }
    for (var role : roles.entrySet()) {
      TasklistSession tasklist = sessions.get(role.getKey());
      JsonNode filters = filtersOf.get(role.getKey());
      List<Double> times = new ArrayList<>();
      Map<String, Long> tables = count.byTable();
      boolean trace = Boolean.getBoolean("benchmark.trace");
      if (trace) {
        count.trace();
      }
      tasklist.list(filters.get(0).get("id").asText());
      detail("Tasklist list of " + filters.get(0).get("name").asText() + " (" + role.getValue() + ")", tables);
      if (trace) {
        count.untrace().forEach(sql -> System.out.println("  SQL " + sql));
      }
      SqlCount.Figures before = count.now();
      Map<String, List<Double>> byFilter = new LinkedHashMap<>();
      for (int round = 0; round < 60; round++) {
        for (var filter : filters) {
          long t = System.nanoTime();
          tasklist.list(filter.get("id").asText());
          if (round >= 10) {
            double ms = (System.nanoTime() - t) / 1e6;
            times.add(ms);
            byFilter.computeIfAbsent(filter.get("name").asText(), k -> new ArrayList<>()).add(ms);
          }
        }
      }
      byFilter.forEach((name, ms) -> {
        ms.sort(null);
        System.out.printf(Locale.ROOT, "Tasklist %s, filter \"%s\": p50 %.1f ms, p95 %.1f ms%n", role.getValue(),
            name, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1));
      });
      times.sort(null);
      long statements = count.now().minus(before).statements() / (60L * Math.max(1, filters.size()));
      result.add(new Latency(role.getKey(), role.getValue(), filters.size(), open, statements,
          times.isEmpty() ? 0 : times.get(times.size() / 2),
          times.isEmpty() ? 0 : times.get((int) Math.ceil(times.size() * 0.95) - 1)));
    }
    return result;
  }

  /**
   * Waits until the database is at rest after the launches: the statistics brought up to date (as
   * autovacuum does on a server within a minute of a large launch) and no autovacuum worker still
   * running, so that the lists are measured in the steady state a user meets, not against the
   * clean-up of thousands of new rows on the same two cores.
   */
  private void settle() throws Exception {
    try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("ANALYZE");
      for (int i = 0; i < 120; i++) {
        try (var r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")) {
          r.next();
          if (r.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(500);
      }
    }
  }

  /** Registrations of generated schools completed through the REST API by {@code threads} clients. */
  private Throughput completions(int threads, int total) throws Exception {
    List<String> ids = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(ParticipationProcess.Element.REGISTER).taskNameLike("%Trường đo tải%")
        .listPage(0, total).stream().map(Task::getId).toList();
    String auth = "Basic " + Base64.getEncoder().encodeToString(
        "admin:demo".getBytes(StandardCharsets.UTF_8));
    String body = TasklistSession.registrationForm();
    var http = HttpClient.newHttpClient();
    var next = new AtomicInteger();
    var failures = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
          try {
            var r = http.send(HttpRequest.newBuilder(URI.create(
                    base() + "/task/" + ids.get(i) + "/submit-form"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
              failures.incrementAndGet();
              System.out.println("completion refused: " + r.statusCode() + " " + r.body());
            }
          } catch (Exception e) {
            failures.incrementAndGet();
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(failures.get()).as("completions refused").isZero();
    return new Throughput(threads, ids.size(), ids.size() / seconds);
  }

  /**
   * A registration as the Tasklist makes it, logged in to the Tasklist as the unit's user: the task
   * opened (its form variables and its form), claimed, and its form submitted.
   */
  private List<Row> registerAsTheTasklist(String taskId, String unit) throws Exception {
    String user = engine.getIdentityService().createUserQuery().memberOfGroup("unit-" + unit).list().get(0).getId();
    TasklistSession tasklist = TasklistSession.login("http://127.0.0.1:" + port, user);
    SqlCount.Figures before = count.now();
    tasklist.send("GET", "/task/" + taskId + "/form-variables", null);
    tasklist.send("GET", "/task/" + taskId + "/deployed-form", null);
    Row open = row("registration: task opened", before, "task");
    before = count.now();
    tasklist.send("POST", "/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
    Row claim = row("registration: claimed", before, "task");
    before = count.now();
    Map<String, Long> tables = count.byTable();
    boolean trace = Boolean.getBoolean("benchmark.trace");
    if (trace) {
      count.trace();
    }
    tasklist.send("POST", "/task/" + taskId + "/submit-form", TasklistSession.registrationForm());
    Row submit = row("registration: form submitted", before, "task");
    if (trace) {
      count.untrace().forEach(sql -> System.out.println("  SQL " + sql));
    }
    detail("registration: form submitted", tables);
    return List.of(open, claim, submit);
  }

  private String base() {
    return "http://127.0.0.1:" + port + "/engine-rest";
  }

  private static void printScale(List<Scale> scales, List<Latency> filters, List<Throughput> completions,
      SqlCount.Figures bare) {
    StringBuilder out = new StringBuilder("\n");
    out.append(String.format(Locale.ROOT, "%-8s %12s %8s %8s %8s %10s %12s %12s %9s %9s%n", "units",
        "stmts/unit", "× bare", "w/unit", "× bare", "last mail", "last task", "heap used", "heap max", "incidents"));
    for (Scale s : scales) {
      out.append(String.format(Locale.ROOT, "%-8d %12d %8s %8d %8s %8.1f s %10.1f s %9d MB %6d MB %9d%n",
          s.units(), s.statementsPerUnit(), ratio(s.statementsPerUnit(), bare.statements()), s.writesPerUnit(),
          ratio(s.writesPerUnit(), bare.writes()), s.msToLastMail() / 1000.0,
          s.msToLastRegistrationTask() / 1000.0, s.heapUsedMb(), s.heapMaxMb(), s.incidents()));
    }
    out.append(String.format(Locale.ROOT, "%n%-10s %-12s %8s %10s %12s %8s %8s %8s%n", "role", "user", "filters",
        "open tasks", "stmts/list", "× bare", "p50", "p95"));
    for (Latency l : filters) {
      out.append(String.format(Locale.ROOT, "%-10s %-12s %8d %10d %12d %8s %5.1f ms %5.1f ms%n", l.role(),
          l.user(), l.filters(), l.openTasks(), l.statementsPerList(), ratio(l.statementsPerList(), bare.statements()),
          l.p50ms(), l.p95ms()));
    }
    out.append("\n");
    for (Throughput t : completions) {
      out.append(String.format(Locale.ROOT, "REST completions (submit-form, as the administrator), %d thread(s):"
          + " %.0f/s (%d registrations)%n", t.threads(), t.perSecond(), t.completions()));
    }
    System.out.println(out);
  }

  record Row(String step, long statements, long writes, String per) {}

  @Test
  void run() throws Exception {
    SqlCount.Figures bare = bareEngine();
    List<Row> rows = new ArrayList<>();

    String code = Driver.newCode();
    Map<String, Long> tables;
    SqlCount.Figures before = count.now();
    driver.draft(Driver.plan(code, List.of("PHUONG", "TRUONG_HOC", "PHONG_BAN"), List.of()));
    rows.add(row("draft plan", before, "campaign"));
    before = count.now();
    tables = count.byTable();
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    int units = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(ParticipationProcess.Element.REGISTER).list().size();
    assertThat(units).as("units launched").isPositive();
    SqlCount.Figures launch = count.now().minus(before);
    rows.add(new Row("launch, per unit (" + units + " units)", launch.statements() / units,
        launch.writes() / units, "unit"));
    detail("launch", tables);

    Task register = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(ParticipationProcess.Element.REGISTER).list().get(0);
    String unit = (String) engine.getTaskService().getVariable(register.getId(), CampaignProcess.Var.UNIT_CODE);
    rows.addAll(registerAsTheTasklist(register.getId(), unit));
    before = count.now();
    steps.report(unit, code);
    rows.add(row("report", before, "task"));

    String nominee = "Nguyễn Văn Đo Đếm";
    before = count.now();
    steps.nominate(unit, code, "CA_NHAN", nominee, "LDTT", false);
    rows.add(row("dossier", before, "dossier"));
    before = count.now();
    steps.appraise(code, nominee, NominationProcess.Outcome.ELIGIBLE, null, null);
    rows.add(row("appraisal", before, "dossier"));
    before = count.now();
    tables = count.byTable();
    steps.openSession(code);
    rows.add(row("disclosure and session opened", before, "session"));
    detail("disclosure and session opened", tables);
    List<String> members = Steps.COUNCIL;
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

    LargeSession large = largeSession(Integer.getInteger("benchmark.nominees", 300));
    extra.put("largeSession", large);

    List<Scale> scales = new ArrayList<>();
    for (String n : System.getProperty("benchmark.scale", "50,500,5000").split(",")) {
      if (!n.isBlank()) {
        scales.add(scale(Integer.parseInt(n.strip())));
      }
    }
    String explainOver = System.getProperty("benchmark.explain", "false");
    boolean explain = !explainOver.equals("false");
    if (explain) {
      explain(explainOver.equals("true") ? "10ms" : explainOver);
    }
    List<Latency> filters = tasklistFilters();
    if (explain) {
      explain("-1");
    }
    List<Throughput> completions = new ArrayList<>();
    for (String t : System.getProperty("benchmark.threads", "1,4").split(",")) {
      completions.add(completions(Integer.parseInt(t.strip()), 200));
    }
    printScale(scales, filters, completions, bare);
    System.out.printf(Locale.ROOT, "%nCouncil session of %d nominees: one ballot \"agree with all but\" %d statements,"
        + " %.1f s; last ballot, tally and minutes %d statements, %.1f s; decision with its annex %d statements,"
        + " %.1f s%n", large.nominees(), large.ballotStatements(), large.ballotMs() / 1000.0,
        large.lastBallotStatements(), large.tallyAndMinutesMs() / 1000.0, large.decisionStatements(),
        large.decisionAndAnnexMs() / 1000.0);
    extra.put("launches", scales);
    extra.put("tasklist", filters);
    extra.put("completions", completions);

    System.out.println("\nhistory level: " + historyLevel + ", removal time: "
        + ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getHistoryRemovalTimeStrategy());
    print(rows, bare);
    write(rows, bare, units, historyLevel);
  }

  /**
   * With {@code -Dbenchmark.explain=true}: the server logs the plan of every statement slower than
   * {@code minDuration} ({@code auto_explain}, in the log of the embedded server), "-1" to stop.
   */
  private void explain(String minDuration) throws Exception {
    try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("ALTER SYSTEM SET session_preload_libraries = 'auto_explain'");
      s.execute("ALTER SYSTEM SET auto_explain.log_min_duration = '" + minDuration + "'");
      s.execute("ALTER SYSTEM SET auto_explain.log_analyze = on");
      s.execute("SELECT pg_reload_conf()");
    }
    CountedDatabase.pool.getHikariPoolMXBean().softEvictConnections();
  }

  /** Where a step's statements went, by kind and table, most first. */
  private void detail(String step, Map<String, Long> before) {
    StringBuilder out = new StringBuilder("\n" + step + ", statements by kind and table:\n");
    count.since(before).stream().limit(25).forEach(e ->
        out.append(String.format(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey())));
    System.out.println(out);
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
    // the application's history level and removal-time strategy
    var app = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    var config = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    config.setCustomHistoryLevels(List.of(HistoryTrail.LEVEL));
    config.setHistoryRemovalTimeStrategy(app.getHistoryRemovalTimeStrategy());
    ProcessEngine bare = config
        .setProcessEngineName("bare-benchmark")
        .setDataSource(ds)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(app.getHistoryLevel().getName())
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    historyLevel = app.getHistoryLevel().getName();
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

  private static void write(List<Row> rows, SqlCount.Figures bare, int units, String historyLevel)
      throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("historyLevel", historyLevel);
    json.put("bare", Map.of("statements", bare.statements(), "writes", bare.writes()));
    json.put("units", units);
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Row r : rows) {
      steps.add(Map.of("step", r.step(), "statements", r.statements(), "writes", r.writes(),
          "per", r.per()));
    }
    json.put("steps", steps);
    json.putAll(extra);
    Path file = Path.of("target", "benchmark.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, new ObjectMapper()
        .writerWithDefaultPrettyPrinter().writeValueAsString(json));
  }
}
