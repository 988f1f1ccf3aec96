package vn.tdkt.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.tdkt.participation.ParticipationProcess.Element.*;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.campaign.Responsibilities;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.support.Calls;
import vn.tdkt.support.ModelEngine;
import vn.tdkt.system.Deadlines;

/** The unit's participation model alone, its services replaced by recorders. */
@Deployment(resources = "bpm/processes/unit-participation-process.bpmn")
class ParticipationModelTest extends ModelEngine {

  static final Date REGISTRATION_AT = new Date(2_000_000_000_000L);
  static final Date REPORT_AT = new Date(2_000_900_000_000L);
  static final Date NOMINATION_AT = new Date(2_000_500_000_000L);
  static final Date TWO_WORKING_DAYS = new Date(2_000_100_000_000L);

  final Calls calls = new Calls();
  boolean nominateAgain;

  Responsibilities assignments;

  @BeforeEach
  void services() {
    Deadlines deadlines = deadlines(TWO_WORKING_DAYS);
    when(deadlines.reminderBefore(any())).thenAnswer(a -> new Date(((Date) a.getArgument(0)).getTime() - 86_400_000L));
    when(deadlines.at(any(), any())).thenAnswer(a -> Date.from(Deadlines.instantIn(a.getArgument(0), a.getArgument(1))));
    assignments = mock(Responsibilities.class);
    when(assignments.textOf(any())).thenReturn("Xây dựng kế hoạch tuyên truyền");
    calls
        .bean("deadlines", deadlines)
        .bean("assignments", assignments)
        .delegates("saveRegistrationDelegate", "saveReportDelegate", "saveResponsibilityDelegate",
            "sendMailDelegate")
        .delegate("submitNominationDelegate",
            e -> e.setVariable(NominationProcess.Var.NOMINATE_AGAIN, nominateAgain));
  }

