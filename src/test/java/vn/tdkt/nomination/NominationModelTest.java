package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.nomination.NominationProcess.Element.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Calls;
import vn.tdkt.support.ModelEngine;

/** The dossier's model alone: appraisal, return for supplement, the outcomes; services replaced. */
@Deployment(resources = "bpm/processes/nomination-process.bpmn")
class NominationModelTest extends ModelEngine {

  static final Date TEN_WORKING_DAYS = new Date(2_000_000_000_000L);
  static final Date SUPPLEMENT_DUE = new Date(2_000_400_000_000L);

  final Calls calls = new Calls();

  @BeforeEach
  void services() {
    calls
        .bean("deadlines", deadlines(TEN_WORKING_DAYS))
        .delegates("supplementNominationDelegate", "sendMailDelegate")
        .delegate("recordAppraisalDelegate", e -> {
          if (NominationProcess.Outcome.SUPPLEMENT.equals(e.getVariable(NominationProcess.Var.APPRAISAL_OUTCOME))) {
            e.setVariable(NominationProcess.Var.SUPPLEMENT_DUE, SUPPLEMENT_DUE);
          }
        });
  }

  ProcessInstance unitSubmits() {
    return runtimeService().startProcessInstanceByKey(NominationProcess.KEY, "KH-01", Map.of(
        CampaignProcess.Var.CAMPAIGN_CODE, "KH-01",
        ParticipationProcess.Var.UNIT_NAME, "Trường Mầm non Hoa Sữa",
        ParticipationProcess.Var.UNIT_GROUP, "unit-mn-hoasua",
        NominationProcess.Var.NOMINEE_NAME, "Nguyễn Thị Lan"));
  }

  void appraise(String outcome) {
    complete(task(APPRAISE), withVariables(NominationProcess.Var.APPRAISAL_OUTCOME, outcome));
  }

  @Test
  @DisplayName("Hồ sơ đủ điều kiện: chờ xét, không thư nào gửi đi")
  void eligibleDossierWaitsForTheCouncil() {
    ProcessInstance dossier = unitSubmits();
    assertThat(task(APPRAISE)).hasCandidateGroup("noi-vu").hasDueDate(TEN_WORKING_DAYS)
        .hasName("Thẩm định hồ sơ – Nguyễn Thị Lan – Trường Mầm non Hoa Sữa – KH-01");
    appraise(NominationProcess.Outcome.ELIGIBLE);
    assertThat(dossier).isEnded().hasPassed(ELIGIBLE_END);
    assertThat(calls.delegateLog()).containsExactly("recordAppraisalDelegate");
  }

  @Test
  @DisplayName("Trả lại để bổ sung: đơn vị nhận thư và việc bổ sung, hồ sơ bổ sung được thẩm định lại")
  void returnedDossierIsSupplementedAndAppraisedAgain() {
    ProcessInstance dossier = unitSubmits();
    appraise(NominationProcess.Outcome.SUPPLEMENT);
    runJobs(NOTIFY_SUPPLEMENT);
    assertThat(task(SUPPLEMENT)).hasCandidateGroup("unit-mn-hoasua").hasDueDate(SUPPLEMENT_DUE);
    complete(task(SUPPLEMENT));
    assertThat(dossier).isWaitingAt(APPRAISE);
    appraise(NominationProcess.Outcome.ELIGIBLE);
    assertThat(dossier).isEnded().hasPassed(ELIGIBLE_END);
    assertThat(calls.delegateLog()).containsExactly("recordAppraisalDelegate",
        "sendMailDelegate:supplement-request", "supplementNominationDelegate", "recordAppraisalDelegate");
  }

  @Test
  @DisplayName("Không đủ điều kiện: đơn vị được báo qua thư, hồ sơ dừng")
  void ineligibleDossierEndsWithAMail() {
    ProcessInstance dossier = unitSubmits();
    appraise(NominationProcess.Outcome.NOT_ELIGIBLE);
    assertThat(dossier).isWaitingAt(NOTIFY_NOT_ELIGIBLE);
    runJobs(NOTIFY_NOT_ELIGIBLE);
    assertThat(dossier).isEnded().hasPassed(NOT_ELIGIBLE_END);
    assertThat(calls.delegateLog()).containsExactly("recordAppraisalDelegate", "sendMailDelegate:not-eligible");
  }
}
