package vn.tdkt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.tdkt.campaign.CampaignProcess.Element.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.council.CouncilProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Calls;
import vn.tdkt.support.ModelEngine;
import vn.tdkt.unit.UnitDirectory;

/**
 * The campaign's model alone. Its services are recorders, and the two processes it calls are stubs
 * deployed with it: a unit's participation waits in one task, the council session returns what the
 * test sets.
 */
class CampaignModelTest extends ModelEngine {

  static final String UNIT_WAITS = "UserTask_DonViThamGia";
  static final Date NOMINATION_AT = new Date(2_000_000_000_000L);
  static final Date PERIOD_END_AT = new Date(2_001_000_000_000L);

  final Calls calls = new Calls();
  int nominees = 2;
  List<String> wards = List.of();
  boolean localAwards = true;
  boolean cityAwards = true;
  /** Whether the city takes the ward's dossiers into its own appraisal (it is in the deployment). */
  boolean cityInSystem = false;
  /** The campaigns below whose forwarded dossiers this campaign decided. */
  List<String> below = List.of();

  @BeforeEach
  void deployWithStubs() {
    BpmnModelInstance unit = Bpmn.createExecutableProcess(ParticipationProcess.KEY)
        .startEvent().userTask(UNIT_WAITS).endEvent().done();
    BpmnModelInstance session = Bpmn.createExecutableProcess(CouncilProcess.KEY)
        .startEvent().serviceTask().camundaDelegateExpression("${councilSessionStub}").endEvent().done();
    extension.manageDeployment(repositoryService().createDeployment()
        .addClasspathResource("bpm/processes/campaign-process.bpmn")
        .addModelInstance("participation-stub.bpmn", unit)
        .addModelInstance("council-stub.bpmn", session)
        .deploy());
  }

  @BeforeEach
  void services() {
    UnitDirectory units = mock(UnitDirectory.class);
    when(units.groupOf(anyString())).thenAnswer(a -> "unit-" + a.getArgument(0));
    when(units.nameOf(anyString())).thenAnswer(a -> "Đơn vị " + a.getArgument(0));
    Responsibilities assignments = mock(Responsibilities.class);
    when(assignments.idsFor(any(), anyString())).thenReturn(new ArrayList<>());
    calls
        .bean("deadlines", deadlines(new Date(2_000_500_000_000L)))
        .bean("units", units)
        .bean("assignments", assignments)
        .delegates("recordPlanDecisionDelegate", "queueMailsDelegate", "decisionPaperDelegate",
            "cascadePlanDelegate", "sendOfficeMailDelegate",
            "recordCityProposalDelegate", "campaignFiguresDelegate", "summaryPaperDelegate",
            "closeCampaignDelegate", "tellCampaignBelowDelegate")
        .delegate("forwardToCityDelegate",
            e -> e.setVariable(CampaignProcess.Var.CITY_FORWARDED, cityInSystem))
        .delegate("campaignsBelowDelegate",
            e -> e.setVariable(CampaignProcess.Var.CAMPAIGNS_BELOW, new ArrayList<>(below)))
        .delegate("saveCampaignDelegate", e -> {
          e.setVariable(CampaignProcess.Var.CAMPAIGN_ID, 1L);
          e.setProcessBusinessKey("KH-01");
        })
        .delegate("activateCampaignDelegate", e -> {
          e.setVariable(CampaignProcess.Var.UNIT_CODES, new ArrayList<>(List.of("vhtt", "mn-hoasua", "th-ngocthuy")));
          e.setVariable(CampaignProcess.Var.NOMINATION_DEADLINE, NOMINATION_AT);
          e.setVariable(CampaignProcess.Var.PERIOD_END, PERIOD_END_AT);
          e.setVariable(CampaignProcess.Var.CHILD_OFFICES, new ArrayList<>(wards));
        })
        .delegate("councilSessionStub", e -> {
          e.setVariable(CouncilProcess.Var.NOMINEE_COUNT, nominees);
          e.setVariable(CouncilProcess.Var.LOCAL_AWARDS_PASSED, localAwards);
          e.setVariable(CouncilProcess.Var.CITY_AWARDS_PASSED, cityAwards);
        })
        .delegate("recordDecisionDelegate", e -> e.setVariable(
            CampaignProcess.Var.RESULT_UNIT_CODES, new ArrayList<>(List.of("vhtt", "mn-hoasua"))))
        .delegate("recordCityOutcomeDelegate", e -> e.setVariable(
            CampaignProcess.Var.CITY_RESULT_UNIT_CODES, new ArrayList<>(List.of("vhtt"))))
        .taskListeners("campaignProgressListener");
  }

