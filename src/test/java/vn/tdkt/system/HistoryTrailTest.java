package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

class HistoryTrailTest extends ProcessTest {

  @Test
  @DisplayName("Lịch sử 'trail': ai làm gì, lúc nào, giá trị cuối của biến và nhật ký thao tác còn; từng giá trị trung gian và nhật ký tạo job thì không")
  void theTrailKeepsWhoDidWhatAndLeavesOutTheDetail() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getHistoryLevel().getName()).isEqualTo(HistoryTrail.NAME);
    String code = Driver.newCode();
    driver.draft(Driver.plan(code, List.of("TRUONG_HOC"), List.of()));
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    Task register = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(ParticipationProcess.Element.REGISTER).list().get(0);
    String unit = (String) engine.getTaskService().getVariable(register.getId(), CampaignProcess.Var.UNIT_CODE);
    steps.register(unit, code);
    driver.runJobs();

    HistoryService history = engine.getHistoryService();
    String instance = register.getProcessInstanceId();
    assertThat(history.createHistoricTaskInstanceQuery().taskId(register.getId()).finished().singleResult()
        .getAssignee()).as("who registered").isEqualTo(unit);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(ParticipationProcess.Var.ACTIVITY_NAME).singleResult().getValue())
        .isEqualTo("Lễ báo công dâng Bác");
    assertThat(history.createUserOperationLogQuery().taskId(register.getId()).operationType("Complete")
        .singleResult().getUserId()).isEqualTo(unit);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(ParticipationProcess.Element.REGISTER).finished().count()).isEqualTo(1);

    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count())
        .as("no intermediate values, no form submissions").isZero();
    assertThat(history.createHistoricJobLogQuery().creationLog().count()).isZero();
    assertThat(history.createHistoricJobLogQuery().successLog().count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getRemovalTime()).as("written at the start: the campaign's start plus its time to live").isNotNull();
    String campaign = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
        .processDefinitionKey(CampaignProcess.KEY).singleResult().getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(campaign)
        .variableNameIn("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances").count())
        .as("the multi-instance counters of the units are not in the trail").isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(CampaignProcess.Var.UNIT_CODE).singleResult().getValue())
        .as("the unit's code is, in the unit's instance").isEqualTo(unit);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(campaign)
        .variableName("loopCounter").count()).as("the engine still counts").isPositive();
  }

  @Test
  @DisplayName("Cơ sở dữ liệu tạo với lịch sử 'full' giữ 'full': máy vẫn khởi động, không báo lệch")
  void aDatabaseMadeWithFullKeepsFull() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:history-trail;DB_CLOSE_DELAY=-1");
    db.setUser("sa");
    ProcessEngine full = configuration(db, "history-full").setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
    full.getRepositoryService().createDeployment().addModelInstance("one.bpmn",
        Bpmn.createExecutableProcess("one").camundaHistoryTimeToLive(1).startEvent().userTask("task")
            .endEvent().done()).deploy();
    full.close();

    ProcessEngineConfigurationImpl again = configuration(db, "history-trail");
    again.setHistory(HistoryTrail.NAME);
    again.setProcessEnginePlugins(List.of(new HistoryTrail()));
    ProcessEngine engine = again.buildProcessEngine();
    try {
      assertThat(again.getHistoryLevel().getName()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
      String id = engine.getRuntimeService().startProcessInstanceByKey("one").getId();
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count())
          .isEqualTo(1);
    } finally {
      engine.close();
    }
  }

  private static ProcessEngineConfigurationImpl configuration(JdbcDataSource db, String name) {
    ProcessEngineConfigurationImpl c = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    c.setProcessEngineName(name);
    c.setDataSource(db);
    c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    c.setJobExecutorActivate(false);
    return c;
  }
}
