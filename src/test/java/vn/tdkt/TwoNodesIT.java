package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.Nodes;

/**
 * Two engine nodes (two application contexts with their job executors) on one PostgreSQL run a
 * campaign of 57 units: every job runs once, every unit gets one mail, nothing is duplicated.
 */
class TwoNodesIT {

  static Nodes nodes;
  static GreenMail smtp;
  static ConfigurableApplicationContext node1;
  static ConfigurableApplicationContext node2;

  @BeforeAll
  static void start() throws Exception {
    nodes = new Nodes();
    smtp = nodes.smtp;
    node1 = nodes.start(true);
    node2 = nodes.start(true);
  }

  @AfterAll
  static void stop() throws Exception {
    if (node2 != null) node2.close();
    if (node1 != null) node1.close();
    nodes.close();
  }

  @Test
  @DisplayName("Hai nút engine trên một cơ sở dữ liệu: 57 đơn vị, mỗi đơn vị đúng một thư, không trùng, không sự cố")
  void twoNodesShareTheWork() throws Exception {
    JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
    for (int i = 1; i <= 40; i++) {
      jdbc.update("INSERT INTO unit (code, name, kind, email, focal_user_id, office_code)"
          + " VALUES (?, ?, 'TRUONG_HOC', ?, ?, 'long-bien')",
          "th-nut-" + i, "Trường thử nghiệm số " + i, "nut" + i + "@longbien.example", "th-nut-" + i);
    }
    ProcessEngine engine1 = node1.getBean(ProcessEngine.class);
    ProcessEngine engine2 = node2.getBean(ProcessEngine.class);
    assertThat(engine1.getRepositoryService().createDeploymentQuery().count()).as("the second node deployed nothing: the processes and the office's plan forms").isEqualTo(2);

    String code = "KH-2NUT-" + System.currentTimeMillis() % 100000;
    Nodes.as(engine1, "noivu", () -> engine1.getFormService().submitStartForm(
        engine1.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CampaignProcess.KEY)
            .latestVersion().singleResult().getId(),
        Driver.plan(code, List.of("PHUONG", "TRUONG_HOC"), List.of())));
    Nodes.as(engine2, "chutich", () -> {
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
      Nodes.as(engine, ward, () -> {
        Task register = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
            .taskDefinitionKey("UserTask_DangKyThiDua").singleResult();
        engine.getTaskService().claim(register.getId(), ward);
        engine.getFormService().submitTaskForm(register.getId(), Variables.createVariables()
            .putValue("activityName", "Lễ báo công").putValue("activityKind", "LE_BAO_CONG")
            .putValue("activityDate", vn.tdkt.support.Steps.today().plusDays(3).toString()));
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
