package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.support.Driver;

/**
 * Two engine nodes (two application contexts with their job executors) on one PostgreSQL run a
 * campaign of 57 units: every job runs once, every unit gets one mail, nothing is duplicated.
 */
class TwoNodesIT {

  static EmbeddedPostgres postgres;
  static GreenMail smtp;
  static ConfigurableApplicationContext node1;
  static ConfigurableApplicationContext node2;

  static ConfigurableApplicationContext node(String name) {
    // command-line arguments: they take precedence over application.yaml, as on a server
    return new SpringApplicationBuilder(Application.class)
        .run(
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--server.port=0",
            "--spring.jmx.enabled=false",
            "--spring.application.name=" + name,
            "--tdkt.mail.capture.enabled=false",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--camunda.bpm.job-execution.max-wait=500",
            "--tdkt.demo.enabled=true");
  }

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    node1 = node("node-1");
    node2 = node("node-2");
  }

  @AfterAll
  static void stop() throws Exception {
    if (node2 != null) node2.close();
    if (node1 != null) node1.close();
    smtp.stop();
    postgres.close();
  }

  static void as(ProcessEngine engine, String user, Runnable action) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  @DisplayName("Hai nút engine trên một cơ sở dữ liệu: 57 đơn vị, mỗi đơn vị đúng một thư, không trùng, không sự cố")
  void twoNodesShareTheWork() throws Exception {
    JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
    for (int i = 1; i <= 40; i++) {
      jdbc.update("INSERT INTO unit (code, name, kind, email, focal_user_id) VALUES (?, ?, 'TRUONG_HOC', ?, ?)",
          "th-nut-" + i, "Trường thử nghiệm số " + i, "nut" + i + "@longbien.example", "th-nut-" + i);
    }
    ProcessEngine engine1 = node1.getBean(ProcessEngine.class);
    ProcessEngine engine2 = node2.getBean(ProcessEngine.class);
    assertThat(engine1.getRepositoryService().createDeploymentQuery().count()).as("the second node deployed nothing").isEqualTo(1);

    String code = "KH-2NUT-" + System.currentTimeMillis() % 100000;
    as(engine1, "noivu", () -> engine1.getFormService().submitStartForm(
        engine1.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CampaignProcess.KEY)
            .latestVersion().singleResult().getId(),
        Driver.plan(code, List.of("PHUONG", "TRUONG_HOC"), List.of())));
    as(engine2, "chutich", () -> {
      Task approval = engine2.getTaskService().createTaskQuery().processInstanceBusinessKey(code).singleResult();
      engine2.getTaskService().claim(approval.getId(), "chutich");
      engine2.getFormService().submitTaskForm(approval.getId(),
          Variables.createVariables().putValue(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    });

    // while both job executors send the launch mails, units register on one node or the other:
    // none of them meets an optimistic-locking failure
    long launched = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < launched && engine1.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(code).taskDefinitionKey("UserTask_DangKyThiDua").count() < 57) {
      Thread.sleep(100);
    }
    List<String> wards = List.of("p-bode", "p-cukhoi", "p-ducgiang", "p-giathuy", "p-giangbien", "p-longbien",
        "p-ngoclam", "p-ngocthuy", "p-phucdong", "p-phucloi");
    for (int i = 0; i < wards.size(); i++) {
      ProcessEngine engine = i % 2 == 0 ? engine1 : engine2;
      String ward = wards.get(i);
      as(engine, ward, () -> {
        Task register = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
            .taskDefinitionKey("UserTask_DangKyThiDua").singleResult();
        engine.getTaskService().claim(register.getId(), ward);
        engine.getFormService().submitTaskForm(register.getId(), Variables.createVariables()
            .putValue("activityName", "Lễ báo công").putValue("activityKind", "LE_BAO_CONG")
            .putValue("activityDate", java.time.LocalDate.now().plusDays(3).toString()));
      });
    }

    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline
        && (smtp.getReceivedMessages().length < 57
            || engine1.getManagementService().createJobQuery().executable().count() > 0)) {
      Thread.sleep(500);
    }
    Map<String, Integer> perUnit = new TreeMap<>();
    for (Message m : smtp.getReceivedMessages()) {
      perUnit.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
    }
    assertThat(perUnit).hasSize(57);
    assertThat(perUnit.values()).as("exactly one launch mail per unit").containsOnly(1);
    assertThat(engine1.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(engine1.getManagementService().createJobQuery().withException().count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participation p JOIN campaign c ON c.id = p.campaign_id"
        + " WHERE c.code = ?", Integer.class, code)).isEqualTo(57);
    assertThat(engine2.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey("UserTask_DangKyThiDua").count()).isEqualTo(47);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participation p JOIN campaign c ON c.id = p.campaign_id"
        + " WHERE c.code = ? AND p.registered_at IS NOT NULL", Integer.class, code)).isEqualTo(10);
  }
}
