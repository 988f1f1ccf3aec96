package vn.tdkt.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.system.Roles;
import vn.tdkt.system.SystemCalls;

/**
 * What the documents say about a campaign, read from the application's tables: the council's
 * sessions and votes, the dossiers, the units' participation, and the rules that apply to them.
 */
@Component
class CampaignRecords {

  /** A dossier with its unit's name and, once tallied, the council's vote. */
  record Nominee(
      long id,
      String name,
      NomineeKind kind,
      String unitCode,
      String unitName,
      AwardType type,
      NominationStatus status,
      Integer agree,
      Integer members,
      Boolean passed) {}

  /** A council session: when it opened, who sits, how many ballots were cast. */
  record Session(long id, long campaignId, LocalDate openedOn, int memberCount, List<String> members,
      int ballots) {}

  /** A unit's participation in a campaign. */
  record Participation(
      String unitCode,
      String unitName,
      LocalDate registeredOn,
      boolean registeredOnTime,
      LocalDate reportedOn,
      boolean reportedOnTime,
      int nominated,
      int awarded) {}

  /** A proposal to the city as recorded: its number and date. */
  record Proposal(String number, LocalDate date) {}

  private static final String NOMINEE_SELECT =
      "SELECT n.id, n.nominee_name, n.nominee_kind, n.unit_code, u.name AS unit_name, n.award_type,"
          + " n.status, n.votes_agree, n.votes_total, n.vote_passed"
          + " FROM nomination n JOIN unit u ON u.code = n.unit_code ";

  private final java.time.ZoneId zone;
  private final vn.tdkt.system.Users users;
  private final JdbcTemplate jdbc;
  private final AwardRules rules;
  private final IdentityService identityService;
  private final SystemCalls system;

  CampaignRecords(
      JdbcTemplate jdbc,
      AwardRules rules,
      IdentityService identityService,
      SystemCalls system,
      vn.tdkt.system.Deadlines deadlines,
      vn.tdkt.system.Users users) {
    this.zone = deadlines.zone();
    this.users = users;
    this.jdbc = jdbc;
    this.rules = rules;
    this.identityService = identityService;
    this.system = system;
  }

  Optional<Session> session(long sessionId) {
    return jdbc
        .query(
            "SELECT campaign_id, member_count, opened_at FROM council_session WHERE id = ?",
            (rs, i) ->
                new Session(
                    sessionId,
                    rs.getLong("campaign_id"),
                    day(rs.getTimestamp("opened_at")),
                    rs.getInt("member_count"),
                    memberNames(sessionId),
                    ballots(sessionId)),
            sessionId)
        .stream()
        .findFirst();
  }

  /** The latest council session of the campaign, if one was held. */
  Optional<Session> lastSession(long campaignId) {
    List<Long> ids =
        jdbc.queryForList(
            "SELECT id FROM council_session WHERE campaign_id = ? ORDER BY id DESC",
            Long.class,
            campaignId);
    return ids.isEmpty() ? Optional.empty() : session(ids.get(0));
  }

  /**
   * The dossiers before a session with the tally as recorded: agreeing votes over the members entitled
   * to vote on each (conflicts of interest excluded) and the outcome after the threshold and quota.
   */
  List<Nominee> sessionNominees(long sessionId, int members) {
    return nominees("WHERE n.session_id = ? ORDER BY n.id", sessionId);
  }

  /** The rules of a campaign: its regime and approving level. */
  AwardRules.Context rulesOf(long campaignId) {
    return jdbc.queryForObject(
        "SELECT regime, approving_level, office_code FROM campaign WHERE id = ?",
        (rs, i) ->
            new AwardRules.Context(
                rs.getString("regime"),
                AwardRules.ApprovingLevel.valueOf(rs.getString("approving_level")),
                rs.getString("office_code")),
        campaignId);
  }

  /** Passed by the council at the local level: waiting for the decision, or already awarded by it. */
  List<Nominee> localAwardees(long campaignId) {
    return nominees(
        "WHERE n.campaign_id = ? AND (n.status = ? OR EXISTS (SELECT 1 FROM award a"
            + " JOIN award_decision d ON d.id = a.decision_id WHERE a.nomination_id = n.id"
            + " AND d.level = ?)) ORDER BY n.id",
        campaignId,
        NominationStatus.CHO_QUYET_DINH.name(),
        AwardRules.Level.LOCAL.name());
  }

  /** Passed by the council for an award the city decides. */
  List<Nominee> cityNominees(long campaignId) {
    AwardRules.Context rulesOf = rulesOf(campaignId);
    return nominees("WHERE n.campaign_id = ? AND n.vote_passed = TRUE ORDER BY n.id", campaignId)
        .stream()
        .filter(n -> level(rulesOf, n.type()) == AwardRules.Level.CITY)
        .toList();
  }

  List<Nominee> allNominees(long campaignId) {
    return nominees("WHERE n.campaign_id = ? ORDER BY n.id", campaignId);
  }

