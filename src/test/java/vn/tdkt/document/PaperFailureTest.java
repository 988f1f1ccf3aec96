package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;
import vn.tdkt.council.CouncilProcess;

/**
 * A paper that cannot be written is its own retried job: the council's tally it follows is kept.
 * The paper is made to fail as data can make it fail: the job points at a session that is not the
 * campaign's, until the administrator corrects it.
 */
class PaperFailureTest extends ProcessTest {

  @Test
  @DisplayName("Biên bản không lập được: phiếu đã kiểm vẫn giữ, việc lập biên bản thử lại rồi thành sự cố, sửa xong lập lại được")
  void aFailingPaperKeepsTheTally() {
    String code = Driver.newCode();
    String nominee = "Lê Thị Hoa " + code;
    steps.atCouncil(code, nominee);
    ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(code).singleResult();
    ProcessInstance council = steps.session(code);
    for (String member : Steps.COUNCIL) {
      steps.vote(member, code, nominee);
    }
    // the tally runs; the papers' job waits
    var jobs = engine.getManagementService().createJobQuery().processInstanceId(council.getId());
    for (int round = 0; round < 20 && jobs.activityId(CouncilProcess.Element.SESSION_PAPERS).count() == 0;
        round++) {
      for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    Object session = engine.getRuntimeService().getVariable(council.getId(), CouncilProcess.Var.SESSION_ID);
    engine.getRuntimeService().setVariable(council.getId(), CouncilProcess.Var.SESSION_ID, 0L);
    assertThatThrownBy(driver::runJobs).hasMessageContaining("không thuộc phong trào này");

    // the tally is recorded: the nominee passed, waiting for the chairman's decision
    assertThat(steps.nominationStatus(code, nominee)).isEqualTo("CHO_QUYET_DINH");
    Job papers = engine.getManagementService().createJobQuery()
        .processInstanceId(council.getId()).activityId(CouncilProcess.Element.SESSION_PAPERS)
        .singleResult();
    assertThat(papers.getRetries()).as("a retry cycle").isEqualTo(4);
    assertThat(papers.getExceptionMessage()).isNotBlank();

    engine.getManagementService().setJobRetries(papers.getId(), 1);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(papers.getId()));
    Incident incident = engine.getRuntimeService().createIncidentQuery()
        .configuration(papers.getId()).singleResult();
    assertThat(incident).as("an incident in Cockpit").isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(CouncilProcess.Element.SESSION_PAPERS);

    // fixed; the administrator retries the job: the papers are made and the chairman's task comes
    engine.getRuntimeService().setVariable(council.getId(), CouncilProcess.Var.SESSION_ID, session);
    engine.getManagementService().setJobRetries(papers.getId(), 1);
    engine.getManagementService().executeJob(papers.getId());
    driver.runJobs();
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(papers.getId()).count())
        .isZero();
    assertThat(engine.getRuntimeService().getVariable(campaign.getId(), CouncilProcess.Var.MINUTES_URL))
        .isNotNull();
    assertThat(engine.getRuntimeService().getVariable(campaign.getId(),
        CouncilProcess.Var.DECISION_DRAFT_URL)).isNotNull();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(campaign)
        .isWaitingAt(CampaignProcess.Element.SIGN_DECISION);
  }
}
