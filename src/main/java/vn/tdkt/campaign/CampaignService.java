package vn.tdkt.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/** Drafting, approving, launching and closing campaigns. */
@Service
public class CampaignService {

  static final Set<String> KINDS = CampaignProcess.CampaignKind.ALL;
  private static final Pattern CODE = Pattern.compile("[\\p{L}0-9./_-]{2,60}");

  private final CampaignRepository campaigns;
  private final UnitDirectory units;
  private final JdbcTemplate jdbc;
  private final Messages messages;
  private final AwardRules rules;
  private final vn.tdkt.system.Deadlines deadlines;
  private final OfficeDirectory offices;

  public CampaignService(
      CampaignRepository campaigns,
      UnitDirectory units,
      JdbcTemplate jdbc,
      Messages messages,
      AwardRules rules,
      vn.tdkt.system.Deadlines deadlines,
      OfficeDirectory offices) {
    this.offices = offices;
    this.campaigns = campaigns;
    this.units = units;
    this.jdbc = jdbc;
    this.messages = messages;
    this.rules = rules;
    this.deadlines = deadlines;
  }

  /** Saves a new draft (id null) or a revision; returns the campaign's id. */
  public long saveDraft(Long id, Plan plan, String user) {
    validate(plan);
    if (id == null) {
      if (campaigns.findByCode(plan.code()).isPresent()) {
        throw messages.reject("plan.code.taken", plan.code());
      }
      long created = campaigns.insert(plan, user);
      fixRules(created, plan);
      return created;
    }
    campaigns.update(id, plan);
    fixRules(id, plan);
    return id;
  }

  /**
   * The campaign belongs to the office that drafts it; the regime follows the plan's nomination
   * deadline, the approving level is the office's.
   */
  private void fixRules(long id, Plan plan) {
    Office office = office();
    campaigns.setRules(
        id,
        office.code(),
        rules.regime(plan.nominationDeadline()).code(),
        rules.approvingLevel(office.level()).name());
  }

  /** The office this deployment serves; a plan cannot be drafted before it is set up. */
  private Office office() {
    return offices.current().orElseThrow(() -> messages.reject("office.none"));
  }

  void validate(Plan plan) {
    if (plan.code() == null || !CODE.matcher(plan.code()).matches()) {
      throw messages.reject("plan.code.invalid");
    }
    if (plan.name() == null || plan.name().length() > 500) {
      throw messages.reject("plan.name.invalid");
    }
    if (plan.kind() == null || !KINDS.contains(plan.kind())) {
      throw messages.reject("plan.kind.invalid");
    }
    if (CampaignProcess.CampaignKind.DOT.equals(plan.kind())
        && plan.nominationDeadline() != null
        && !"LUAT_2003".equals(rules.regime(plan.nominationDeadline()).code())) {
      throw messages.reject("plan.kind.dotRetired");
    }
    if (plan.slogan() != null && plan.slogan().length() > 1000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.slogan"), 1000);
    }
    if (plan.legalBasis() != null && plan.legalBasis().length() > 4000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.legalBasis"), 4000);
    }
    LocalDate start = plan.startDate();
    LocalDate end = plan.endDate();
    if (start.isAfter(end)) {
      throw messages.reject("plan.dates.period");
    }
    if (plan.registrationDeadline().isBefore(start) || plan.registrationDeadline().isAfter(end)) {
      throw messages.reject("plan.dates.registration");
    }
    if (plan.reportDeadline().isBefore(plan.registrationDeadline())
        || plan.reportDeadline().isAfter(end)) {
      throw messages.reject("plan.dates.report");
    }
    if (plan.nominationDeadline().isBefore(plan.registrationDeadline())
        || plan.nominationDeadline().isAfter(end)) {
      throw messages.reject("plan.dates.nomination");
    }
    if (plan.unitKinds().isEmpty()) {
      throw messages.reject("plan.units.empty");
    }
    String office = office().code();
    for (Plan.Assignment a : plan.assignments()) {
      if (units.find(a.unitCode()).filter(u -> u.active() && office.equals(u.officeCode())).isEmpty()) {
        throw messages.reject("plan.assignment.unknownUnit", String.valueOf(a.unitCode()));
      }
      if (a.description() == null || a.description().isBlank() || a.description().length() > 2000) {
        throw messages.reject("plan.assignment.description");
      }
    }
  }

  /** Records the chairman's decision on the plan. */
  public void decide(long id, String decision, String reason) {
    if (CampaignProcess.PlanDecision.APPROVE.equals(decision)) {
      campaigns.setStatus(id, CampaignStatus.DRAFT, null);
    } else if (CampaignProcess.PlanDecision.RETURN.equals(decision)) {
      if (reason == null || reason.isBlank()) {
        throw messages.reject("plan.return.reasonRequired");
      }
      if (reason.length() > 2000) {
        throw messages.reject("plan.text.tooLong", messages.get("field.returnReason"), 2000);
      }
      campaigns.setStatus(id, CampaignStatus.RETURNED, reason);
    } else {
      throw messages.reject("plan.decision.invalid");
    }
  }

