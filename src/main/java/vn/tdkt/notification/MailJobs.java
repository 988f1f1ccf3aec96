package vn.tdkt.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.tdkt.system.TdktProperties;

/**
 * Teaches the engine the mail batch job ({@link MailOutbox}): its handler, and the retry cycle of a
 * failed batch ({@code tdkt.mail.retry-cycle}) instead of three immediate retries. Every other job
 * keeps the engine's own retry behaviour.
 */
@Component
public class MailJobs extends AbstractProcessEnginePlugin {

  private final ObjectProvider<MailOutbox> outbox;
  private final TdktProperties properties;

  public MailJobs(ObjectProvider<MailOutbox> outbox, TdktProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new BatchHandler());
    configuration.setCustomJobHandlers(handlers);
    String cycle = properties.mail().retryCycle();
    configuration.setFailedJobCommandFactory((jobId, exception) -> new RetryCmd(jobId, exception, cycle));
  }

  /** A batch's id as the job's configuration. */
  record Batch(String id) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return id;
    }
  }

  private final class BatchHandler implements JobHandler<Batch> {
    @Override
    public String getType() {
      return MailOutbox.JOB_TYPE;
    }

    @Override
    public void execute(Batch batch, ExecutionEntity execution, CommandContext commandContext,
        String tenantId) {
      outbox.getObject().deliver(batch.id(), execution == null ? null : execution.getProcessInstanceId());
    }

    @Override
    public Batch newConfiguration(String canonicalString) {
      return new Batch(canonicalString);
    }

    @Override
    public void onDelete(Batch batch, JobEntity job) {
      // the queued rows stay as the record of what was decided; nothing else to clean up
    }
  }

  /** The engine's retry command; a mail batch retries on the mail cycle. */
  static final class RetryCmd extends DefaultJobRetryCmd {
    private final String cycle;

    RetryCmd(String jobId, Throwable exception, String cycle) {
      super(jobId, exception);
      this.cycle = cycle;
    }

    @Override
    public ActivityImpl getCurrentActivity(CommandContext commandContext, JobEntity job) {
      if (job == null || !MailOutbox.JOB_TYPE.equals(job.getJobHandlerType())) {
        return super.getCurrentActivity(commandContext, job);
      }
      ActivityImpl activity = null;
      if (job.getProcessDefinitionId() != null && job.getActivityId() != null) {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(job.getProcessDefinitionId());
        activity = definition.findActivity(job.getActivityId());
      }
      // the cycle does not depend on the activity; one is needed only to take the custom path
      return activity != null ? activity : new ActivityImpl(MailOutbox.JOB_TYPE, null);
    }

    @Override
    public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
      if (job != null && MailOutbox.JOB_TYPE.equals(job.getJobHandlerType())) {
        return ParseUtil.parseRetryIntervals(cycle);
      }
      return super.getFailedJobRetryConfiguration(job, activity);
    }
  }
}
