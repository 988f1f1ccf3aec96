package vn.tdkt.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.reporting.CampaignOverview;
import vn.tdkt.reporting.CampaignTotals;
import vn.tdkt.reporting.ProgressReport;
import vn.tdkt.reporting.UnitProgress;
import vn.tdkt.system.InputCheck;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/** Drafting, approving, launching and closing campaigns. */
@Service
public class CampaignService {

  static final Set<String> KINDS = CampaignProcess.CampaignKind.ALL;

  private final CampaignRepository campaigns;
  private final UnitDirectory units;
  private final ProgressReport progress;
  private final ApplicationEventPublisher events;
  private final Messages messages;
  private final AwardRules rules;
  private final vn.tdkt.system.Deadlines deadlines;
  private final OfficeDirectory offices;
  private final InputCheck inputs;

  public CampaignService(
      CampaignRepository campaigns,
      UnitDirectory units,
      ProgressReport progress,
      ApplicationEventPublisher events,
      Messages messages,
      AwardRules rules,
      vn.tdkt.system.Deadlines deadlines,
      OfficeDirectory offices,
      InputCheck inputs) {
    this.offices = offices;
    this.inputs = inputs;
    this.campaigns = campaigns;
    this.units = units;
    this.progress = progress;
    this.events = events;
    this.messages = messages;
    this.rules = rules;
    this.deadlines = deadlines;
  }

  /** Saves a new draft (id null) or a revision; returns the campaign's id. */
  public long saveDraft(Long id, Plan plan, String user) {
    return saveDraft(id, plan, user, null, null);
  }

  /**
   * Saves a new draft (id null) or a revision of the office {@code officeCode} (null: the drafting
   * official's); {@code parentId} is the campaign whose plan it carries out (a ward's: the city's),
   * whose deadlines it may not pass. Returns the campaign's id.
   */
  public long saveDraft(Long id, Plan plan, String user, String officeCode, Long parentId) {
    Office office = officeCode != null && id == null
        ? offices.find(officeCode).orElseThrow(() -> messages.reject("office.none"))
        : office(id, user);
    validate(plan, office);
    Long parent = parentId != null ? parentId : id == null ? null : campaigns.parentOf(id).orElse(null);
    if (parent != null) {
      withinParent(plan, campaigns.get(parent));
    }
    if (id == null) {
      if (campaigns.findByCode(office.code(), plan.code()).isPresent()) {
        throw messages.reject("plan.code.taken", plan.code());
      }
      titleCycle(plan, office, null);
      long created = campaigns.insert(plan, user);
      fixRules(created, plan, office);
      campaigns.setParent(created, parent);
      campaigns.setTitleCycle(created, plan.titleCycle());
      return created;
    }
    titleCycle(plan, office, id);
    campaigns.update(id, plan);
    fixRules(id, plan, office);
    campaigns.setTitleCycle(id, plan.titleCycle());
    return id;
  }

  /**
   * The office's title cycle of a year: a regular campaign (Luật Thi đua, khen thưởng 2022, Điều 16)
   * within one calendar year, one per office and year, for the titles are the year's.
   */
  private void titleCycle(Plan plan, Office office, Long id) {
    if (!plan.titleCycle()) {
      return;
    }
    if (!CampaignProcess.CampaignKind.THUONG_XUYEN.equals(plan.kind())) {
      throw messages.reject("plan.titleCycle.kind");
    }
    int year = plan.startDate().getYear();
    if (plan.endDate().getYear() != year) {
      throw messages.reject("plan.titleCycle.oneYear");
    }
    List<String> others = campaigns.titleCycles(office.code(), year, id);
    if (!others.isEmpty()) {
      throw messages.reject("plan.titleCycle.taken", String.valueOf(year), others.get(0));
    }
  }

  /** A plan that carries out another's keeps within its deadlines. */
  private void withinParent(Plan plan, Campaign parent) {
    record Limit(String label, LocalDate own, LocalDate parents) {}
    for (Limit limit : List.of(
        new Limit("field.registrationDue", plan.registrationDeadline(), parent.registrationDeadline()),
        new Limit("field.reportDue", plan.reportDeadline(), parent.reportDeadline()),
        new Limit("field.nominationDue", plan.nominationDeadline(), parent.nominationDeadline()),
        new Limit("field.endDate", plan.endDate(), parent.endDate()))) {
      if (limit.own().isAfter(limit.parents())) {
        throw messages.reject("plan.dates.afterParent", messages.get(limit.label()),
            vn.tdkt.system.Vars.display(limit.parents()), parent.code());
      }
    }
  }

  /**
   * The campaign belongs to the office that drafts it; the regime follows the plan's nomination
   * deadline, the approving level is the office's.
   */
  private void fixRules(long id, Plan plan, Office office) {
    campaigns.setRules(
        id,
        office.code(),
        rules.regime(plan.nominationDeadline()).code(),
        rules.approvingLevel(office.level()).name());
  }

