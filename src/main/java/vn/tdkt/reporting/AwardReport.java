package vn.tdkt.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;

/** The awards as decided, across campaigns: the registry's search and the year's counts for quotas. */
@Component
public class AwardReport {

  private final JdbcClient jdbc;

  public AwardReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The awards that match, newest decision first. */
  public List<AwardRow> search(AwardFilter filter) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.nominee_name, n.nominee_position, a.nominee_kind, a.unit_code,"
                + " u.name AS unit_name, a.award_type, d.level, d.decision_number, d.decision_date,"
                + " c.code AS campaign_code, c.name AS campaign_name, c.regime, c.approving_level,"
                + " c.office_code"
                + " FROM award a"
                + " JOIN award_decision d ON d.id = a.decision_id"
                + " JOIN campaign c ON c.id = a.campaign_id"
                + " JOIN unit u ON u.code = a.unit_code"
                + " JOIN nomination n ON n.id = a.nomination_id"
                + " WHERE 1 = 1");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (filter.visibleUnits() != null) {
      if (filter.visibleUnits().isEmpty()) {
        return List.of();
      }
      sql.append(" AND a.unit_code IN (:visible)");
      params.put("visible", filter.visibleUnits());
    }
    if (filter.unitCode() != null) {
      sql.append(" AND a.unit_code = :unit");
      params.put("unit", filter.unitCode());
    }
    if (filter.campaignCode() != null) {
      sql.append(" AND c.code = :campaign");
      params.put("campaign", filter.campaignCode());
    }
    if (filter.type() != null) {
      sql.append(" AND a.award_type = :type");
      params.put("type", filter.type().name());
    }
    if (filter.year() != null) {
      sql.append(" AND d.decision_date >= :from AND d.decision_date < :to");
      params.put("from", Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
      params.put("to", Date.valueOf(LocalDate.of(filter.year() + 1, 1, 1)));
    }
    sql.append(" ORDER BY d.decision_date DESC, d.decision_number, a.id");
    return jdbc.sql(sql.toString())
        .paramSource(params)
        .query(
            (rs, i) ->
                new AwardRow(
                    rs.getString("nominee_name"),
                    rs.getString("nominee_position"),
                    NomineeKind.valueOf(rs.getString("nominee_kind")),
                    rs.getString("unit_code"),
                    rs.getString("unit_name"),
                    AwardType.valueOf(rs.getString("award_type")),
                    rs.getString("level"),
                    rs.getString("decision_number"),
                    rs.getDate("decision_date").toLocalDate(),
                    rs.getString("campaign_code"),
                    rs.getString("campaign_name"),
                    rs.getString("regime"),
                    rs.getString("approving_level"),
                    rs.getString("office_code")))
        .list();
  }

  /**
   * Individuals awarded one of the types in a year by the office's campaigns other than one; with no
   * office, by every office's.
   */
  public int individualsAwarded(
      Collection<AwardType> types, String officeCode, long exceptCampaignId, int year) {
    String in = String.join(",", Collections.nCopies(types.size(), "?"));
    List<Object> args = new ArrayList<>(types.stream().map(Enum::name).toList());
    args.add(exceptCampaignId);
    args.add(Date.valueOf(LocalDate.of(year, 1, 1)));
    args.add(Date.valueOf(LocalDate.of(year, 12, 31)));
    String office = "";
    if (officeCode != null) {
      office = " AND c.office_code = ?";
      args.add(officeCode);
    }
    return jdbc.sql(
            "SELECT COUNT(*) FROM award a JOIN award_decision d ON d.id = a.decision_id"
                + " JOIN campaign c ON c.id = a.campaign_id WHERE a.award_type IN (" + in + ")"
                + " AND a.nominee_kind = 'CA_NHAN' AND a.campaign_id <> ?"
                + " AND d.decision_date >= ? AND d.decision_date <= ?" + office)
        .params(args)
        .query(Integer.class)
        .single();
  }

  /** A title in a unit's history: who, which type, for which year. */
  public record TitleYear(String nomineeName, AwardType type, int year) {}

  /**
   * The titles awarded to a unit's nominees of the given types, each with its year: the year of the
   * title cycle that decided it, or else the year of its decision.
   */
  public List<TitleYear> titlesOf(String unitCode, Collection<AwardType> types) {
    if (types.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", Collections.nCopies(types.size(), "?"));
    List<Object> args = new ArrayList<>();
    args.add(unitCode);
    args.addAll(types.stream().map(Enum::name).toList());
    return jdbc.sql(
            "SELECT a.nominee_name, a.award_type, c.title_cycle, c.start_date, d.decision_date"
                + " FROM award a JOIN award_decision d ON d.id = a.decision_id"
                + " JOIN campaign c ON c.id = a.campaign_id"
                + " WHERE a.unit_code = ? AND a.award_type IN (" + in + ")")
        .params(args)
        .query((rs, i) -> new TitleYear(
            rs.getString("nominee_name"),
            AwardType.valueOf(rs.getString("award_type")),
            rs.getBoolean("title_cycle")
                ? rs.getDate("start_date").toLocalDate().getYear()
                : rs.getDate("decision_date").toLocalDate().getYear()))
        .list();
  }
}
