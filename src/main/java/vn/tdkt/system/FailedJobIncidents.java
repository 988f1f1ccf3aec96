package vn.tdkt.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * The engine's failed-job incidents, without looking for one when a job that never ran out of
 * retries is deleted. Every job the engine deletes (each executed async step, each timer that fires
 * or is cancelled with its task) is followed by {@code SELECT * FROM ACT_RU_INCIDENT WHERE
 * CONFIGURATION_ = ?}; a failed-job incident exists only once the job's retries reached zero (it is
 * created at that moment and resolved when retries are given back, both by the engine's handler), so
 * for a job that the command holds with retries left there is nothing to find. A job with no retries
 * left, or one the command does not hold, is looked up as before, and incidents are created, shown in
 * Cockpit and resolved as before.
 */
@Component
public class FailedJobIncidents extends AbstractProcessEnginePlugin {

  /** The default failed-job handler, with the lookup skipped for jobs that still have retries. */
  static class Handler extends DefaultIncidentHandler {

    Handler() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    protected void removeIncident(IncidentContext context, boolean incidentResolved) {
      if (!hasRetriesLeft(context.getConfiguration())) {
        super.removeIncident(context, incidentResolved);
      }
    }

    static boolean hasRetriesLeft(String jobId) {
      if (jobId == null || Context.getCommandContext() == null) {
        return false;
      }
      JobEntity job = Context.getCommandContext().getDbEntityManager().getDbEntityCache().get(JobEntity.class, jobId);
      return job != null && job.getRetries() > 0;
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(new Handler());
    configuration.setCustomIncidentHandlers(handlers);
  }
}
