package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.ProcessTest;

class FailedJobIncidentsTest extends ProcessTest {

  static final String KEY = "failedJobIncidentsProbe";

  /** A step that fails while the instance's variable {@code fail} is true. */
  public static class Step implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
        throw new IllegalStateException("máy chủ thư không trả lời");
      }
    }
  }

  private String deployment;
  private RuntimeService runtime;
  private ManagementService management;

  @BeforeEach
  void deployProbe() {
    runtime = engine.getRuntimeService();
    management = engine.getManagementService();
    deployment = engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_Probe").camundaAsyncBefore().camundaClass(Step.class.getName())
            .userTask("UserTask_After").camundaCandidateGroups("noi-vu")
            .endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void removeProbe() {
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  @DisplayName("Bước chạy nền hết lượt thử: sự cố hiện trong Cockpit, được gỡ khi trả lại lượt thử, bước chạy lại được")
  void aJobOutOfRetriesHasAnIncidentThatRetriesResolve() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE)).isInstanceOf(FailedJobIncidents.Handler.class);
    String instance = runtime.startProcessInstanceByKey(KEY, Map.of("fail", true)).getId();
    Job job = failUntilNoRetries(instance);
    Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getConfiguration()).isEqualTo(job.getId());

    runtime.setVariable(instance, "fail", false);
    management.setJobRetries(job.getId(), 1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).as("resolved").isZero();
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance).resolved()
        .count()).isEqualTo(1);

    management.executeJob(job.getId());
    assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  @DisplayName("Hủy hồ sơ đang có sự cố: sự cố mất theo bước chạy nền")
  void deletingAnInstanceWithAnIncidentDeletesTheIncident() {
    String instance = runtime.startProcessInstanceByKey(KEY, Map.of("fail", true)).getId();
    failUntilNoRetries(instance);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);

    runtime.deleteProcessInstance(instance, "hủy thử");
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance).deleted()
        .count()).isEqualTo(1);
  }

  @Test
  @DisplayName("Bước chạy nền lỗi một lần rồi thành công: không có sự cố nào")
  void aJobThatFailsOnceAndThenSucceedsLeavesNoIncident() {
    String instance = runtime.startProcessInstanceByKey(KEY, Map.of("fail", true)).getId();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(IllegalStateException.class);
    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);

    runtime.setVariable(instance, "fail", false);
    management.executeJob(job.getId());
    assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  private Job failUntilNoRetries(String instance) {
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(IllegalStateException.class);
    }
    return job;
  }
}
