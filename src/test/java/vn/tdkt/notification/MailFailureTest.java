package vn.tdkt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class MailFailureTest extends ProcessTest {

  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void restoreAddress() {
    jdbc.update("UPDATE unit SET email = 'mnhoasua@longbien.example' WHERE code = 'mn-hoasua'");
  }

  @Test
  @DisplayName("Một địa chỉ hỏng: các đơn vị khác vẫn nhận đúng một thư; thư hỏng thử lại theo chu kỳ, hết lượt thì thành sự cố, sửa xong gửi lại được")
  void oneBadAddressBecomesAnIncidentAndNothingElseIsRepeated(
      org.springframework.boot.test.system.CapturedOutput output) throws Exception {
    mail.purgeEmailFromAllMailboxes();
    jdbc.update("UPDATE unit SET email = 'khong hop le@@' WHERE code = 'mn-hoasua'");
    String code = Driver.newCode();
    driver.draft(Driver.plan(code, List.of("TRUONG_HOC"), List.of()));
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        java.util.Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    // the launch job, then one job per unit's mail (jobs that fail are due again in 10 minutes)
    for (int attempt = 0; attempt < 3; attempt++) {
      for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
          // the bad address; the engine records the failure on the job
        }
      }
    }
    assertThat(Driver.recipients(mail.getReceivedMessages()))
        .containsExactlyInAnyOrder("thngocthuy@longbien.example", "chuvanan@longbien.example");

    Job failing = engine.getManagementService().createJobQuery().withException().singleResult();
    assertThat(failing.getRetries()).as("a retry cycle, not three immediate failures").isEqualTo(4);
    assertThat(failing.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 9 * 60_000));
    assertThat(failing.getExceptionMessage()).contains("khong hop le");

    engine.getManagementService().setJobRetries(failing.getId(), 1);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(failing.getId()));
    Incident incident = engine.getRuntimeService().createIncidentQuery().configuration(failing.getId())
        .singleResult();
    assertThat(incident).as("an incident in Cockpit").isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(CampaignProcess.Element.NOTIFY_UNITS);

    // every log line of a process step names the campaign and the process instance
    String instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(code).singleResult().getId();
    assertThat(output.getOut())
        .containsPattern(java.util.regex.Pattern.quote("[" + code + "] [" + instance + "]") + ".*Mail launch sent");

    // the administrator fixes the address and retries the incident's job
    jdbc.update("UPDATE unit SET email = 'mnhoasua@longbien.example' WHERE code = 'mn-hoasua'");
    engine.getManagementService().setJobRetries(failing.getId(), 1);
    engine.getManagementService().executeJob(failing.getId());
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(failing.getId()).count())
        .isZero();
    assertThat(Driver.recipients(mail.getReceivedMessages()))
        .containsExactlyInAnyOrder("thngocthuy@longbien.example", "chuvanan@longbien.example",
            "mnhoasua@longbien.example");
  }

  @Test
  @DisplayName("Máy chủ thư ngừng giữa lúc gửi thư phát động: các lô không phải chờ nhau, lô hỏng thử lại theo chu kỳ; mỗi đơn vị đúng một thư, chạy lại lô cũng không gửi lại")
  void smtpOutageInTheMiddleOfTheFanOut() throws Exception {
    mail.purgeEmailFromAllMailboxes();
    String code = Driver.newCode();
    driver.draft(Driver.plan(code, List.of("PHUONG", "PHONG_BAN", "DOAN_THE", "TRUONG_HOC"), List.of()));
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        java.util.Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    String instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(code).singleResult().getId();
    var jobs = engine.getManagementService();
    jobs.executeJob(jobs.createJobQuery().processInstanceId(instance)
        .activityId(CampaignProcess.Element.LAUNCH).singleResult().getId());
    jobs.executeJob(jobs.createJobQuery().processInstanceId(instance)
        .activityId(CampaignProcess.Element.NOTIFY_UNITS).singleResult().getId());
    long campaignId = jdbc.queryForObject("SELECT id FROM campaign WHERE code = ?", Long.class, code);
    int units = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE campaign_id = ?", Integer.class, campaignId);
    assertThat(units).as("every unit of the four kinds").isGreaterThan(10);

    List<Job> batches = jobs.createJobQuery().processInstanceId(instance)
        .activityId(CampaignProcess.Element.NOTIFY_UNITS).list();
    assertThat(batches).hasSize((units + 4) / 5);
    assertThat(batches).allSatisfy(job -> assertThat(
        ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).isExclusive())
        .as("a batch does not wait for the others of its instance").isFalse());

    jobs.executeJob(batches.get(0).getId());
    List<jakarta.mail.Message> received = new java.util.ArrayList<>(launchMails(code));
    assertThat(received).hasSize(5);

    mail.stop(); // the SMTP server goes down in the middle of the fan-out
    Job failed = batches.get(1);
    assertThatThrownBy(() -> jobs.executeJob(failed.getId()));
    Job retried = jobs.createJobQuery().jobId(failed.getId()).singleResult();
    assertThat(retried.getRetries()).as("a retry cycle, not three immediate failures").isEqualTo(4);
    assertThat(retried.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 9 * 60_000));
    assertThat(retried.getExceptionMessage()).contains("5 of 5 mails");

    mail.start(); // the server is back (with an empty store: what it got before is kept above); the failed batch waits for its next attempt, the others go on
    for (Job job : batches.subList(2, batches.size())) {
      jobs.executeJob(job.getId());
    }
    jobs.setJobDuedate(failed.getId(), new java.util.Date());
    jobs.executeJob(failed.getId());
    assertThat(jobs.createJobQuery().processInstanceId(instance)
        .activityId(CampaignProcess.Element.NOTIFY_UNITS).count()).isZero();

    // a batch that runs again (a node that died after sending, before its job was done) sends nothing
    MailOutbox outbox = applicationContext.getBean(MailOutbox.class);
    for (String batch : jdbc.queryForList(
        "SELECT DISTINCT batch_id FROM mail_outbox WHERE campaign_id = ?", String.class, campaignId)) {
      outbox.deliver(batch, instance);
    }

    received.addAll(launchMails(code));
    java.util.Map<String, Integer> perUnit = new java.util.TreeMap<>();
    for (jakarta.mail.Message m : received) {
      perUnit.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
    }
    assertThat(perUnit).hasSize(units);
    assertThat(perUnit.values()).as("exactly one launch mail per unit").containsOnly(1);
    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM sent_mail WHERE campaign_id = ? AND outbox_id IS NOT NULL", Integer.class, campaignId))
        .isEqualTo(units);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  @Autowired org.springframework.context.ApplicationContext applicationContext;

  private List<jakarta.mail.Message> launchMails(String code) throws Exception {
    List<jakarta.mail.Message> found = new java.util.ArrayList<>();
    for (jakarta.mail.Message m : mail.getReceivedMessages()) {
      if (m.getSubject().contains(code)) {
        found.add(m);
      }
    }
    return found;
  }
}
