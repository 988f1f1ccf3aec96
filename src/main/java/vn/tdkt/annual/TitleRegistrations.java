package vn.tdkt.annual;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;

/** The year stage's table {@code title_registration}: what each unit registered for. */
@Repository
public class TitleRegistrations {

  /** One registered title: a collective's (its unit's name) or an individual's. */
  public record Entry(NomineeKind kind, String name, String position, AwardType title) {}

  /** A registered title with its unit, as Nội vụ's list shows it. */
  public record Listed(String unitCode, NomineeKind kind, String name,
      String position, AwardType title, Instant registeredAt) {}

  private final JdbcClient jdbc;

  public TitleRegistrations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(long campaignId, String unitCode, List<Entry> entries, Instant at) {
    jdbc.sql("DELETE FROM title_registration WHERE campaign_id = ? AND unit_code = ?")
        .params(campaignId, unitCode)
        .update();
    for (Entry e : entries) {
      jdbc.sql(
              "INSERT INTO title_registration (campaign_id, unit_code, nominee_kind, nominee_name,"
                  + " nominee_position, title, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(campaignId, unitCode, e.kind().name(), e.name(), e.position(), e.title().name(),
              Timestamp.from(at))
          .update();
    }
  }

  /** The unit's registered titles, in the order registered. */
  public List<Entry> of(long campaignId, String unitCode) {
    return jdbc.sql(
            "SELECT nominee_kind, nominee_name, nominee_position, title FROM title_registration"
                + " WHERE campaign_id = ? AND unit_code = ? ORDER BY id")
        .params(campaignId, unitCode)
        .query((rs, i) -> new Entry(
            NomineeKind.valueOf(rs.getString("nominee_kind")), rs.getString("nominee_name"),
            rs.getString("nominee_position"), AwardType.valueOf(rs.getString("title"))))
        .list();
  }

  /** Every unit's registered titles, by unit then in the order registered. */
  public List<Listed> all(long campaignId) {
    return jdbc.sql(
            "SELECT unit_code, nominee_kind, nominee_name, nominee_position, title, registered_at"
                + " FROM title_registration WHERE campaign_id = ? ORDER BY unit_code, id")
        .params(campaignId)
        .query((rs, i) -> new Listed(
            rs.getString("unit_code"),
            NomineeKind.valueOf(rs.getString("nominee_kind")), rs.getString("nominee_name"),
            rs.getString("nominee_position"), AwardType.valueOf(rs.getString("title")),
            rs.getTimestamp("registered_at").toInstant()))
        .list();
  }
}
