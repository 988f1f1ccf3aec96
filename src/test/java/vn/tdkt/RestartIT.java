package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.Nodes;

/** The application stops in the middle of the launch fan-out and starts again on the same database. */
class RestartIT {

  static Nodes nodes;
  static GreenMail smtp;

  @BeforeAll
  static void startServers() throws Exception {
    nodes = new Nodes();
    smtp = nodes.smtp;
  }

  @AfterAll
  static void stopServers() throws Exception {
    nodes.close();
  }

  @Test
  @DisplayName("Dừng ứng dụng giữa lúc gửi thư phát động, khởi động lại: phong trào tiếp tục, mỗi đơn vị đúng một thư")
  void campaignContinuesAfterRestart() throws Exception {
    String code = "KH-KDL-" + System.currentTimeMillis() % 100000;
    ConfigurableApplicationContext first = nodes.start(false);
    try {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      Nodes.as(engine, "noivu", () -> engine.getFormService().submitStartForm(
          engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CampaignProcess.KEY)
              .latestVersion().singleResult().getId(),
          Driver.plan(code, List.of("PHUONG", "PHONG_BAN", "DOAN_THE", "TRUONG_HOC"), List.of())));
      Nodes.as(engine, "chutich", () -> {
        Task approval = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).singleResult();
        engine.getTaskService().claim(approval.getId(), "chutich");
        engine.getFormService().submitTaskForm(approval.getId(),
            Variables.createVariables().putValue(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
      });
      engine.getManagementService().executeJob(
          engine.getManagementService().createJobQuery().activityId(CampaignProcess.Element.LAUNCH).singleResult().getId());
      engine.getManagementService().executeJob(
          engine.getManagementService().createJobQuery().activityId(CampaignProcess.Element.NOTIFY_UNITS).singleResult().getId());
      // the step queued one mail per unit, in batches of five: one job each, not exclusive
      List<Job> batches = engine.getManagementService().createJobQuery().executable()
          .activityId(CampaignProcess.Element.NOTIFY_UNITS).list();
      assertThat(batches).hasSize(5);
      for (Job job : batches.subList(0, 2)) {
        engine.getManagementService().executeJob(job.getId());
      }
      assertThat(smtp.getReceivedMessages()).hasSize(10);
    } finally {
      first.close(); // the server stops in the middle of the fan-out
    }

    ConfigurableApplicationContext second = nodes.start(true);
    try {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      long deadline = System.currentTimeMillis() + 60_000;
      while (System.currentTimeMillis() < deadline
          && (smtp.getReceivedMessages().length < 23
              || engine.getManagementService().createJobQuery().executable().count() > 0)) {
        Thread.sleep(300);
      }
      Map<String, Integer> perUnit = new TreeMap<>();
      for (Message m : smtp.getReceivedMessages()) {
        perUnit.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
      }
      assertThat(perUnit).hasSize(23);
      assertThat(perUnit.values()).as("exactly one launch mail per unit").containsOnly(1);
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed again: the processes and the office's plan forms").isEqualTo(2);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
          .taskDefinitionKey("UserTask_DangKyThiDua").count()).isEqualTo(23);
    } finally {
      second.close();
    }
  }
}