  ProcessInstance noiVuDraftsThePlan() {
    return runtimeService().startProcessInstanceByKey(CampaignProcess.KEY,
        withVariables(CampaignProcess.Var.CAMPAIGN_CODE, "KH-01"));
  }

  void chairman(String decision) {
    complete(task(APPROVE_PLAN), withVariables(CampaignProcess.Var.PLAN_DECISION, decision));
  }

  /** The plan approved, the campaign launched, every unit told; the nomination deadline passes. */
  ProcessInstance councilHasMet() {
    ProcessInstance campaign = noiVuDraftsThePlan();
    chairman(CampaignProcess.PlanDecision.APPROVE);
    runJobs(LAUNCH);
    runJobs(NOTIFY_UNITS);
    runJobs(NOMINATIONS_CLOSED);
    return campaign;
  }

  long running(String processKey) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  @Test
  @DisplayName("Kế hoạch bị trả lại rồi được duyệt; phát động; Hội đồng xét; Chủ tịch ký; tờ trình lên Thành phố; tổng kết")
  void campaignRunsFromPlanToSummary() {
    ProcessInstance campaign = noiVuDraftsThePlan();
    assertThat(task(APPROVE_PLAN)).hasCandidateGroup("chu-tich").hasName("Phê duyệt kế hoạch KH-01");
    chairman(CampaignProcess.PlanDecision.RETURN);
    assertThat(task(REVISE_PLAN)).hasCandidateGroup("noi-vu");
    complete(task(REVISE_PLAN));
    chairman(CampaignProcess.PlanDecision.APPROVE);
    assertThat(campaign).isWaitingAt(LAUNCH);

    runJobs(LAUNCH);
    assertThat(managementService().createJobQuery().activityId(NOTIFY_UNITS).count())
        .as("one job queues the mails of all units").isEqualTo(1);
    runJobs(NOTIFY_UNITS);
    assertThat(running(ParticipationProcess.KEY)).isEqualTo(3);
    assertThat(runtimeService().getVariable(
            runtimeService().createProcessInstanceQuery().processDefinitionKey(ParticipationProcess.KEY)
                .variableValueEquals(CampaignProcess.Var.UNIT_CODE, "mn-hoasua").singleResult().getId(),
            ParticipationProcess.Var.UNIT_NAME))
        .isEqualTo("Đơn vị mn-hoasua");
    assertThat(task(TRACK)).hasCandidateGroup("noi-vu").hasDueDate(PERIOD_END_AT);
    Job deadline = managementService().createJobQuery().activityId(NOMINATIONS_CLOSED).singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(NOMINATION_AT);

    runJobs(NOMINATIONS_CLOSED);
    assertThat(campaign).hasPassed(COUNCIL_SESSION, SESSION_HELD).isWaitingAt(SIGN_DECISION, TRACK);
    assertThat(task(SIGN_DECISION)).hasCandidateGroup("chu-tich");
    complete(task(SIGN_DECISION));
    runJobs(DECISION_PAPER);
    runJobs(SEND_RESULTS);
    complete(task(CITY_PROPOSAL));
    runJobs(FORWARD_TO_CITY);
    complete(task(CITY_OUTCOME));
    runJobs(SEND_CITY_RESULTS);
    assertThat(campaign).isWaitingAt(PERIOD_OVER, TRACK);

    runJobs(PERIOD_OVER);
    runJobs(SUMMARY_PAPERS);
    complete(task(SUMMARIZE));
    runJobs(FINAL_SUMMARY);
    assertThat(campaign).isEnded().hasPassed(END);
    // the campaign's end closes what is still open: tracking and the units that never finished
    assertThat(running(ParticipationProcess.KEY)).isZero();
    assertThat(calls.delegateLog()).containsExactly(
        "saveCampaignDelegate", "recordPlanDecisionDelegate", "saveCampaignDelegate",
        "recordPlanDecisionDelegate", "activateCampaignDelegate",
        "queueMailsDelegate:launch",
        "councilSessionStub", "recordDecisionDelegate", "decisionPaperDelegate",
        "queueMailsDelegate:award-result",
        "recordCityProposalDelegate", "forwardToCityDelegate", "recordCityOutcomeDelegate",
        "queueMailsDelegate:city-result", "campaignsBelowDelegate", "campaignFiguresDelegate", "summaryPaperDelegate", "closeCampaignDelegate",
        "summaryPaperDelegate");
  }

