package vn.tdkt.nomination;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;

@Repository
public class NominationRepository {

  static final RowMapper<Nomination> ROW =
      (rs, i) ->
          new Nomination(
              rs.getLong("id"),
              rs.getLong("campaign_id"),
              rs.getString("unit_code"),
              NomineeKind.valueOf(rs.getString("nominee_kind")),
              rs.getString("nominee_name"),
              rs.getString("nominee_position"),
              AwardType.valueOf(rs.getString("award_type")),
              rs.getString("achievements"),
              rs.getString("document_link"),
              NominationStatus.valueOf(rs.getString("status")),
              rs.getString("appraisal_reason"),
              rs.getString("missing_items"),
              rs.getInt("supplement_count"),
              rs.getBoolean("women_priority"),
              rs.getBoolean("under_review"));

  private final JdbcTemplate jdbc;
  private final java.time.Clock clock;
  private final NamedParameterJdbcTemplate named;
  private final SimpleJdbcInsert insert;

  public NominationRepository(JdbcTemplate jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.insert =
        new SimpleJdbcInsert(jdbc)
            .withTableName("nomination")
            .usingColumns(
                "campaign_id", "unit_code", "nominee_kind", "nominee_name", "nominee_position",
                "award_type", "achievements", "document_link", "status", "submitted_at",
                "women_priority")
            .usingGeneratedKeyColumns("id");
  }

  public java.util.Optional<Nomination> find(long id) {
    return jdbc.query("SELECT * FROM nomination WHERE id = ?", ROW, id).stream().findFirst();
  }

  public Nomination get(long id) {
    return jdbc.queryForObject("SELECT * FROM nomination WHERE id = ?", ROW, id);
  }

  public List<Nomination> ofCampaign(long campaignId, Collection<NominationStatus> statuses) {
    return named.query(
        "SELECT * FROM nomination WHERE campaign_id = :c AND status IN (:s) ORDER BY id",
        Map.of("c", campaignId, "s", statuses.stream().map(Enum::name).toList()),
        ROW);
  }

  public List<Nomination> ofSession(long sessionId) {
    return jdbc.query("SELECT * FROM nomination WHERE session_id = ? ORDER BY id", ROW, sessionId);
  }