  /**
   * The office of the plan: a revision's is the campaign's, a new plan's is the office of the
   * official who drafts it. A plan cannot be drafted before an office is set up.
   */
  private Office office(Long id, String user) {
    Optional<Office> office = id == null
        ? offices.ofUserOrFirst(user)
        : offices.ofCampaign(campaigns.get(id).officeCode());
    return office.orElseThrow(() -> messages.reject("office.none"));
  }

  void validate(Plan plan, Office office) {
    inputs.valid(plan);
    if (!KINDS.contains(plan.kind())) {
      throw messages.reject("plan.kind.invalid");
    }
    if (CampaignProcess.CampaignKind.DOT.equals(plan.kind())
        && plan.nominationDeadline() != null
        && !"LUAT_2003".equals(rules.regime(plan.nominationDeadline()).code())) {
      throw messages.reject("plan.kind.dotRetired");
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
    String officeCode = office.code();
    for (Plan.Assignment a : plan.assignments()) {
      if (units.find(a.unitCode()).filter(u -> u.active() && officeCode.equals(u.officeCode())).isEmpty()) {
        throw messages.reject("plan.assignment.unknownUnit", String.valueOf(a.unitCode()));
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
    for (String code : campaigns.responsibleUnits(id)) {
      if (inScope.stream().noneMatch(u -> u.code().equals(code))) {
        units.find(code).ifPresent(inScope::add);
      }
    }
    events.publishEvent(new CampaignLaunched(id, inScope.stream().map(Unit::code).toList()));
    campaigns.setStatus(campaign.id(), CampaignStatus.ACTIVE, null);
    return inScope;
  }

  /**
   * The offices below the campaign's (a city's wards and communes), each with the campaign it drafted
   * from this plan, if any, and that campaign's units registered and reported out of all: how far the
   * plan has come down.
   */
  public List<Map<String, Object>> cascade(Campaign campaign) {
    if (campaign.officeCode() == null) {
      return List.of();
    }
    Map<String, CampaignOverview> byOffice = new LinkedHashMap<>();
    progress.children(campaign.id()).forEach(c -> byOffice.putIfAbsent(c.officeCode(), c));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Office office : offices.children(campaign.officeCode())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("office", office.code());
      row.put("officeName", office.name());
      CampaignOverview own = byOffice.get(office.code());
      row.put("campaign", own == null ? null : own.code());
      row.put("status", messages.get(own == null ? "cascade.notDrafted" : "campaignStatus." + own.status()));
      row.put("units", own == null ? 0 : own.units());
      row.put("registered", own == null ? 0 : own.registered());
      row.put("reported", own == null ? 0 : own.reported());
      rows.add(row);
    }
    return rows;
  }

  /** Figures per unit: registered, reported (on time), nominated, awarded. */
  public List<Map<String, Object>> figures(long id) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (UnitProgress p : progress.units(id, ProgressReport.Order.BY_NAME)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unit", p.unitName());
      row.put("registered", messages.get(p.registeredAt() != null ? "yes" : "no"));
      row.put(
          "reported",
          p.reportedAt() == null
              ? messages.get("report.missing")
              : messages.get(Boolean.TRUE.equals(p.reportedOnTime()) ? "report.onTime" : "report.late"));
      row.put("nominated", p.nominated());
      row.put("awarded", p.awarded());
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
    for (UnitProgress p : progress.units(id, ProgressReport.Order.BY_NAME)) {
      if (p.registeredAt() == null && today.isAfter(campaign.registrationDeadline())) {
        rows.add(overdueRow(p, "overdue.registration", campaign.registrationDeadline(), today));
      }
      if (p.reportedAt() == null && today.isAfter(campaign.reportDeadline())) {
        rows.add(overdueRow(p, "overdue.report", campaign.reportDeadline(), today));
      }
    }
    return rows;
  }

  private Map<String, Object> overdueRow(
      UnitProgress p, String what, LocalDate deadline, LocalDate today) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("unit", p.unitName());
    row.put("missing", messages.get(what));
    row.put("deadline", vn.tdkt.system.Vars.display(deadline));
    row.put("days", deadlines.workingDaysBetween(deadline, today));
    return row;
  }

  /** Every campaign, newest first, with its units' registration and report counts. */
  public List<CampaignOverview> overview() {
    return progress.overview();
  }

  public String totals(long id) {
    CampaignTotals t = progress.totals(id);
    return messages.get(
        "summary.totals", t.units(), t.registered(), t.onTime(), t.nominated(), t.awarded());
  }

  public void close(long id, String conclusion) {
    if (conclusion != null && conclusion.length() > 4000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.summaryConclusion"), 4000);
    }
    campaigns.close(id, conclusion);
  }
}
