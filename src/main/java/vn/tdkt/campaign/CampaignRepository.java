package vn.tdkt.campaign;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tdkt.unit.UnitKind;

@Repository
public class CampaignRepository {

  private static final RowMapper<Campaign> ROW =
      (rs, i) ->
          new Campaign(
              rs.getLong("id"),
              rs.getString("code"),
              rs.getString("name"),
              rs.getString("kind"),
              rs.getString("slogan"),
              rs.getString("legal_basis"),
              rs.getDate("start_date").toLocalDate(),
              rs.getDate("end_date").toLocalDate(),
              rs.getDate("registration_deadline").toLocalDate(),
              rs.getDate("report_deadline").toLocalDate(),
              rs.getDate("nomination_deadline").toLocalDate(),
              CampaignStatus.valueOf(rs.getString("status")),
              rs.getString("return_reason"),
              rs.getString("regime"),
              rs.getString("approving_level"),
              rs.getString("office_code"));

  private final JdbcTemplate jdbc;
  private final java.time.Clock clock;

  public CampaignRepository(JdbcTemplate jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Campaign> find(long id) {
    return jdbc.query("SELECT * FROM campaign WHERE id = ?", ROW, id).stream().findFirst();
  }

  public Optional<Campaign> findByCode(String code) {
    return jdbc.query("SELECT * FROM campaign WHERE code = ?", ROW, code).stream().findFirst();
  }

  public Campaign get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No campaign " + id));
  }

  public long insert(Plan plan, String createdBy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO campaign (code, name, kind, slogan, legal_basis, start_date, end_date,"
                      + " registration_deadline, report_deadline, nomination_deadline, status,"
                      + " created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                  new String[] {"id"});
          ps.setString(1, plan.code());
          fill(ps, plan, 2);
          ps.setString(11, CampaignStatus.DRAFT.name());
          ps.setString(12, createdBy);
          return ps;
        },
        keys);
    long id = keys.getKey().longValue();
    replaceScope(id, plan);
    return id;
  }

  public void update(long id, Plan plan) {
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "UPDATE campaign SET name=?, kind=?, slogan=?, legal_basis=?, start_date=?,"
                      + " end_date=?, registration_deadline=?, report_deadline=?,"
                      + " nomination_deadline=?, status=? WHERE id=?");
          fill(ps, plan, 1);
          ps.setString(10, CampaignStatus.DRAFT.name());
          ps.setLong(11, id);
          return ps;
        });
    replaceScope(id, plan);
  }

  private static void fill(java.sql.PreparedStatement ps, Plan plan, int from)
      throws java.sql.SQLException {
    ps.setString(from, plan.name());
    ps.setString(from + 1, plan.kind());
    ps.setString(from + 2, plan.slogan());
    ps.setString(from + 3, plan.legalBasis());
    ps.setDate(from + 4, Date.valueOf(plan.startDate()));
    ps.setDate(from + 5, Date.valueOf(plan.endDate()));
    ps.setDate(from + 6, Date.valueOf(plan.registrationDeadline()));
    ps.setDate(from + 7, Date.valueOf(plan.reportDeadline()));
    ps.setDate(from + 8, Date.valueOf(plan.nominationDeadline()));
  }

  private void replaceScope(long id, Plan plan) {
    jdbc.update("DELETE FROM campaign_unit_kind WHERE campaign_id = ?", id);
    for (UnitKind kind : plan.unitKinds()) {
      jdbc.update(
          "INSERT INTO campaign_unit_kind (campaign_id, unit_kind) VALUES (?, ?)", id, kind.name());
    }
    jdbc.update("DELETE FROM responsibility WHERE campaign_id = ?", id);
    for (Plan.Assignment a : plan.assignments()) {
      jdbc.update(
          "INSERT INTO responsibility (campaign_id, unit_code, description) VALUES (?, ?, ?)",
          id,
          a.unitCode(),
          a.description());
    }
  }

  public List<UnitKind> unitKinds(long id) {
    return jdbc.queryForList(
            "SELECT unit_kind FROM campaign_unit_kind WHERE campaign_id = ? ORDER BY unit_kind",
            String.class,
            id)
        .stream()
        .map(UnitKind::valueOf)
        .toList();
  }

  /** Records the office that runs the campaign and the rules it follows. */
  public void setRules(long id, String officeCode, String regime, String approvingLevel) {
    jdbc.update(
        "UPDATE campaign SET office_code = ?, regime = ?, approving_level = ? WHERE id = ?",
        officeCode,
        regime,
        approvingLevel,
        id);
  }

  public void setStatus(long id, CampaignStatus status, String returnReason) {
    jdbc.update(
        "UPDATE campaign SET status = ?, return_reason = ? WHERE id = ?",
        status.name(),
        returnReason,
        id);
  }

  public void close(long id, String conclusion) {
    jdbc.update(
        "UPDATE campaign SET status = ?, summary_conclusion = ?, closed_at = ? WHERE id = ?",
        CampaignStatus.CLOSED.name(),
        conclusion,
        Timestamp.from(clock.instant()),
        id);
  }
}
