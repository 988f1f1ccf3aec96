package vn.tdkt.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;

/**
 * The dossiers as the papers, mails and forms show them: with the unit's name, the council's vote,
 * the decision that awarded them, and the objections against them.
 */
@Component
public class DossierReport {

  private static final String NOMINEE_SELECT =
      "SELECT n.id, n.nominee_name, n.nominee_kind, n.unit_code, u.name AS unit_name, n.award_type,"
          + " n.status, n.votes_agree, n.votes_total, n.vote_passed"
          + " FROM nomination n JOIN unit u ON u.code = n.unit_code ";

  private final JdbcClient jdbc;

  public DossierReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The dossiers before a session, in the order they were submitted. */
  public List<NomineeRow> ofSession(long sessionId) {
    return nominees("WHERE n.session_id = ? ORDER BY n.id", sessionId);
  }

  public List<NomineeRow> ofCampaign(long campaignId) {
    return nominees("WHERE n.campaign_id = ? ORDER BY n.id", campaignId);
  }

  /** The dossiers the council passed (at whatever level). */
  public List<NomineeRow> passed(long campaignId) {
    return nominees("WHERE n.campaign_id = ? AND n.vote_passed = TRUE ORDER BY n.id", campaignId);
  }

  /** The dossiers in a status, or awarded by a decision of the level. */
  public List<NomineeRow> inStatusOrAwarded(long campaignId, String status, String level) {
    return nominees(
        "WHERE n.campaign_id = ? AND (n.status = ? OR EXISTS (SELECT 1 FROM award a"
            + " JOIN award_decision d ON d.id = a.decision_id WHERE a.nomination_id = n.id"
            + " AND d.level = ?)) ORDER BY n.id",
        campaignId,
        status,
        level);
  }

  /**
   * A unit's dossiers that went before the council, with the decision that awarded them; with
   * {@code cityOnly}, only those the city decided (awarded or not).
   */
  public List<NomineeOutcome> outcomes(long campaignId, String unitCode, boolean cityOnly) {
    return jdbc.sql(
            "SELECT n.nominee_name, n.award_type, n.status, n.votes_agree, n.votes_total,"
                + " d.decision_number, d.decision_date FROM nomination n"
                + " LEFT JOIN award a ON a.nomination_id = n.id"
                + " LEFT JOIN award_decision d ON d.id = a.decision_id"
                + " WHERE n.campaign_id = ? AND n.unit_code = ? AND n.session_id IS NOT NULL"
                + (cityOnly ? " AND (d.level = 'CITY' OR n.status = 'THANH_PHO_KHONG_KHEN')" : "")
                + " ORDER BY n.id")
        .params(campaignId, unitCode)
        .query(
            (rs, i) ->
                new NomineeOutcome(
                    rs.getString("nominee_name"),
                    rs.getString("award_type"),
                    rs.getString("status"),
                    rs.getObject("votes_agree", Integer.class),
                    rs.getObject("votes_total", Integer.class),
                    rs.getString("decision_number"),
                    rs.getDate("decision_date") == null
                        ? null
                        : rs.getDate("decision_date").toLocalDate()))
        .list();
  }

  /** The objections of a campaign with the nominee each is about, in the order received. */
  public List<ObjectionRow> objections(long campaignId) {
    return jdbc.sql(
            "SELECT o.*, n.nominee_name, n.unit_code FROM objection o"
                + " JOIN nomination n ON n.id = o.nomination_id WHERE o.campaign_id = ? ORDER BY o.id")
        .param(campaignId)
        .query(
            (rs, i) ->
                new ObjectionRow(
                    rs.getLong("id"),
                    rs.getLong("nomination_id"),
                    rs.getString("nominee_name"),
                    rs.getString("unit_code"),
                    rs.getString("objector"),
                    rs.getString("contact"),
                    rs.getString("content"),
                    rs.getString("received_by"),
                    instant(rs.getTimestamp("received_at")),
                    rs.getString("outcome"),
                    rs.getString("resolution"),
                    rs.getString("resolved_by"),
                    instant(rs.getTimestamp("resolved_at"))))
        .list();
  }

  private List<NomineeRow> nominees(String where, Object... args) {
    return jdbc.sql(NOMINEE_SELECT + where).params(args).query((rs, i) -> nominee(rs)).list();
  }

  private static NomineeRow nominee(ResultSet rs) throws SQLException {
    return new NomineeRow(
        rs.getLong("id"),
        rs.getString("nominee_name"),
        NomineeKind.valueOf(rs.getString("nominee_kind")),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        AwardType.valueOf(rs.getString("award_type")),
        rs.getString("status"),
        rs.getObject("votes_agree", Integer.class),
        rs.getObject("votes_total", Integer.class),
        rs.getObject("vote_passed", Boolean.class));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
