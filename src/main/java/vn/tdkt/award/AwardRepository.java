package vn.tdkt.award;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.rules.AwardRules;

/** The award stage's tables: {@code award_decision}, {@code award}, {@code city_proposal}. */
@Repository
public class AwardRepository {

  /** A proposal to the city as recorded: its number and date. */
  public record Proposal(String number, LocalDate date) {}

  /** A decision as recorded: its number and date. */
  public record Decision(String number, LocalDate date) {}

  private final JdbcClient jdbc;
  private final SimpleJdbcInsert decisions;
  private final Clock clock;

  public AwardRepository(JdbcTemplate template, JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.decisions =
        new SimpleJdbcInsert(template)
            .withTableName("award_decision")
            .usingColumns(
                "campaign_id", "decision_number", "decision_date", "level", "signed_by",
                "recorded_at")
            .usingGeneratedKeyColumns("id");
  }

  /**
   * Whether the number is already recorded at the level in one of the campaigns: a local decision's
   * within the campaign's office (the wards of a city number their decisions alike), a higher level's
   * within the campaign (each ward records the same decision of the city for its own nominees).
   */
  public boolean decisionNumberTaken(
      java.util.Collection<Long> campaignIds, AwardRules.Level level, String number) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM award_decision WHERE level = :level AND decision_number = :number"
                + " AND campaign_id IN (:campaigns)")
        .param("level", level.name())
        .param("number", number)
        .param("campaigns", campaignIds)
        .query(Integer.class)
        .single() > 0;
  }

  public long decision(
      long campaignId, AwardRules.Level level, String number, LocalDate date, String signedBy) {
    Map<String, Object> row = new HashMap<>();
    row.put("campaign_id", campaignId);
    row.put("decision_number", number);
    row.put("decision_date", Date.valueOf(date));
    row.put("level", level.name());
    row.put("signed_by", signedBy);
    row.put("recorded_at", Timestamp.from(clock.instant()));
    return decisions.executeAndReturnKey(row).longValue();
  }

  public void award(long decisionId, Nomination n) {
    jdbc.sql(
            "INSERT INTO award (decision_id, nomination_id, campaign_id, unit_code, nominee_name,"
                + " nominee_kind, award_type) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            decisionId,
            n.id(),
            n.campaignId(),
            n.unitCode(),
            n.nomineeName(),
            n.nomineeKind().name(),
            n.awardType().name())
        .update();
  }

  /** Who recorded the campaign's local decision under this number, if it is recorded. */
  public Optional<String> signedBy(long campaignId, String number) {
    return jdbc.sql(
            "SELECT signed_by FROM award_decision WHERE campaign_id = ? AND level = ?"
                + " AND decision_number = ? AND signed_by IS NOT NULL")
        .params(campaignId, AwardRules.Level.LOCAL.name(), number)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  /** Whether one of the campaigns (an office's) already sent a proposal under this number. */
  public boolean proposalNumberTaken(java.util.Collection<Long> campaignIds, String number) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM city_proposal WHERE proposal_number = :number"
                + " AND campaign_id IN (:campaigns)")
        .param("number", number)
        .param("campaigns", campaignIds)
        .query(Integer.class)
        .single() > 0;
  }

  public void proposal(long campaignId, String number, LocalDate date) {
    jdbc.sql(
            "INSERT INTO city_proposal (campaign_id, proposal_number, proposal_date, recorded_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(campaignId, number, Date.valueOf(date), Timestamp.from(clock.instant()))
        .update();
  }

  /** The campaign's latest proposal to the city, if one was recorded. */
  public Optional<Proposal> lastProposal(long campaignId) {
    return jdbc.sql(
            "SELECT proposal_number, proposal_date FROM city_proposal WHERE campaign_id = ?"
                + " ORDER BY id DESC")
        .param(campaignId)
        .query(
            (rs, i) ->
                new Proposal(
                    rs.getString("proposal_number"), rs.getDate("proposal_date").toLocalDate()))
        .list()
        .stream()
        .findFirst();
  }

  /** The campaign's latest decision at a level (its number and date), if one was recorded. */
  public Optional<Decision> lastDecision(long campaignId, AwardRules.Level level) {
    return jdbc.sql(
            "SELECT decision_number, decision_date FROM award_decision WHERE campaign_id = ?"
                + " AND level = ? ORDER BY id DESC")
        .params(campaignId, level.name())
        .query(
            (rs, i) ->
                new Decision(
                    rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate()))
        .list()
        .stream()
        .findFirst();
  }
}