  List<Participation> participation(long campaignId) {
    return jdbc.query(
        "SELECT p.unit_code, u.name AS unit_name, p.registered_at, p.registered_on_time,"
            + " p.reported_at, p.reported_on_time,"
            + " (SELECT COUNT(*) FROM nomination n WHERE n.campaign_id = p.campaign_id"
            + "   AND n.unit_code = p.unit_code) AS nominated,"
            + " (SELECT COUNT(*) FROM award a WHERE a.campaign_id = p.campaign_id"
            + "   AND a.unit_code = p.unit_code) AS awarded"
            + " FROM participation p JOIN unit u ON u.code = p.unit_code"
            + " WHERE p.campaign_id = ? ORDER BY u.kind, u.code",
        (rs, i) ->
            new Participation(
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                day(rs.getTimestamp("registered_at")),
                rs.getBoolean("registered_on_time"),
                day(rs.getTimestamp("reported_at")),
                rs.getBoolean("reported_on_time"),
                rs.getInt("nominated"),
                rs.getInt("awarded")),
        campaignId);
  }

  boolean takesPart(long campaignId, String unitCode) {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM participation WHERE campaign_id = ? AND unit_code = ?",
            Integer.class,
            campaignId,
            unitCode);
    return count != null && count > 0;
  }

  Optional<Proposal> cityProposal(long campaignId) {
    return jdbc
        .query(
            "SELECT proposal_number, proposal_date FROM city_proposal WHERE campaign_id = ?"
                + " ORDER BY id DESC",
            (rs, i) ->
                new Proposal(rs.getString("proposal_number"), rs.getDate("proposal_date").toLocalDate()),
            campaignId)
        .stream()
        .findFirst();
  }

  String conclusion(long campaignId) {
    return jdbc.queryForObject(
        "SELECT summary_conclusion FROM campaign WHERE id = ?", String.class, campaignId);
  }

  /**
   * Who signs a decision: the user who recorded it when it is already recorded under this number,
   * otherwise the chairman (the first member of the chairman's group).
   */
  String signer(long campaignId, String number) {
    List<String> recorded =
        number == null
            ? List.of()
            : jdbc.queryForList(
                "SELECT signed_by FROM award_decision WHERE campaign_id = ? AND level = ?"
                    + " AND decision_number = ? AND signed_by IS NOT NULL",
                String.class,
                campaignId,
                AwardRules.Level.LOCAL.name(),
                number);
    String userId =
        recorded.isEmpty()
            ? system.run(
                () ->
                    identityService.createUserQuery().memberOfGroup(Roles.CHU_TICH).orderByUserId()
                        .asc().list().stream()
                        .map(User::getId)
                        .findFirst()
                        .orElse(null))
            : recorded.get(0);
    return userId == null ? "" : withoutRole(users.displayName(userId));
  }

  // ---- rules (award-rules.dmn, cash-award.dmn), read whatever the current user may do

  AwardRules.Threshold threshold(AwardRules.Context rulesOf, AwardType type) {
    return system.run(() -> rules.threshold(type, rulesOf));
  }

  AwardRules.Level level(AwardRules.Context rulesOf, AwardType type) {
    return system.run(() -> rules.levelNow(type, rulesOf));
  }

  /** The cash that goes with an award decided on a day under the campaign's rules; 0 when none. */
  long cash(AwardRules.Context rulesOf, Nominee n, LocalDate day) {
    return system.run(() -> rules.cashAmount(n.type(), n.kind(), rulesOf, day)).orElse(0L);
  }

  // ---- helpers

  private List<Nominee> nominees(String where, Object... args) {
    return jdbc.query(NOMINEE_SELECT + where, (rs, i) -> nominee(rs), args);
  }

  private static Nominee nominee(ResultSet rs) throws SQLException {
    return new Nominee(
        rs.getLong("id"),
        rs.getString("nominee_name"),
        NomineeKind.valueOf(rs.getString("nominee_kind")),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        AwardType.valueOf(rs.getString("award_type")),
        NominationStatus.valueOf(rs.getString("status")),
        rs.getObject("votes_agree", Integer.class),
        rs.getObject("votes_total", Integer.class),
        rs.getObject("vote_passed", Boolean.class));
  }

  private List<String> memberNames(long sessionId) {
    return jdbc
        .queryForList(
            "SELECT member_id FROM council_session_member WHERE session_id = ? ORDER BY member_id",
            String.class,
            sessionId)
        .stream()
        .map(users::displayName)
        .toList();
  }

  private int ballots(long sessionId) {
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(DISTINCT member_id) FROM vote WHERE session_id = ?", Integer.class, sessionId);
    return count == null ? 0 : count;
  }

  /** A name without the role note the demo users carry in parentheses, for a signature. */
  static String withoutRole(String name) {
    return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
  }

  private LocalDate day(Timestamp timestamp) {
    // the day in Vietnam, whatever the server's time zone
    return timestamp == null ? null : timestamp.toInstant().atZone(zone).toLocalDate();
  }
}
