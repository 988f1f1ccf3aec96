package vn.tdkt.campaign;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Responsibilities the plan assigns to units; {@code ${assignments...}} (not "responsibilities": that is the plan form's list) in the BPMN. */
@Component("assignments")
public class Responsibilities {

  private final JdbcTemplate jdbc;
  private final java.time.Clock clock;

  public Responsibilities(JdbcTemplate jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Ids of the unit's responsibilities in a campaign (a list the engine can iterate). */
  public ArrayList<Long> idsFor(Long campaignId, String unitCode) {
    return new ArrayList<>(
        jdbc.queryForList(
            "SELECT id FROM responsibility WHERE campaign_id = ? AND unit_code = ? ORDER BY id",
            Long.class,
            campaignId,
            unitCode));
  }

  public String textOf(Object responsibilityId) {
    return jdbc.queryForObject(
        "SELECT description FROM responsibility WHERE id = ?",
        String.class,
        Long.valueOf(responsibilityId.toString()));
  }

  public List<String> descriptionsFor(long campaignId, String unitCode) {
    return jdbc.queryForList(
        "SELECT description FROM responsibility WHERE campaign_id = ? AND unit_code = ? ORDER BY id",
        String.class,
        campaignId,
        unitCode);
  }

  public void complete(long responsibilityId, String resultNote) {
    jdbc.update(
        "UPDATE responsibility SET result_note = ?, completed_at = ? WHERE id = ?",
        resultNote,
        Timestamp.from(clock.instant()),
        responsibilityId);
  }
}