  public boolean duplicate(long campaignId, String unitCode, String name, AwardType type) {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM nomination WHERE campaign_id = ? AND unit_code = ?"
                + " AND LOWER(nominee_name) = LOWER(?) AND award_type = ? AND status <> ?",
            Integer.class,
            campaignId,
            unitCode,
            name,
            type.name(),
            NominationStatus.KHONG_DU_DIEU_KIEN.name());
    return count != null && count > 0;
  }

  public long insert(Nomination n) {
    Map<String, Object> row = new java.util.HashMap<>();
    row.put("campaign_id", n.campaignId());
    row.put("unit_code", n.unitCode());
    row.put("nominee_kind", n.nomineeKind().name());
    row.put("nominee_name", n.nomineeName());
    row.put("nominee_position", n.nomineePosition());
    row.put("award_type", n.awardType().name());
    row.put("achievements", n.achievements());
    row.put("document_link", n.documentLink());
    row.put("status", NominationStatus.CHO_DUYET.name());
    row.put("submitted_at", Timestamp.from(clock.instant()));
    row.put("women_priority", n.womenPriority());
    return insert.executeAndReturnKey(row).longValue();
  }

  /** A change of the appraisal's outcome that leaves the checklist's answer as it was. */
  public void appraise(long id, NominationStatus status, String reason, String missing) {
    jdbc.update(
        "UPDATE nomination SET status = ?, appraisal_reason = ?, missing_items = ?,"
            + " supplement_count = supplement_count + ? WHERE id = ?",
        status.name(),
        reason,
        missing,
        status == NominationStatus.BI_TRA_LAI ? 1 : 0,
        id);
  }

  public void appraise(
      long id, NominationStatus status, String reason, String missing, boolean underReview) {
    jdbc.update(
        "UPDATE nomination SET status = ?, appraisal_reason = ?, missing_items = ?,"
            + " supplement_count = supplement_count + ?, under_review = ? WHERE id = ?",
        status.name(),
        reason,
        missing,
        status == NominationStatus.BI_TRA_LAI ? 1 : 0,
        underReview,
        id);
  }

  public void setSupplementDue(long id, java.time.LocalDate due) {
    jdbc.update("UPDATE nomination SET supplement_due = ? WHERE id = ?", java.sql.Date.valueOf(due), id);
  }

  public java.util.Optional<java.time.LocalDate> supplementDue(long id) {
    return jdbc.queryForList("SELECT supplement_due FROM nomination WHERE id = ?", java.sql.Date.class, id)
        .stream().filter(java.util.Objects::nonNull).map(java.sql.Date::toLocalDate).findFirst();
  }

  public void supplement(long id, String achievements, String link, String note) {
    jdbc.update(
        "UPDATE nomination SET achievements = ?, document_link = ?, supplement_note = ?,"
            + " status = ? WHERE id = ?",
        achievements,
        link,
        note,
        NominationStatus.CHO_DUYET.name(),
        id);
  }

  /** What the year's check found for a year-end nominee, if anything. */
  public java.util.Optional<String> historyCheck(long id) {
    return java.util.Optional.ofNullable(jdbc.queryForObject(
        "SELECT history_check FROM nomination WHERE id = ?", String.class, id));
  }

  /** What the year's check found for a year-end nominee (null: nothing). */
  public void setHistoryCheck(long id, String findings) {
    jdbc.update("UPDATE nomination SET history_check = ? WHERE id = ?", findings, id);
  }

  public void setStatus(long id, NominationStatus status) {
    jdbc.update("UPDATE nomination SET status = ? WHERE id = ?", status.name(), id);
  }

  /** Puts the dossiers before a council session: they are being considered. */
  public void putBefore(long sessionId, List<Long> ids) {
    for (long id : ids) {
      jdbc.update(
          "UPDATE nomination SET session_id = ?, status = ? WHERE id = ?",
          sessionId,
          NominationStatus.DANG_XET.name(),
          id);
    }
  }

  /** The council's tally of one dossier and the status it leads to. */
  public void recordVote(
      long id, int agree, int disagree, int abstain, int excluded, int total, boolean passed,
      String note, NominationStatus status) {
    jdbc.update(
        "UPDATE nomination SET votes_agree = ?, votes_disagree = ?, votes_abstain = ?,"
            + " votes_excluded = ?, votes_total = ?, vote_passed = ?, vote_note = ?, status = ?"
            + " WHERE id = ?",
        agree, disagree, abstain, excluded, total, passed, note, status.name(), id);
  }

  /** The units whose dossiers went before the council in the campaign, by code. */
  /**
   * The units whose dossiers were before the campaign's council, to be told the result; a dossier a
   * ward forwarded is told by the ward's own campaign, to its units.
   */
  public List<String> unitsBeforeCouncil(long campaignId) {
    return jdbc.queryForList(
        "SELECT DISTINCT unit_code FROM nomination WHERE campaign_id = ? AND session_id IS NOT NULL"
            + " AND forwarded_from IS NULL ORDER BY unit_code",
        String.class,
        campaignId);
  }

  /** A dossier forwarded to the city's campaign: its id there, the ward's dossier, its status. */
  public record Forwarded(long id, long fromId, long fromCampaignId, NominationStatus status) {}

  /**
   * Copies a ward's dossier into the city's campaign, awaiting the city's appraisal; the copy keeps
   * the dossier it came from.
   */
  public long forward(long cityCampaignId, Nomination from) {
    long id = insert(new Nomination(null, cityCampaignId, from.unitCode(), from.nomineeKind(),
        from.nomineeName(), from.nomineePosition(), from.awardType(), from.achievements(),
        from.documentLink(), NominationStatus.CHO_DUYET, null, null, 0, from.womenPriority(), false));
    jdbc.update("UPDATE nomination SET forwarded_from = ? WHERE id = ?", from.id(), id);
    return id;
  }

  /** The dossier a forwarded one came from, if it was forwarded. */
  public java.util.Optional<Long> forwardedFrom(long id) {
    return jdbc.queryForList("SELECT forwarded_from FROM nomination WHERE id = ? AND forwarded_from IS NOT NULL",
        Long.class, id).stream().findFirst();
  }

  /** Whether a ward's dossier has already been forwarded (a retried job forwards it once). */
  public boolean isForwarded(long fromId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE forwarded_from = ?", Integer.class,
        fromId) > 0;
  }

  /** The dossiers forwarded into a campaign, with the ward's campaign each came from. */
  public List<Forwarded> forwardedInto(long campaignId) {
    return jdbc.query(
        "SELECT n.id, n.forwarded_from, f.campaign_id AS from_campaign, n.status FROM nomination n"
            + " JOIN nomination f ON f.id = n.forwarded_from WHERE n.campaign_id = ? ORDER BY n.id",
        (rs, i) -> new Forwarded(rs.getLong("id"), rs.getLong("forwarded_from"),
            rs.getLong("from_campaign"), NominationStatus.valueOf(rs.getString("status"))),
        campaignId);
  }
}
