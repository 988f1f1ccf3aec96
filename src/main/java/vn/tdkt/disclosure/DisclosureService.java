package vn.tdkt.disclosure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.UnitDirectory;

/**
 * Public disclosure (công khai) of the nominees appraised eligible, for a number of working days
 * before the council session, and the objections received meanwhile, each resolved by Nội vụ.
 */
@Service
public class DisclosureService {

  /** How Nội vụ resolves an objection. */
  public enum Outcome {
    /** The objection is unfounded: the nominee stays on the list. */
    KEEP,
    /** The objection is founded: the nominee is withdrawn from this campaign's council. */
    WITHDRAW
  }

  private final JdbcTemplate jdbc;
  private final NominationRepository nominations;
  private final UnitDirectory units;
  private final Deadlines deadlines;
  private final Messages messages;
  private final int workingDays;
  private final java.time.Clock clock;

  public DisclosureService(
      JdbcTemplate jdbc,
      NominationRepository nominations,
      UnitDirectory units,
      Deadlines deadlines,
      Messages messages,
      @Value("${tdkt.disclosure.working-days:10}") int workingDays,
      java.time.Clock clock) {
    this.jdbc = jdbc;
    this.nominations = nominations;
    this.units = units;
    this.deadlines = deadlines;
    this.messages = messages;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /** The number of working days the list stays published (configuration). */
  public int workingDays() {
    return workingDays;
  }

  /** The last day of a disclosure published today. */
  public LocalDate endIfPublishedToday() {
    return deadlines.plusWorkingDays(deadlines.today(), workingDays);
  }

  /** Dossiers not yet appraised: the list cannot be published before they are. */
  public List<Nomination> pending(long campaignId) {
    return nominations.ofCampaign(campaignId, List.of(NominationStatus.CHO_DUYET));
  }

  /** The nominees on the list: every dossier appraised eligible. */
  public List<Nomination> eligible(long campaignId) {
    return nominations.ofCampaign(campaignId, List.of(NominationStatus.DA_DUYET));
  }

  /** Publishes the list; returns the moment the disclosure ends. */
  public java.util.Date publish(long campaignId, String channel) {
    List<Nomination> pending = pending(campaignId);
    if (!pending.isEmpty()) {
      throw messages.reject("disclosure.pending", pending.size());
    }
    if (channel == null || channel.isBlank()) {
      throw messages.reject("form.required", messages.get("field.disclosureChannel"));
    }
    if (channel.length() > 1000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.disclosureChannel"), 1000);
    }
    LocalDate end = endIfPublishedToday();
    jdbc.update(
        "UPDATE campaign SET disclosed_at = ?, disclosure_end = ?, disclosure_channel = ?"
            + " WHERE id = ?",
        Timestamp.from(clock.instant()),
        Date.valueOf(end),
        channel.strip(),
        campaignId);
    return workingDays == 0 ? java.util.Date.from(clock.instant()) : deadlines.endOf(end);
  }

  /** Records an objection to a nominee on a published list; returns its id. */
  public long receive(
      String campaignCode, Long nominationId, String objector, String contact, String content,
      String receivedBy) {
    if (nominationId == null) {
      throw messages.reject("form.required", messages.get("field.nominationId"));
    }
    Map<String, Object> row =
        jdbc.queryForList(
                "SELECT n.campaign_id, n.status, c.code, c.disclosed_at FROM nomination n"
                    + " JOIN campaign c ON c.id = n.campaign_id WHERE n.id = ?",
                nominationId)
            .stream()
            .findFirst()
            .orElseThrow(() -> messages.reject("objection.nomination.unknown", nominationId));
    if (campaignCode == null || !campaignCode.strip().equals(row.get("code"))) {
      throw messages.reject("objection.nomination.notInCampaign", nominationId, campaignCode);
    }
    if (row.get("disclosed_at") == null
        || !NominationStatus.DA_DUYET.name().equals(row.get("status"))) {
      throw messages.reject("objection.notDisclosed");
    }
    require(objector, "field.objector", 300);
    require(content, "field.objectionContent", 4000);
    if (contact != null && contact.length() > 300) {
      throw messages.reject("plan.text.tooLong", messages.get("field.objectorContact"), 300);
    }
    long campaignId = ((Number) row.get("campaign_id")).longValue();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO objection (campaign_id, nomination_id, objector, contact, content,"
                      + " received_by, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setLong(1, campaignId);
          ps.setLong(2, nominationId);
          ps.setString(3, objector.strip());
          ps.setString(4, contact == null || contact.isBlank() ? null : contact.strip());
          ps.setString(5, content.strip());
          ps.setString(6, receivedBy);
          ps.setTimestamp(7, Timestamp.from(clock.instant()));
          return ps;
        },
        keys);
    return keys.getKey().longValue();
  }

  /** Nội vụ's conclusion on an objection; a founded one withdraws the nominee. */
  public void resolve(long objectionId, String outcome, String resolution, String resolvedBy) {
    Outcome o;
    try {
      o = Outcome.valueOf(String.valueOf(outcome));
    } catch (IllegalArgumentException e) {
      throw messages.reject("objection.outcome.invalid");
    }
    require(resolution, "field.resolution", 4000);
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT nomination_id, outcome FROM objection WHERE id = ?", objectionId);
    if (row.get("outcome") != null) {
      throw messages.reject("objection.resolved");
    }
    jdbc.update(
        "UPDATE objection SET outcome = ?, resolution = ?, resolved_by = ?, resolved_at = ?"
            + " WHERE id = ?",
        o.name(),
        resolution.strip(),
        resolvedBy,
        Timestamp.from(clock.instant()),
        objectionId);
    long nominationId = ((Number) row.get("nomination_id")).longValue();
    if (o == Outcome.WITHDRAW
        && nominations.get(nominationId).status() == NominationStatus.DA_DUYET) {
      nominations.appraise(
          nominationId,
          NominationStatus.KHONG_DU_DIEU_KIEN,
          messages.get("objection.withdrawn", resolution.strip()),
          null);
    }
  }

  /** Objections received and not yet resolved. */
  public int unresolved(long campaignId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM objection WHERE campaign_id = ? AND outcome IS NULL",
            Integer.class,
            campaignId);
    return n == null ? 0 : n;
  }

  /** The objections of a campaign, for the forms: nominee, objector, content, outcome. */
  public List<Map<String, Object>> objectionTable(long campaignId) {
    return jdbc.query(
        "SELECT o.*, n.nominee_name, n.unit_code FROM objection o"
            + " JOIN nomination n ON n.id = o.nomination_id WHERE o.campaign_id = ? ORDER BY o.id",
        (rs, i) -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("nominationId", String.valueOf(rs.getLong("nomination_id")));
          r.put("name", rs.getString("nominee_name"));
          r.put("unit", units.nameOf(rs.getString("unit_code")));
          r.put("objector", rs.getString("objector"));
          r.put("content", rs.getString("content"));
          r.put("received", Vars.display(deadlines.dateOf(rs.getTimestamp("received_at"))));
          String outcome = rs.getString("outcome");
          r.put(
              "outcome",
              outcome == null
                  ? messages.get("objection.outcome.open")
                  : messages.get("objection.outcome." + outcome) + ": " + rs.getString("resolution"));
          return r;
        },
        campaignId);
  }

  private void require(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw messages.reject("form.required", messages.get(label));
    }
    if (value.length() > max) {
      throw messages.reject("plan.text.tooLong", messages.get(label), max);
    }
  }
}
