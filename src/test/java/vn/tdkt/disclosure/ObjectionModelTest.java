package vn.tdkt.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.disclosure.ObjectionProcess.Element.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.Calls;
import vn.tdkt.support.ModelEngine;

/** The objection's model alone: Nội vụ resolves it, a withdrawn dossier's unit is told. */
@Deployment(resources = "bpm/processes/objection-process.bpmn")
class ObjectionModelTest extends ModelEngine {

  static final Date FIVE_WORKING_DAYS = new Date(2_000_000_000_000L);

  final Calls calls = new Calls();

  @BeforeEach
  void services() {
    calls.bean("deadlines", deadlines(FIVE_WORKING_DAYS))
        .delegates("resolveObjectionDelegate", "sendMailDelegate")
        .delegate("recordObjectionDelegate", e -> {
          e.setVariable(ObjectionProcess.Var.NOMINEE_NAME, "Nguyễn Thị Lan");
          e.setVariable(ObjectionProcess.Var.CAMPAIGN_CODE, "KH-01");
        });
  }

  ProcessInstance objectionArrives() {
    ProcessInstance objection = runtimeService().startProcessInstanceByKey(ObjectionProcess.KEY,
        Map.of(ObjectionProcess.Var.CONTENT, "Hồ sơ kê khai chưa đúng thành tích"));
    assertThat(task(RESOLVE)).hasCandidateGroup("noi-vu").hasDueDate(FIVE_WORKING_DAYS)
        .hasName("Xử lý phản ánh về Nguyễn Thị Lan – KH-01");
    return objection;
  }

  void resolve(DisclosureService.Outcome outcome) {
    complete(task(RESOLVE), withVariables(ObjectionProcess.Var.OUTCOME, outcome.name()));
  }

  @Test
  @DisplayName("Phản ánh không có cơ sở: hồ sơ giữ nguyên, không thư nào gửi đi")
  void unfoundedObjectionKeepsTheDossier() {
    ProcessInstance objection = objectionArrives();
    resolve(DisclosureService.Outcome.KEEP);
    assertThat(objection).isEnded().hasPassed(END);
    assertThat(calls.delegateLog()).containsExactly("recordObjectionDelegate", "resolveObjectionDelegate");
  }

  @Test
  @DisplayName("Phản ánh có cơ sở: hồ sơ bị đưa ra khỏi danh sách, đơn vị nhận thư")
  void foundedObjectionWithdrawsTheDossier() {
    ProcessInstance objection = objectionArrives();
    resolve(DisclosureService.Outcome.WITHDRAW);
    runJobs(NOTIFY_WITHDRAWN);
    assertThat(objection).isEnded().hasPassed(WITHDRAWN_END);
    assertThat(calls.delegateLog()).containsExactly("recordObjectionDelegate", "resolveObjectionDelegate",
        "sendMailDelegate:objection-withdrawn");
  }
}
