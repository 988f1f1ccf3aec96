package vn.tdkt.campaign;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
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

  private final org.springframework.jdbc.core.simple.SimpleJdbcInsert insert;

  public CampaignRepository(JdbcTemplate jdbc, java.time.Clock clock) {
    this.insert =
        new org.springframework.jdbc.core.simple.SimpleJdbcInsert(jdbc)
            .withTableName("campaign")
            .usingColumns(
                "code", "name", "kind", "slogan", "legal_basis", "start_date", "end_date",
                "registration_deadline", "report_deadline", "nomination_deadline", "status",
                "created_by")
            .usingGeneratedKeyColumns("id");
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Campaign> find(long id) {
    return jdbc.query("SELECT * FROM campaign WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** The first campaign with the code (codes are unique within an office, see {@link #byCode}). */
  public Optional<Campaign> findByCode(String code) {
    return byCode(code).stream().findFirst();
  }

  /** The campaigns with the code, one per office at most, oldest first. */
  public List<Campaign> byCode(String code) {
    return jdbc.query("SELECT * FROM campaign WHERE code = ? ORDER BY id", ROW, code);
  }

  /** The office's campaign with the code. */
  public Optional<Campaign> findByCode(String officeCode, String code) {
    return byCode(code).stream().filter(c -> officeCode.equals(c.officeCode())).findFirst();
  }

  /** The ids of an office's campaigns (its papers are numbered within the office). */
  public List<Long> idsOfOffice(String officeCode) {
    return jdbc.queryForList("SELECT id FROM campaign WHERE office_code = ?", Long.class, officeCode);
  }

  public Campaign get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No campaign " + id));
  }

  public long insert(Plan plan, String createdBy) {
    java.util.Map<String, Object> row = new java.util.HashMap<>();
    row.put("code", plan.code());
    row.put("name", plan.name());
    row.put("kind", plan.kind());
    row.put("slogan", plan.slogan());
    row.put("legal_basis", plan.legalBasis());
    row.put("start_date", Date.valueOf(plan.startDate()));
    row.put("end_date", Date.valueOf(plan.endDate()));
    row.put("registration_deadline", Date.valueOf(plan.registrationDeadline()));
    row.put("report_deadline", Date.valueOf(plan.reportDeadline()));
    row.put("nomination_deadline", Date.valueOf(plan.nominationDeadline()));
    row.put("status", CampaignStatus.DRAFT.name());
    row.put("created_by", createdBy);
    long id = insert.executeAndReturnKey(row).longValue();
    replaceScope(id, plan);
    return id;
  }

  /** Marks the campaign as its office's title cycle of the year, or not. */
  public void setTitleCycle(long id, boolean titleCycle) {
    jdbc.update("UPDATE campaign SET title_cycle = ? WHERE id = ?", titleCycle, id);
  }

  /** Whether the campaign is its office's title cycle of the year. */
  public boolean isTitleCycle(long id) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject("SELECT title_cycle FROM campaign WHERE id = ?", Boolean.class, id));
  }

  /** The office's title cycles whose period starts in the year, other than {@code except}. */
  public List<String> titleCycles(String officeCode, int year, Long except) {
    return jdbc.queryForList(
        "SELECT code FROM campaign WHERE title_cycle AND office_code = ? AND start_date >= ?"
            + " AND start_date < ? AND id <> ?",
        String.class, officeCode, Date.valueOf(java.time.LocalDate.of(year, 1, 1)),
        Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)), except == null ? -1L : except);
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

  /** Links a campaign to the campaign whose plan it carries out (a ward's to the city's). */
  public void setParent(long id, Long parentId) {
    jdbc.update("UPDATE campaign SET parent_campaign_id = ? WHERE id = ?", parentId, id);
  }

  /** The campaign whose plan this one carries out, if any. */
  public java.util.Optional<Long> parentOf(long id) {
    return jdbc.queryForList("SELECT parent_campaign_id FROM campaign WHERE id = ?", Long.class, id)
        .stream().filter(java.util.Objects::nonNull).findFirst();
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

  /** The public disclosure of a campaign's nominees: when published, its last day, where posted. */
  public record Disclosure(java.time.Instant publishedAt, java.time.LocalDate end, String channel) {}

  public void disclosed(long id, java.time.LocalDate end, String channel) {
    jdbc.update(
        "UPDATE campaign SET disclosed_at = ?, disclosure_end = ?, disclosure_channel = ?"
            + " WHERE id = ?",
        java.sql.Timestamp.from(clock.instant()),
        Date.valueOf(end),
        channel,
        id);
  }

  public Disclosure disclosure(long id) {
    return jdbc.queryForObject(
        "SELECT disclosed_at, disclosure_end, disclosure_channel FROM campaign WHERE id = ?",
        (rs, i) ->
            new Disclosure(
                rs.getTimestamp("disclosed_at") == null
                    ? null
                    : rs.getTimestamp("disclosed_at").toInstant(),
                rs.getDate("disclosure_end") == null
                    ? null
                    : rs.getDate("disclosure_end").toLocalDate(),
                rs.getString("disclosure_channel")),
        id);
  }

  /** The summary's conclusion, once the campaign is closed. */
  public String conclusion(long id) {
    return jdbc.queryForObject(
        "SELECT summary_conclusion FROM campaign WHERE id = ?", String.class, id);
  }

  /** The units a responsibility is assigned to in the campaign, by code. */
  public List<String> responsibleUnits(long id) {
    return jdbc.queryForList(
        "SELECT DISTINCT unit_code FROM responsibility WHERE campaign_id = ? ORDER BY unit_code",
        String.class,
        id);
  }
}
