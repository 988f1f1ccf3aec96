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
}