  @Test
  @DisplayName("Không có hồ sơ nào được xét: không ký quyết định, không tờ trình, chờ tổng kết")
  void noDossierGoesStraightToTheSummary() {
    nominees = 0;
    localAwards = false;
    cityAwards = false;
    ProcessInstance campaign = councilHasMet();
    assertThat(campaign).isWaitingAt(PERIOD_OVER, TRACK).hasNotPassed(SIGN_DECISION, CITY_PROPOSAL);
  }

  @Test
  @DisplayName("Hội đồng chỉ thông qua đề nghị lên Thành phố: bỏ qua quyết định của Chủ tịch")
  void onlyCityAwardsSkipTheChairmansDecision() {
    localAwards = false;
    ProcessInstance campaign = councilHasMet();
    assertThat(campaign).isWaitingAt(CITY_PROPOSAL, TRACK).hasNotPassed(SIGN_DECISION);
  }

  @Test
  @DisplayName("Hội đồng chỉ thông qua khen thưởng thuộc thẩm quyền: ký quyết định rồi chờ tổng kết")
  void onlyLocalAwardsNeedNoCityProposal() {
    cityAwards = false;
    ProcessInstance campaign = councilHasMet();
    complete(task(SIGN_DECISION));
    runJobs(DECISION_PAPER);
    runJobs(SEND_RESULTS);
    assertThat(campaign).isWaitingAt(PERIOD_OVER, TRACK).hasNotPassed(CITY_PROPOSAL);
  }

  @Test
  @DisplayName("Lập quyết định lỗi: việc chạy lại chờ ở quyết định, khen thưởng đã ghi sổ không bị hủy")
  void failingDecisionPaperKeepsTheRecordedAwards() {
    calls.delegate("decisionPaperDelegate", e -> {
      throw new IllegalStateException("mẫu quyết định hỏng");
    });
    ProcessInstance campaign = councilHasMet();
    complete(task(SIGN_DECISION));
    failsAndIsRetried(DECISION_PAPER, "mẫu quyết định hỏng");
    assertThat(campaign).isWaitingAt(DECISION_PAPER, TRACK).hasPassed(RECORD_DECISION);
    assertThat(calls.delegateLog()).containsOnlyOnce("recordDecisionDelegate")
        .doesNotContain("queueMailsDelegate:award-result");
  }

  @Test
  @DisplayName("Kế hoạch của Thành phố: mỗi phường một bước chuyển kế hoạch, chạy lại được riêng")
  void aCitysLaunchSendsThePlanToEachWard() {
    wards = List.of("p-bode", "p-longbien");
    ProcessInstance campaign = noiVuDraftsThePlan();
    chairman(CampaignProcess.PlanDecision.APPROVE);
    runJobs(LAUNCH);
    assertThat(managementService().createJobQuery().activityId(CASCADE).count()).isEqualTo(2);
    runJobs(CASCADE);
    assertThat(campaign).hasPassed(CASCADE);
    assertThat(calls.delegateLog()).containsSubsequence("activateCampaignDelegate",
        "cascadePlanDelegate", "cascadePlanDelegate");
  }

