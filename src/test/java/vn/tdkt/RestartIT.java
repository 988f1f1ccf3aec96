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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.support.Driver;

/** The application stops in the middle of the launch fan-out and starts again on the same database. */
class RestartIT {

  static EmbeddedPostgres postgres;
  static GreenMail smtp;

  static ConfigurableApplicationContext start(boolean jobExecutor) {
    return new SpringApplicationBuilder(Application.class)
        .run(
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--server.port=0",
            "--spring.jmx.enabled=false",
            "--tdkt.mail.capture.enabled=false",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--camunda.bpm.job-execution.enabled=" + jobExecutor,
            "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--camunda.bpm.job-execution.max-wait=500",
            "--tdkt.demo.enabled=true");
  }

  @BeforeAll
  static void startServers() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterAll
  static void stopServers() throws Exception {
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
  @DisplayName("Dừng ứng dụng giữa lúc gửi thư phát động, khởi động lại: phong trào tiếp tục, mỗi đơn vị đúng một thư")
  void campaignContinuesAfterRestart() throws Exception {
    String code = "KH-KDL-" + System.currentTimeMillis() % 100000;
    ConfigurableApplicationContext first = start(false);
    try {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      as(engine, "noivu", () -> engine.getFormService().submitStartForm(
          engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CampaignProcess.KEY)
              .latestVersion().singleResult().getId(),
          Driver.plan(code, List.of("PHUONG", "PHONG_BAN", "DOAN_THE", "TRUONG_HOC"), List.of())));
      as(engine, "chutich", () -> {
        Task approval = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).singleResult();
        engine.getTaskService().claim(approval.getId(), "chutich");
        engine.getFormService().submitTaskForm(approval.getId(),
            Variables.createVariables().putValue(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
      });
      engine.getManagementService().executeJob(
          engine.getManagementService().createJobQuery().activityId(CampaignProcess.Element.LAUNCH).singleResult().getId());
      List<Job> mails = engine.getManagementService().createJobQuery().executable()
          .activityId(CampaignProcess.Element.NOTIFY_UNITS).list();
      assertThat(mails).hasSize(23);
      for (Job job : mails.subList(0, 8)) {
        engine.getManagementService().executeJob(job.getId());
      }
      assertThat(smtp.getReceivedMessages()).hasSize(8);
    } finally {
      first.close(); // the server stops in the middle of the fan-out
    }

    ConfigurableApplicationContext second = start(true);
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
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed again").isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
          .taskDefinitionKey("UserTask_DangKyThiDua").count()).isEqualTo(23);
    } finally {
      second.close();
    }
  }
}