  /** Launches the approved campaign: one participation row per unit in scope. */
  public List<Unit> launch(long id) {
    Campaign campaign = campaigns.get(id);
    String office = offices.ofCampaign(campaign.officeCode()).map(Office::code).orElseThrow();
    List<Unit> inScope = new ArrayList<>(units.ofKinds(office, campaigns.unitKinds(id)));
    // units with an assigned responsibility take part even when their kind is not in scope
    for (String code :
        jdbc.queryForList(
            "SELECT DISTINCT unit_code FROM responsibility WHERE campaign_id = ? ORDER BY unit_code",
            String.class,
            id)) {
      if (inScope.stream().noneMatch(u -> u.code().equals(code))) {
        units.find(code).ifPresent(inScope::add);
      }
    }
    for (Unit unit : inScope) {
      jdbc.update(
          "INSERT INTO participation (campaign_id, unit_code) VALUES (?, ?)", id, unit.code());
    }
    campaigns.setStatus(campaign.id(), CampaignStatus.ACTIVE, null);
    return inScope;
  }

  /** Figures per unit: registered, reported (on time), nominated, awarded. */
  public List<Map<String, Object>> figures(long id) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> r :
        jdbc.queryForList(
            "SELECT u.name AS unit_name, p.registered_at, p.reported_at, p.reported_on_time,"
                + " (SELECT COUNT(*) FROM nomination n WHERE n.campaign_id = p.campaign_id"
                + "   AND n.unit_code = p.unit_code) AS nominated,"
                + " (SELECT COUNT(*) FROM award a WHERE a.campaign_id = p.campaign_id"
                + "   AND a.unit_code = p.unit_code) AS awarded"
                + " FROM participation p JOIN unit u ON u.code = p.unit_code"
                + " WHERE p.campaign_id = ? ORDER BY u.kind, u.name",
            id)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unit", r.get("unit_name"));
      row.put("registered", messages.get(r.get("registered_at") != null ? "yes" : "no"));
      Object onTime = r.get("reported_on_time");
      row.put(
          "reported",
          r.get("reported_at") == null
              ? messages.get("report.missing")
              : messages.get(Boolean.TRUE.equals(onTime) ? "report.onTime" : "report.late"));
      row.put("nominated", ((Number) r.get("nominated")).intValue());
      row.put("awarded", ((Number) r.get("awarded")).intValue());
      rows.add(row);
    }
    return rows;
  }

  /**
   * Units past a deadline without what was due: not registered after the registration deadline, not
   * reported after the report deadline; with the deadline (dd/MM/yyyy) and the working days overdue.
   */
  public List<Map<String, Object>> overdue(long id) {
    Campaign campaign = campaigns.get(id);
    LocalDate today = deadlines.today();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> r :
        jdbc.queryForList(
            "SELECT u.name AS unit_name, p.registered_at, p.reported_at"
                + " FROM participation p JOIN unit u ON u.code = p.unit_code"
                + " WHERE p.campaign_id = ? ORDER BY u.kind, u.name",
            id)) {
      if (r.get("registered_at") == null && today.isAfter(campaign.registrationDeadline())) {
        rows.add(overdueRow(r, "overdue.registration", campaign.registrationDeadline(), today));
      }
      if (r.get("reported_at") == null && today.isAfter(campaign.reportDeadline())) {
        rows.add(overdueRow(r, "overdue.report", campaign.reportDeadline(), today));
      }
    }
    return rows;
  }

  private Map<String, Object> overdueRow(
      Map<String, Object> r, String what, LocalDate deadline, LocalDate today) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("unit", r.get("unit_name"));
    row.put("missing", messages.get(what));
    row.put("deadline", vn.tdkt.system.Vars.display(deadline));
    row.put("days", deadlines.workingDaysBetween(deadline, today));
    return row;
  }

  /** Every campaign, newest first, with its units' registration and report counts. */
  public List<Map<String, Object>> overview() {
    return jdbc.queryForList(
        "SELECT c.code, c.name, c.status, c.start_date, c.end_date,"
            + " (SELECT COUNT(*) FROM participation p WHERE p.campaign_id = c.id) AS units,"
            + " (SELECT COUNT(*) FROM participation p WHERE p.campaign_id = c.id"
            + "   AND p.registered_at IS NOT NULL) AS registered,"
            + " (SELECT COUNT(*) FROM participation p WHERE p.campaign_id = c.id"
            + "   AND p.reported_at IS NOT NULL) AS reported,"
            + " (SELECT COUNT(*) FROM nomination n WHERE n.campaign_id = c.id) AS nominated,"
            + " (SELECT COUNT(*) FROM award a WHERE a.campaign_id = c.id) AS awarded"
            + " FROM campaign c ORDER BY c.id DESC");
  }

  public String totals(long id) {
    Map<String, Object> t =
        jdbc.queryForMap(
            "SELECT COUNT(*) AS units,"
                + " SUM(CASE WHEN registered_at IS NOT NULL THEN 1 ELSE 0 END) AS registered,"
                + " SUM(CASE WHEN reported_on_time THEN 1 ELSE 0 END) AS on_time,"
                + " (SELECT COUNT(*) FROM nomination WHERE campaign_id = ?) AS nominated,"
                + " (SELECT COUNT(*) FROM award WHERE campaign_id = ?) AS awarded"
                + " FROM participation WHERE campaign_id = ?",
            id,
            id,
            id);
    return messages.get(
        "summary.totals",
        num(t.get("units")),
        num(t.get("registered")),
        num(t.get("on_time")),
        num(t.get("nominated")),
        num(t.get("awarded")));
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  public void close(long id, String conclusion) {
    if (conclusion != null && conclusion.length() > 4000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.summaryConclusion"), 4000);
    }
    campaigns.close(id, conclusion);
  }
}