  @Test
  @DisplayName("Phường nhận kế hoạch của Thành phố: Nội vụ lập kế hoạch triển khai, rồi trình Chủ tịch như mọi kế hoạch")
  void aWardDraftsFromTheCitysPlan() {
    ProcessInstance campaign = runtimeService().startProcessInstanceByMessage(
        CampaignProcess.Message.PLAN_CASCADED,
        withVariables(CampaignProcess.Var.PARENT_CAMPAIGN_CODE, "102/KH-UBND"));
    assertThat(campaign).isWaitingAt(TELL_NOI_VU).hasPassed(PARENT_PLAN_RECEIVED);
    runJobs(TELL_NOI_VU);
    assertThat(campaign).isWaitingAt(DRAFT_FROM_PARENT);
    assertThat(task(DRAFT_FROM_PARENT)).hasCandidateGroup("noi-vu")
        .hasName("Lập kế hoạch triển khai kế hoạch 102/KH-UBND");
    complete(task(DRAFT_FROM_PARENT), withVariables(CampaignProcess.Var.CAMPAIGN_CODE, "KH-01"));
    assertThat(campaign).isWaitingAt(APPROVE_PLAN).hasNotPassed(START);
    assertThat(calls.delegateLog()).containsExactly("sendOfficeMailDelegate:plan-cascaded", "saveCampaignDelegate");
  }

  @Test
  @DisplayName("Thành phố trong hệ thống: hồ sơ vào thẩm định của Thành phố, phường chờ quyết định rồi ghi nhận và báo đơn vị, không nhập tay")
  void aWardsProposalGoesToTheCityAndItsDecisionComesBack() {
    cityInSystem = true;
    localAwards = false;
    ProcessInstance campaign = councilHasMet();
    complete(task(CITY_PROPOSAL));
    assertThat(campaign).isWaitingAt(FORWARD_TO_CITY, TRACK);
    runJobs(FORWARD_TO_CITY);
    assertThat(campaign).isWaitingAt(CITY_DECIDED, TRACK).hasPassed(CITY_FORWARDED);
    runtimeService().createMessageCorrelation(CampaignProcess.Message.CITY_DECIDED)
        .processInstanceId(campaign.getId())
        .setVariable(CampaignProcess.Var.CITY_DECISION_NUMBER, "15/QĐ-UBND")
        .correlate();
    runJobs(SEND_CITY_RESULTS);
    assertThat(campaign).isWaitingAt(PERIOD_OVER, TRACK).hasNotPassed(CITY_OUTCOME);
    assertThat(calls.delegateLog()).containsSubsequence("recordCityProposalDelegate",
        "forwardToCityDelegate", "recordCityOutcomeDelegate", "queueMailsDelegate:city-result");
  }

  @Test
  @DisplayName("Thành phố đã xét hồ sơ các phường trình: mỗi phường một bước gửi quyết định về, chạy lại được riêng")
  void theCityTellsEachWardItsOutcome() {
    below = List.of("7", "8");
    nominees = 0;
    ProcessInstance campaign = councilHasMet();
    assertThat(campaign).hasPassed(FIND_BELOW).isWaitingAt(TELL_BELOW, TRACK);
    assertThat(managementService().createJobQuery().activityId(TELL_BELOW).count()).isEqualTo(2);
    runJobs(TELL_BELOW);
    assertThat(campaign).isWaitingAt(PERIOD_OVER, TRACK);
    assertThat(calls.delegateLog()).containsSubsequence("campaignsBelowDelegate",
        "tellCampaignBelowDelegate", "tellCampaignBelowDelegate");
  }
}