  ProcessInstance unitReceivesThePlan(List<Long> responsibilities) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CampaignProcess.Var.CAMPAIGN_CODE, "KH-01");
    vars.put(CampaignProcess.Var.UNIT_CODE, "vhtt");
    vars.put(ParticipationProcess.Var.UNIT_NAME, "Phòng Văn hóa và Thông tin");
    vars.put(CampaignProcess.Var.CAMPAIGN_ID, 1L);
    Map<String, Object> view = new HashMap<>();
    view.put(CampaignProcess.UnitView.REGISTRATION_DEADLINE, REGISTRATION_AT.toInstant().toString());
    view.put(CampaignProcess.UnitView.REPORT_DEADLINE, REPORT_AT.toInstant().toString());
    view.put(CampaignProcess.UnitView.NOMINATION_DEADLINE, NOMINATION_AT.toInstant().toString());
    view.put(CampaignProcess.UnitView.REGISTRATION_DUE, "18/05/2033");
    view.put(CampaignProcess.UnitView.REPORT_DUE, "28/05/2033");
    vars.put(CampaignProcess.Var.CAMPAIGN, vn.tdkt.system.Vars.json(view));
    when(assignments.idsFor(1L, "vhtt")).thenReturn(new java.util.ArrayList<>(responsibilities));
    return runtimeService().startProcessInstanceByKey(ParticipationProcess.KEY, "KH-01", vars);
  }

  @Test
  @DisplayName("Đơn vị đăng ký, nộp hai hồ sơ trước khi báo cáo, làm nhiệm vụ được giao, rồi báo cáo")
  void unitNominatesBeforeItReports() {
    ProcessInstance unit = unitReceivesThePlan(List.of(7L));
    assertThat(unit).isWaitingAt(REGISTER, RESPONSIBILITY);
    assertThat(task(REGISTER)).hasCandidateGroup("unit-vhtt").hasDueDate(REGISTRATION_AT)
        .hasName("Đăng ký thi đua – Phòng Văn hóa và Thông tin – KH-01");
    assertThat(taskService().getVariable(task(RESPONSIBILITY).getId(), ParticipationProcess.Var.RESPONSIBILITY_TEXT))
        .isEqualTo("Xây dựng kế hoạch tuyên truyền");

    complete(task(REGISTER));
    assertThat(unit).isWaitingAt(REPORT, NOMINATE, RESPONSIBILITY);
    assertThat(task(NOMINATE)).hasDueDate(NOMINATION_AT);

    nominateAgain = true;
    complete(task(NOMINATE));
    assertThat(unit).isWaitingAt(REPORT, NOMINATE, RESPONSIBILITY);
    nominateAgain = false;
    complete(task(NOMINATE));
    assertThat(unit).isWaitingAt(REPORT, RESPONSIBILITY);

    complete(task(RESPONSIBILITY));
    complete(task(REPORT));
    assertThat(unit).isWaitingAt(DONE);
    runJobs(DONE);
    assertThat(unit).isEnded().hasPassed(END);
    assertThat(calls.delegateLog()).containsExactly(
        "saveRegistrationDelegate", "submitNominationDelegate", "submitNominationDelegate",
        "saveResponsibilityDelegate", "saveReportDelegate");
  }

  @Test
  @DisplayName("Sắp đến hạn thì nhắc qua thư; quá hạn thì Nội vụ đôn đốc, việc đăng ký vẫn chờ đơn vị")
  void lateUnitIsRemindedThenChased() {
    ProcessInstance unit = unitReceivesThePlan(List.of());
    assertThat(managementService().createJobQuery().activityId(REGISTRATION_REMINDER).singleResult().getDuedate())
        .isEqualTo(new Date(REGISTRATION_AT.getTime() - 86_400_000L));
    runJobs(REGISTRATION_REMINDER);
    assertThat(unit).isWaitingAt(REGISTER, SEND_REGISTRATION_REMINDER);
    runJobs(SEND_REGISTRATION_REMINDER);
    assertThat(calls.delegateLog()).containsExactly("sendMailDelegate:registration-reminder");

    runJobs(REGISTRATION_OVERDUE);
    Task chase = task(CHASE_REGISTRATION);
    assertThat(chase).hasCandidateGroup("noi-vu").hasDueDate(TWO_WORKING_DAYS)
        .hasName("Đôn đốc đăng ký – Phòng Văn hóa và Thông tin – KH-01");
    assertThat(taskService().getVariable(chase.getId(), ParticipationProcess.Var.CHASE_SUBJECT))
        .isEqualTo("đăng ký thi đua");
    assertThat(taskService().getVariable(chase.getId(), ParticipationProcess.Var.CHASE_DUE_TEXT))
        .isEqualTo("18/05/2033");
    complete(chase);
    assertThat(unit).isWaitingAt(REGISTER);

    complete(task(REGISTER));
    runJobs(REPORT_OVERDUE);
    assertThat(taskService().getVariable(task(CHASE_REPORT).getId(), ParticipationProcess.Var.CHASE_SUBJECT))
        .isEqualTo("báo cáo kết quả");
    assertThat(taskService().getVariable(task(CHASE_REPORT).getId(), ParticipationProcess.Var.CHASE_DUE_TEXT))
        .isEqualTo("28/05/2033");
  }

  @Test
  @DisplayName("Hết hạn nộp hồ sơ: việc đề nghị đóng lại, đơn vị không đề nghị vẫn hoàn thành khi báo cáo")
  void nominationDeadlineClosesTheDossierTask() {
    ProcessInstance unit = unitReceivesThePlan(List.of());
    complete(task(REGISTER));
    runJobs(NOMINATION_CLOSED);
    assertThat(unit).isWaitingAt(REPORT).hasPassed(NOMINATION_CLOSED);
    complete(task(REPORT));
    runJobs(DONE);
    assertThat(unit).isEnded();
    assertThat(calls.delegateLog()).doesNotContain("submitNominationDelegate");
  }

  @Test
  @DisplayName("Lưu đăng ký bị từ chối: việc vẫn còn, không bước nào đi tiếp")
  void refusedSaveKeepsTheTask() {
    calls.delegate("saveRegistrationDelegate", e -> {
      throw new IllegalArgumentException("Vui lòng nhập tên hoạt động.");
    });
    ProcessInstance unit = unitReceivesThePlan(List.of());
    String task = task(REGISTER).getId();
    assertThatThrownBy(() -> taskService().complete(task))
        .hasMessageContaining("Vui lòng nhập tên hoạt động.");
    assertThat(unit).isWaitingAt(REGISTER).hasNotPassed(REGISTER);
    assertThat(task(REGISTER).getId()).isEqualTo(task);
  }
}
