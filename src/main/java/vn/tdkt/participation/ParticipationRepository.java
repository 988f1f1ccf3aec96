package vn.tdkt.participation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.campaign.CampaignLaunched;
import vn.tdkt.participation.ParticipationService.Registration;
import vn.tdkt.participation.ParticipationService.Report;

/** The participation stage's table {@code participation}: one row per unit taking part. */
@Repository
public class ParticipationRepository {

  private final JdbcClient jdbc;

  public ParticipationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A launched campaign's units take part: one row each, in the launch's transaction. */
  @EventListener
  public void on(CampaignLaunched launched) {
    create(launched.campaignId(), launched.unitCodes());
  }

  public void create(long campaignId, List<String> unitCodes) {
    for (String unit : unitCodes) {
      jdbc.sql("INSERT INTO participation (campaign_id, unit_code) VALUES (?, ?)")
          .params(campaignId, unit)
          .update();
    }
  }

  public void register(
      long campaignId, String unitCode, Registration r, Instant at, boolean onTime) {
    jdbc.sql(
            "UPDATE participation SET activity_name = ?, activity_kind = ?, activity_date = ?,"
                + " registration_note = ?, contact_email = ?, registered_at = ?,"
                + " registered_on_time = ? WHERE campaign_id = ? AND unit_code = ?")
        .params(
            r.activityName(),
            r.kind(),
            Date.valueOf(r.date()),
            r.note(),
            r.contactEmail(),
            Timestamp.from(at),
            onTime,
            campaignId,
            unitCode)
        .update();
  }

  public void registeredTitles(long campaignId, String unitCode, Instant at, boolean onTime) {
    jdbc.sql("UPDATE participation SET registered_at = ?, registered_on_time = ?"
            + " WHERE campaign_id = ? AND unit_code = ?")
        .params(Timestamp.from(at), onTime, campaignId, unitCode)
        .update();
  }

  public void report(long campaignId, String unitCode, Report r, Instant at, boolean onTime) {
    jdbc.sql(
            "UPDATE participation SET result_summary = ?, participants = ?, document_link = ?,"
                + " reported_at = ?, reported_on_time = ? WHERE campaign_id = ? AND unit_code = ?")
        .params(
            r.summary(), r.participants(), r.link(), Timestamp.from(at), onTime, campaignId,
            unitCode)
        .update();
  }

  /** Whether the unit takes part in the campaign. */
  public boolean takesPart(long campaignId, String unitCode) {
    return jdbc.sql("SELECT COUNT(*) FROM participation WHERE campaign_id = ? AND unit_code = ?")
        .params(campaignId, unitCode)
        .query(Integer.class)
        .single() > 0;
  }
}
