package vn.tdkt.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's history level {@code trail} ({@code camunda.bpm.history-level}): everything the
 * level {@code full} keeps of who did what and when (instances, activities, tasks, their candidate
 * groups, the final value of each variable, incidents, decisions of the award rules, the user
 * operation log, job failures), without the two kinds of rows that a campaign writes most and nobody
 * reads: every intermediate value of every variable ({@code ACT_HI_DETAIL}, form submissions
 * included; the submitted data is kept by the application's own tables), the created and
 * succeeded entries of every job ({@code ACT_HI_JOB_LOG}), and the engine's counters of a
 * multi-instance activity ({@link #COUNTERS}).
 *
 * <p>A database created with another level keeps that level (the engine refuses to start on a
 * mismatch): it is logged, and the level changes only when an administrator changes it.
 */
@Component
public class HistoryTrail extends AbstractProcessEnginePlugin {

  public static final String NAME = "trail";
  private static final int ID = 12;
  private static final Logger LOG = LoggerFactory.getLogger(HistoryTrail.class);

  /** What {@code full} writes and this level does not. */
  static final Set<HistoryEventType> LEFT_OUT = Set.of(
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.FORM_PROPERTY_UPDATE,
      HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.JOB_SUCCESS,
      HistoryEventTypes.JOB_DELETE);

  /**
   * The engine's own counters of a multi-instance activity (one per unit of a launch, updated as each
   * unit finishes): bookkeeping of the running instance, not part of the trail.
   */
  static final Set<String> COUNTERS =
      Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  public static final HistoryLevel LEVEL = new AbstractHistoryLevel() {
    @Override
    public int getId() {
      return ID;
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (LEFT_OUT.contains(eventType)) {
        return false;
      }
      // the same answer for every event of a variable (created, updated, deleted): an update of a
      // variable whose creation was left out would find no row
      return !(entity instanceof VariableInstanceEntity variable && COUNTERS.contains(variable.getName()));
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(LEVEL);
    configuration.setCustomHistoryLevels(levels);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Integer stored = storedLevel(configuration);
    HistoryLevel configured = configuration.getHistoryLevel();
    if (stored == null || configured == null || stored == configured.getId()) {
      return;
    }
    for (HistoryLevel level : configuration.getHistoryLevels()) {
      if (level.getId() == stored) {
        LOG.warn("The database keeps history level {} (configured: {}); the engine goes on with {}",
            level.getName(), configured.getName(), level.getName());
        configuration.setHistoryLevel(level);
        configuration.setHistory(level.getName());
        return;
      }
    }
  }

  /** The level the database was created with, or none for a new database. */
  private static Integer storedLevel(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection c = configuration.getDataSource().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT VALUE_ FROM " + prefix + "ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'");
        ResultSet r = s.executeQuery()) {
      return r.next() ? Integer.valueOf(r.getString(1)) : null;
    } catch (SQLException e) {
      LOG.debug("No engine tables yet: {}", e.getMessage());
      return null;
    }
  }
}
