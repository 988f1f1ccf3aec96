package vn.tdkt.award;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;

/** Award decisions and the award registry (sổ vàng). */
@Service
public class AwardService {

  private final JdbcTemplate jdbc;
  private final NominationRepository nominations;
  private final Deadlines deadlines;
  private final Messages messages;
  private final java.time.Clock clock;

  public AwardService(
      JdbcTemplate jdbc, NominationRepository nominations, Deadlines deadlines, Messages messages,
      java.time.Clock clock) {
    this.jdbc = jdbc;
    this.nominations = nominations;
    this.deadlines = deadlines;
    this.messages = messages;
    this.clock = clock;
  }

  /** The chairman's decision: every nominee the council passed at this level is awarded. */
  public List<String> recordDecision(
      long campaignId, String number, LocalDate date, String signedBy) {
    List<Nomination> awardees =
        nominations.ofCampaign(campaignId, List.of(NominationStatus.CHO_QUYET_DINH));
    long decisionId = decision(campaignId, AwardRules.Level.LOCAL, number, date, signedBy);
    for (Nomination n : awardees) {
      award(decisionId, n);
    }
    return jdbc.queryForList(
        "SELECT DISTINCT unit_code FROM nomination WHERE campaign_id = ? AND session_id IS NOT NULL"
            + " ORDER BY unit_code",
        String.class,
        campaignId);
  }

  public void recordCityProposal(long campaignId, String number, LocalDate date) {
    checkNumber(number, "field.cityProposalNumber");
    checkDate(date, "field.cityProposalDate");
    Integer used =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM city_proposal WHERE proposal_number = ?", Integer.class, number);
    if (used != null && used > 0) {
      throw messages.reject("decision.number.taken", number);
    }
    jdbc.update(
        "INSERT INTO city_proposal (campaign_id, proposal_number, proposal_date, recorded_at)"
            + " VALUES (?, ?, ?, ?)",
        campaignId,
        number,
        Date.valueOf(date),
        Timestamp.from(clock.instant()));
  }

  /**
   * The city's answer: the nominees it awarded are recorded, the others marked not awarded; returns
   * the units whose nominees were proposed, to be told.
   */
  public List<String> recordCityOutcome(
      long campaignId, Set<String> awardedIds, String number, LocalDate date) {
    List<Nomination> proposed =
        nominations.ofCampaign(campaignId, List.of(NominationStatus.DE_NGHI_THANH_PHO));
    for (String id : awardedIds) {
      if (proposed.stream().noneMatch(n -> String.valueOf(n.id()).equals(id))) {
        throw messages.reject("ballot.unknownNominee");
      }
    }
    Long decisionId =
        awardedIds.isEmpty()
            ? null
            : decision(campaignId, AwardRules.Level.CITY, number, date, null);
    for (Nomination n : proposed) {
      if (awardedIds.contains(String.valueOf(n.id()))) {
        award(decisionId, n);
      } else {
        nominations.setStatus(n.id(), NominationStatus.THANH_PHO_KHONG_KHEN);
      }
    }
    return proposed.stream().map(Nomination::unitCode).distinct().sorted().toList();
  }

  private long decision(
      long campaignId, AwardRules.Level level, String number, LocalDate date, String signedBy) {
    checkNumber(number, "field.decisionNumber");
    checkDate(date, "field.decisionDate");
    Integer used =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM award_decision WHERE level = ? AND decision_number = ?",
            Integer.class,
            level.name(),
            number);
    if (used != null && used > 0) {
      throw messages.reject("decision.number.taken", number);
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO award_decision (campaign_id, decision_number, decision_date, level,"
                      + " signed_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setLong(1, campaignId);
          ps.setString(2, number);
          ps.setDate(3, Date.valueOf(date));
          ps.setString(4, level.name());
          ps.setString(5, signedBy);
          ps.setTimestamp(6, Timestamp.from(clock.instant()));
          return ps;
        },
        keys);
    return keys.getKey().longValue();
  }

  private void award(long decisionId, Nomination n) {
    jdbc.update(
        "INSERT INTO award (decision_id, nomination_id, campaign_id, unit_code, nominee_name,"
            + " nominee_kind, award_type) VALUES (?, ?, ?, ?, ?, ?, ?)",
        decisionId,
        n.id(),
        n.campaignId(),
        n.unitCode(),
        n.nomineeName(),
        n.nomineeKind().name(),
        n.awardType().name());
    nominations.setStatus(n.id(), NominationStatus.DA_KHEN_THUONG);
  }

  private void checkNumber(String number, String label) {
    if (number == null || number.isBlank()) {
      throw messages.reject("form.required", messages.get(label));
    }
    if (number.length() > 60 || !number.matches("[\\p{L}0-9./_ -]+")) {
      throw messages.reject("decision.number.invalid");
    }
  }

  private void checkDate(LocalDate date, String label) {
    if (date == null) {
      throw messages.reject("form.required", messages.get(label));
    }
    if (date.isAfter(deadlines.today())) {
      throw messages.reject("decision.date.future");
    }
  }
}
