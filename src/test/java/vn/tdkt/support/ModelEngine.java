package vn.tdkt.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import vn.tdkt.system.Deadlines;

/**
 * The base of the fast model tests: one process model at a time on a bare in-memory engine (H2, no
 * Spring, no application), with every bean the model names ({@code ${saveReportDelegate}},
 * {@code ${deadlines...}}) replaced by a mock the test registers. They check the model's paths, its
 * timers, its variables and the delegates it calls, in a fraction of a second each; the end-to-end
 * process tests beneath {@link ProcessTest} check the same paths with the real services.
 */
public abstract class ModelEngine {

  private static ProcessEngine engine;

  /** The engine, built once for every model test in the run. */
  static synchronized ProcessEngine engine() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration =
          new StandaloneInMemProcessEngineConfiguration();
      configuration
          .setProcessEngineName("models")
          .setJdbcUrl("jdbc:h2:mem:models;DB_CLOSE_DELAY=-1")
          .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
          .setJobExecutorActivate(false)
          .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      configuration.setExpressionManager(new MockExpressionManager());
      configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
      configuration.setEnforceHistoryTimeToLive(false);
      engine = configuration.buildProcessEngine();
      // not in the registry: the application's engine stays the only one its tests and REST find
      ProcessEngines.unregister(engine);
    }
    return engine;
  }

  @RegisterExtension
  protected final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine()).build();

  @BeforeEach
  void initAssertions() {
    init(extension.getProcessEngine());
  }

  /** Runs every job waiting at the element (a timer, an async boundary), once each, as it is due. */
  protected void runJobs(String elementId) {
    ManagementService management = extension.getManagementService();
    List<Job> jobs = management.createJobQuery().activityId(elementId).list();
    if (jobs.isEmpty()) {
      throw new AssertionError("no job waits at " + elementId);
    }
    jobs.forEach(job -> management.executeJob(job.getId()));
  }

  /**
   * Runs the one job at the element once, which fails with the message: the job stays, one retry
   * fewer, with the failure recorded (as Cockpit shows it once no retry is left).
   */
  protected void failsAndIsRetried(String elementId, String message) {
    ManagementService management = extension.getManagementService();
    Job job = management.createJobQuery().activityId(elementId).singleResult();
    Assertions.assertThatThrownBy(() -> management.executeJob(job.getId()))
        .hasMessageContaining(message);
    Job retried = management.createJobQuery().activityId(elementId).singleResult();
    Assertions.assertThat(retried.getRetries()).isEqualTo(job.getRetries() - 1);
    Assertions.assertThat(retried.getExceptionMessage()).contains(message);
  }

  /** The deadlines of the model's expressions: every "working days from now" is the given day. */
  protected static Deadlines deadlines(Date workingDaysFromNow) {
    Deadlines deadlines = Mockito.mock(Deadlines.class);
    Mockito.when(deadlines.workingDaysFromNow(ArgumentMatchers.anyInt())).thenReturn(workingDaysFromNow);
    return deadlines;
  }

  /** The task waiting at the element, the only one there. */
  protected Task task(String elementId) {
    return extension.getTaskService().createTaskQuery().taskDefinitionKey(elementId).singleResult();
  }

  @AfterEach
  void forgetMocks() {
    Mocks.reset();
  }
}
