package vn.tdkt.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where campaigns stand: per unit registered, reported, nominated and awarded (the one query the
 * tracking page, the summary and the papers share), a campaign's totals, and the list of all.
 */
@Component
public class ProgressReport {

  /** How the units are listed: by kind, then name (the pages) or code (the papers). */
  public enum Order {
    BY_NAME("u.kind, u.name"),
    BY_CODE("u.kind, u.code");

    private final String sql;

    Order(String sql) {
      this.sql = sql;
    }
  }

  private final JdbcClient jdbc;

  public ProgressReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every unit taking part in the campaign, with its counts of dossiers and awards. */
  public List<UnitProgress> units(long campaignId, Order order) {
    return jdbc.sql(
            "SELECT p.unit_code, u.name AS unit_name, u.kind AS unit_kind, p.registered_at,"
                + " p.registered_on_time, p.reported_at, p.reported_on_time,"
                + " (SELECT COUNT(*) FROM nomination n WHERE n.campaign_id = p.campaign_id"
                + "   AND n.unit_code = p.unit_code) AS nominated,"
                + " (SELECT COUNT(*) FROM award a WHERE a.campaign_id = p.campaign_id"
                + "   AND a.unit_code = p.unit_code) AS awarded"
                + " FROM participation p JOIN unit u ON u.code = p.unit_code"
                + " WHERE p.campaign_id = ? ORDER BY " + order.sql)
        .param(campaignId)
        .query(
            (rs, i) ->
                new UnitProgress(
                    rs.getString("unit_code"),
                    rs.getString("unit_name"),
                    rs.getString("unit_kind"),
                    instant(rs.getTimestamp("registered_at")),
                    rs.getBoolean("registered_on_time"),
                    instant(rs.getTimestamp("reported_at")),
                    rs.getObject("reported_on_time", Boolean.class),
                    rs.getInt("nominated"),
                    rs.getInt("awarded")))
        .list();
  }

  public CampaignTotals totals(long campaignId) {
    return jdbc.sql(
            "SELECT COUNT(*) AS units,"
                + " SUM(CASE WHEN registered_at IS NOT NULL THEN 1 ELSE 0 END) AS registered,"
                + " SUM(CASE WHEN reported_on_time THEN 1 ELSE 0 END) AS on_time,"
                + " (SELECT COUNT(*) FROM nomination WHERE campaign_id = ?) AS nominated,"
                + " (SELECT COUNT(*) FROM award WHERE campaign_id = ?) AS awarded"
                + " FROM participation WHERE campaign_id = ?")
        .params(campaignId, campaignId, campaignId)
        .query(
            (rs, i) ->
                new CampaignTotals(
                    rs.getLong("units"),
                    rs.getLong("registered"),
                    rs.getLong("on_time"),
                    rs.getLong("nominated"),
                    rs.getLong("awarded")))
        .single();
  }

  /** Every campaign, newest first, with its units' registration and report counts. */
  public List<CampaignOverview> overview() {
    return overviews(" ORDER BY c.id DESC");
  }

  /** The campaigns that carry out a campaign's plan (a city's wards'), with the same counts, by office. */
  public List<CampaignOverview> children(long parentId) {
    return overviews(" WHERE c.parent_campaign_id = ? ORDER BY c.office_code, c.id", parentId);
  }

  private List<CampaignOverview> overviews(String whereAndOrder, Object... params) {
    return jdbc.sql(
            "SELECT c.code, c.name, c.status, c.start_date, c.end_date, c.office_code,"
                + " (SELECT COUNT(*) FROM participation p WHERE p.campaign_id = c.id) AS units,"
                + " (SELECT COUNT(*) FROM participation p WHERE p.campaign_id = c.id"
                + "   AND p.registered_at IS NOT NULL) AS registered,"
                + " (SELECT COUNT(*) FROM participation p WHERE p.campaign_id = c.id"
                + "   AND p.reported_at IS NOT NULL) AS reported,"
                + " (SELECT COUNT(*) FROM nomination n WHERE n.campaign_id = c.id) AS nominated,"
                + " (SELECT COUNT(*) FROM award a WHERE a.campaign_id = c.id) AS awarded"
                + " FROM campaign c" + whereAndOrder)
        .params(params)
        .query(
            (rs, i) ->
                new CampaignOverview(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("status"),
                    rs.getDate("start_date").toLocalDate(),
                    rs.getDate("end_date").toLocalDate(),
                    rs.getLong("units"),
                    rs.getLong("registered"),
                    rs.getLong("reported"),
                    rs.getLong("nominated"),
                    rs.getLong("awarded"),
                    rs.getString("office_code")))
        .list();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
