package vn.tdkt.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

/** The disclosure stage's table {@code objection}: objections to nominees on the published list. */
@Repository
public class DisclosureRepository {

  /** What an objection is about and, once resolved, how. */
  public record Objection(long id, long nominationId, String outcome) {}

  private final JdbcClient jdbc;
  private final SimpleJdbcInsert insert;
  private final Clock clock;

  public DisclosureRepository(JdbcTemplate template, JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.insert =
        new SimpleJdbcInsert(template)
            .withTableName("objection")
            .usingColumns(
                "campaign_id", "nomination_id", "objector", "contact", "content", "received_by",
                "received_at")
            .usingGeneratedKeyColumns("id");
  }

  public long receive(
      long campaignId, long nominationId, String objector, String contact, String content,
      String receivedBy) {
    Map<String, Object> row = new HashMap<>();
    row.put("campaign_id", campaignId);
    row.put("nomination_id", nominationId);
    row.put("objector", objector);
    row.put("contact", contact);
    row.put("content", content);
    row.put("received_by", receivedBy);
    row.put("received_at", Timestamp.from(clock.instant()));
    return insert.executeAndReturnKey(row).longValue();
  }

  public Optional<Objection> find(long id) {
    return jdbc.sql("SELECT id, nomination_id, outcome FROM objection WHERE id = ?")
        .param(id)
        .query(
            (rs, i) ->
                new Objection(rs.getLong("id"), rs.getLong("nomination_id"), rs.getString("outcome")))
        .optional();
  }

  public void resolve(long id, String outcome, String resolution, String resolvedBy) {
    jdbc.sql(
            "UPDATE objection SET outcome = ?, resolution = ?, resolved_by = ?, resolved_at = ?"
                + " WHERE id = ?")
        .params(outcome, resolution, resolvedBy, Timestamp.from(clock.instant()), id)
        .update();
  }

  /** Objections received and not yet resolved. */
  public int unresolved(long campaignId) {
    return jdbc.sql("SELECT COUNT(*) FROM objection WHERE campaign_id = ? AND outcome IS NULL")
        .param(campaignId)
        .query(Integer.class)
        .single();
  }
}
