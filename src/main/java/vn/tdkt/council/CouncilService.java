package vn.tdkt.council;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import vn.tdkt.award.AwardRules;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.system.Messages;
import vn.tdkt.system.SystemActions;
import vn.tdkt.unit.UnitDirectory;

/** The council session: who sits, the ballots, and the tally against each award type's threshold. */
@Service
public class CouncilService {

  public static final String COUNCIL_GROUP = "hoi-dong";

  private final JdbcTemplate jdbc;
  private final NominationRepository nominations;
  private final IdentityService identityService;
  private final AwardRules rules;
  private final UnitDirectory units;
  private final Messages messages;

  public CouncilService(
      JdbcTemplate jdbc,
      NominationRepository nominations,
      IdentityService identityService,
      AwardRules rules,
      UnitDirectory units,
      Messages messages) {
    this.jdbc = jdbc;
    this.nominations = nominations;
    this.identityService = identityService;
    this.rules = rules;
    this.units = units;
    this.messages = messages;
  }

  public record Session(long id, List<String> members, List<Nomination> nominees) {}

  public record Result(Nomination nomination, int agree, int members, boolean passed,
      AwardRules.Level level) {}

  /** Opens a session with the council's members and every dossier appraised eligible. */
  public Session open(long campaignId) {
    List<String> members =
        SystemActions.asSystem(
            () ->
                identityService.createUserQuery().memberOfGroup(COUNCIL_GROUP).orderByUserId().asc()
                    .list().stream()
                    .map(User::getId)
                    .toList());
    if (members.isEmpty()) {
      throw messages.reject("council.noMembers");
    }
    List<Nomination> nominees = nominations.ofCampaign(campaignId, List.of(NominationStatus.DA_DUYET));
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO council_session (campaign_id, member_count, opened_at)"
                      + " VALUES (?, ?, ?)",
                  new String[] {"id"});
          ps.setLong(1, campaignId);
          ps.setInt(2, members.size());
          ps.setTimestamp(3, Timestamp.from(Instant.now()));
          return ps;
        },
        keys);
    long sessionId = keys.getKey().longValue();
    for (String member : members) {
      jdbc.update(
          "INSERT INTO council_session_member (session_id, member_id) VALUES (?, ?)",
          sessionId,
          member);
    }
    for (Nomination n : nominees) {
      jdbc.update(
          "UPDATE nomination SET session_id = ?, status = ? WHERE id = ?",
          sessionId,
          NominationStatus.DANG_XET.name(),
          n.id());
    }
    return new Session(sessionId, members, nominations.ofSession(sessionId));
  }

  /** One member's ballot: every nominee of the session gets the member's agree or disagree. */
  public void castBallot(long sessionId, String member, List<String> agreedIds) {
    Integer sits =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM council_session_member WHERE session_id = ? AND member_id = ?",
            Integer.class,
            sessionId,
            member);
    if (member == null || sits == null || sits == 0) {
      throw messages.reject("ballot.notMember");
    }
    List<Nomination> nominees = nominations.ofSession(sessionId);
    Set<String> known = new HashSet<>();
    nominees.forEach(n -> known.add(String.valueOf(n.id())));
    for (String id : agreedIds) {
      if (!known.contains(id)) {
        throw messages.reject("ballot.unknownNominee");
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    for (Nomination n : nominees) {
      jdbc.update(
          "INSERT INTO vote (session_id, nomination_id, member_id, choice, cast_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          sessionId,
          n.id(),
          member,
          agreedIds.contains(String.valueOf(n.id())) ? "AGREE" : "DISAGREE",
          now);
    }
  }

  /** Counts each nominee's agreeing votes over all members and applies the type's threshold. */
  public List<Result> tally(long sessionId) {
    int members =
        jdbc.queryForObject(
            "SELECT member_count FROM council_session WHERE id = ?", Integer.class, sessionId);
    List<Result> results = new ArrayList<>();
    for (Nomination n : nominations.ofSession(sessionId)) {
      int agree =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM vote WHERE session_id = ? AND nomination_id = ?"
                  + " AND choice = 'AGREE'",
              Integer.class,
              sessionId,
              n.id());
      AwardRules.Threshold threshold = rules.threshold(n.awardType());
      AwardRules.Level level = rules.level(n.awardType());
      boolean passed = threshold.passes(agree, members);
      NominationStatus status =
          !passed
              ? NominationStatus.TRA_LAI_XET_DUYET
              : level == AwardRules.Level.LOCAL
                  ? NominationStatus.CHO_QUYET_DINH
                  : NominationStatus.DE_NGHI_THANH_PHO;
      jdbc.update(
          "UPDATE nomination SET votes_agree = ?, votes_total = ?, vote_passed = ?, status = ?"
              + " WHERE id = ?",
          agree,
          members,
          passed,
          status.name(),
          n.id());
      results.add(new Result(n, agree, members, passed, level));
    }
    jdbc.update(
        "UPDATE council_session SET tallied_at = ? WHERE id = ?",
        Timestamp.from(Instant.now()),
        sessionId);
    return results;
  }

  /** A row of a nominee table in a form. */
  public Map<String, Object> row(Nomination n) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", String.valueOf(n.id()));
    row.put("name", n.nomineeName());
    row.put("kind", messages.get(n.nomineeKind().labelKey()));
    row.put("unit", units.nameOf(n.unitCode()));
    row.put("award", messages.get(n.awardType().labelKey()));
    row.put("achievements", n.achievements());
    return row;
  }

  /** An option of a checklist in a form: the nominee's name, unit and proposed award. */
  public Map<String, Object> option(Nomination n) {
    return Map.of(
        "value",
        String.valueOf(n.id()),
        "label",
        n.nomineeName() + " – " + units.nameOf(n.unitCode()) + " – "
            + messages.get(n.awardType().labelKey()));
  }
}
