package vn.tdkt.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/**
 * Setting an office up, and keeping it current, from its organisation workbook: a preview of what
 * would be added, changed and deactivated, then the import itself in one transaction (units,
 * officials, and through the listeners the engine's accounts, groups, memberships, tenants and
 * grants). A bad workbook writes nothing; the same workbook twice changes nothing; a unit or official
 * left out is deactivated, never deleted. One deployment serves many offices (a city and its wards):
 * each office's workbook touches only that office, and a unit or an account of another office
 * cannot be taken.
 */
@Service
public class OrganisationImport {

  /** One row of the preview: a code and the name it goes by. */
  public record Change(String code, String name) {}

  /** What an import does to one kind of record. */
  public record Section(List<Change> added, List<Change> changed, List<Change> deactivated) {
    static Section empty() {
      return new Section(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    public boolean unchanged() {
      return added.isEmpty() && changed.isEmpty() && deactivated.isEmpty();
    }
  }

  /** The preview or the outcome of an import. */
  public record Result(
      String officeCode,
      String officeName,
      String office,
      Section clusters,
      Section units,
      Section officials,
      boolean applied,
      int engineChanges,
      List<Result> otherOffices) {

    public boolean unchanged() {
      return "UNCHANGED".equals(office) && clusters.unchanged() && units.unchanged()
          && officials.unchanged() && engineChanges == 0
          && otherOffices.stream().allMatch(Result::unchanged);
    }

    /** Every office of the workbook: this one, then the others. */
    public List<Result> all() {
      List<Result> all = new ArrayList<>(List.of(this));
      all.addAll(otherOffices);
      return all;
    }
  }

  private final OrganisationWorkbook workbook;
  private final OfficeDirectory offices;
  private final UnitDirectory units;
  private final List<OrganisationListener> listeners;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final Messages messages;

  public OrganisationImport(
      OrganisationWorkbook workbook,
      OfficeDirectory offices,
      UnitDirectory units,
      List<OrganisationListener> listeners,
      IdentityService identityService,
      JdbcTemplate jdbc,
      Messages messages) {
    this.workbook = workbook;
    this.offices = offices;
    this.units = units;
    this.listeners = listeners;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.messages = messages;
  }

  /** What importing the workbook would do; writes nothing. */
  @Transactional(readOnly = true)
  public Result preview(byte[] bytes) {
    List<Result> results = new ArrayList<>();
    List<Entry> entries = entries(bytes);
    for (Entry e : entries) {
      results.add(plan(e, entries).result(false, 0));
    }
    return combined(results);
  }

  /** One office of the workbook and the suffix of its sheets. */
  private record Entry(Organisation organisation, String suffix) {}

  /**
   * The workbook's offices, a city before the wards it may name as theirs; refused when two of them
   * hold the same office, unit or account.
   */
  private List<Entry> entries(byte[] bytes) {
    List<Organisation> read = workbook.readAll(bytes);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      entries.add(new Entry(read.get(i), OrganisationWorkbook.suffix(i + 1)));
    }
    List<WorkbookProblem> problems = new ArrayList<>();
    Map<String, String> officeOf = new HashMap<>();
    Map<String, String> accountOf = new HashMap<>();
    Map<String, String> unitOf = new HashMap<>();
    for (Entry e : entries) {
      Office office = e.organisation().office();
      if (officeOf.putIfAbsent(office.code(), office.name()) != null) {
        problems.add(new WorkbookProblem(messages.get("workbook.sheet.office") + e.suffix(), 0,
            messages.get("workbook.office.twice", office.code())));
      }
      for (Unit u : e.organisation().units()) {
        String other = unitOf.putIfAbsent(u.code(), office.name());
        if (other != null) {
          problems.add(new WorkbookProblem(messages.get("workbook.sheet.units") + e.suffix(), 0,
              messages.get("workbook.unitOfOtherOffice", u.code(), other)));
        }
      }
      List<String> accounts = new ArrayList<>();
      e.organisation().units().forEach(u -> accounts.add(u.focalUserId()));
      e.organisation().officials().forEach(p -> accounts.add(p.userId()));
      for (String account : accounts.stream().distinct().toList()) {
        String other = accountOf.putIfAbsent(account, office.code());
        if (other != null && !other.equals(office.code())) {
          problems.add(new WorkbookProblem(messages.get("workbook.sheet.units") + e.suffix(), 0,
              messages.get("workbook.accountTaken", account)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new WorkbookRefused(problems);
    }
    List<Entry> ordered = new ArrayList<>(entries);
    ordered.sort(java.util.Comparator.comparing(
        e -> e.organisation().office().level() != OfficeLevel.CITY));
    return ordered;
  }

  private static Result combined(List<Result> results) {
    Result first = results.get(0);
    return new Result(first.officeCode(), first.officeName(), first.office(), first.clusters(),
        first.units(), first.officials(), first.applied(), first.engineChanges(),
        List.copyOf(results.subList(1, results.size())));
  }

  /** Imports the workbook; {@link WorkbookRefused} (and nothing written) when it has problems. */
  @Transactional
  public Result apply(byte[] bytes) {
    lock();
    List<Entry> entries = entries(bytes);
    List<Plan> plans = new ArrayList<>();
    for (Entry e : entries) {
      // each office is checked against the ones stored before it, in this transaction
      Plan plan = plan(e, entries);
      apply(plan);
      plans.add(plan);
    }
    int changes = applyToEngine();
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      results.add(plans.get(i).result(true, i == 0 ? changes : 0));
    }
    return combined(results);
  }

  private void apply(Plan plan) {
    Organisation o = plan.organisation;
    String office = o.office().code();
    offices.save(o.office());
    for (Cluster c : o.clusters()) {
      offices.save(office, c);
    }
    for (Unit u : o.units()) {
      units.find(u.code()).filter(e -> !e.focalUserId().equals(u.focalUserId()))
          .ifPresent(e -> units.releaseFocal(e.code()));
    }
    for (Unit u : o.units()) {
      units.save(u);
    }
    for (Unit u : plan.unitsLeft) {
      units.save(deactivated(u, office, plan.removedClusters));
    }
    for (Cluster c : o.clusters()) {
      offices.saveHeads(office, c);
    }
    for (String cluster : plan.removedClusters) {
      offices.deleteCluster(office, cluster);
    }
    for (Official p : o.officials()) {
      offices.save(p);
    }
    for (Official p : plan.officialsLeft) {
      offices.save(new Official(p.userId(), p.officeCode(), p.name(), p.position(), p.email(), p.role(),
          p.councilMember(), null, false));
    }
  }

  /**
   * Applies the stored organisation to the engine again (start-up, or repair after a half-made set-up);
   * returns the number of changes.
   */
  @Transactional
  public int reconcile() {
    lock();
    return applyToEngine();
  }

  /** The current organisation of the first office, active records only; empty template when none. */
  @Transactional(readOnly = true)
  public byte[] export() {
    return export(offices.current());
  }

  /** The current organisation of the office, active records only; the empty template when none. */
  @Transactional(readOnly = true)
  public byte[] export(Optional<Office> office) {
    if (office.isEmpty()) {
      return workbook.write(null);
    }
    return workbook.write(stored(office.get()));
  }

  /** Every office of the deployment in one workbook, each city before its wards. */
  @Transactional(readOnly = true)
  public byte[] exportAll() {
    List<Office> all = new ArrayList<>(offices.all());
    if (all.isEmpty()) {
      return workbook.write(null);
    }
    all.sort(java.util.Comparator.comparing((Office o) -> o.level() != OfficeLevel.CITY));
    return workbook.writeAll(all.stream().map(this::stored).toList());
  }

  private Organisation stored(Office office) {
    String code = office.code();
    return new Organisation(
        office,
        offices.clusters(code),
        units.active(code),
        offices.officials(code).stream().filter(Official::active).toList());
  }

  private int applyToEngine() {
    int changes = 0;
    for (OrganisationListener listener : listeners) {
      changes += listener.organisationChanged();
    }
    return changes;
  }

  /** Serialises imports and reconciliations across the nodes of a cluster. */
  private void lock() {
    jdbc.queryForList("SELECT id FROM organisation_lock WHERE id = 1 FOR UPDATE");
  }

  private Unit deactivated(Unit u, String office, List<String> removedClusters) {
    String cluster = removedClusters.contains(u.clusterCode()) ? null : u.clusterCode();
    return new Unit(u.code(), u.name(), u.kind(), u.email(), u.focalUserId(), u.focalName(),
        u.focalEmail(), office, cluster, false);
  }

  // ---------------------------------------------------------------- the plan

  private Plan plan(Entry entry, List<Entry> workbookOffices) {
    Organisation o = entry.organisation();
    String suffix = entry.suffix();
    String office = o.office().code();
    List<WorkbookProblem> problems = new ArrayList<>();
    Map<String, Unit> existingUnits = new LinkedHashMap<>();
    for (Unit u : units.all()) {
      existingUnits.put(u.code(), u);
    }
    Map<String, String> officeNames = new HashMap<>();
    offices.all().forEach(other -> officeNames.put(other.code(), other.name()));
    String parent = o.office().parentCode();
    boolean parentInWorkbook = workbookOffices.stream().map(Entry::organisation)
        .anyMatch(w -> w.office().code().equals(parent) && w.office().level() == OfficeLevel.CITY);
    if (parent != null && (parent.equals(office) || !parentInWorkbook
        && offices.find(parent).filter(p -> p.level() == OfficeLevel.CITY).isEmpty())) {
      problems.add(new WorkbookProblem(messages.get("workbook.sheet.office") + suffix, 0,
          messages.get("workbook.office.unknownParent", parent)));
    }
    // codes and accounts are the deployment's: another office's cannot be taken
    for (Unit u : o.units()) {
      Unit same = existingUnits.get(u.code());
      if (same != null && same.officeCode() != null && !same.officeCode().equals(office)) {
        problems.add(new WorkbookProblem(messages.get("workbook.sheet.units") + suffix, 0,
            messages.get("workbook.unitOfOtherOffice", u.code(),
                officeNames.getOrDefault(same.officeCode(), same.officeCode()))));
      }
      existingUnits.values().stream()
          .filter(e -> e.focalUserId().equals(u.focalUserId()) && e.officeCode() != null
              && !e.officeCode().equals(office))
          .findFirst()
          .ifPresent(e -> problems.add(new WorkbookProblem(messages.get("workbook.sheet.units") + suffix, 0,
              messages.get("workbook.accountTaken", u.focalUserId()))));
    }
    Map<String, Unit> focalOf = new HashMap<>();
    existingUnits.values().forEach(u -> focalOf.put(u.focalUserId(), u));
    for (Unit u : o.units()) {
      Unit holder = focalOf.get(u.focalUserId());
      if (holder != null && !holder.code().equals(u.code())
          && (holder.officeCode() == null || holder.officeCode().equals(office))
          && o.units().stream().noneMatch(w -> w.code().equals(holder.code()))) {
        problems.add(new WorkbookProblem(messages.get("workbook.sheet.units") + suffix, 0,
            messages.get("workbook.focalOfInactive", u.focalUserId(), holder.name())));
      }
    }
    List<String> admins =
        identityService.createUserQuery().memberOfGroup(CurrentUser.ADMIN).list().stream()
            .map(org.camunda.bpm.engine.identity.User::getId).toList();
    for (Unit u : o.units()) {
      if (admins.contains(u.focalUserId())) {
        problems.add(new WorkbookProblem(messages.get("workbook.sheet.units") + suffix, 0,
            messages.get("workbook.accountTaken", u.focalUserId())));
      }
    }
    for (Official p : o.officials()) {
      if (admins.contains(p.userId())) {
        problems.add(new WorkbookProblem(messages.get("workbook.sheet.officials") + suffix, 0,
            messages.get("workbook.accountTaken", p.userId())));
      }
    }
    if (!problems.isEmpty()) {
      throw new WorkbookRefused(problems);
    }

    Plan plan = new Plan(o);
    Optional<Office> stored = offices.find(office);
    plan.office = stored.isEmpty() ? "ADDED" : stored.get().equals(o.office()) ? "UNCHANGED" : "CHANGED";

    List<Cluster> storedClusters = offices.clusters(office);
    diff(plan.clusters, storedClusters, o.clusters(), Cluster::code, Cluster::name, c -> true);
    for (Cluster c : storedClusters) {
      if (o.clusters().stream().noneMatch(w -> w.code().equals(c.code()))) {
        plan.removedClusters.add(c.code());
      }
    }

    List<Unit> mine = existingUnits.values().stream()
        .filter(u -> u.officeCode() == null || u.officeCode().equals(office)).toList();
    diff(plan.units, mine, o.units(), Unit::code, Unit::name, Unit::active);
    for (Unit u : mine) {
      if (u.active() && o.units().stream().noneMatch(w -> w.code().equals(u.code()))) {
        plan.unitsLeft.add(u);
      }
    }

    List<Official> storedOfficials = offices.officials(office);
    diff(plan.officials, storedOfficials, o.officials(), Official::userId, Official::displayName,
        Official::active);
    for (Official p : storedOfficials) {
      if (p.active() && o.officials().stream().noneMatch(w -> w.userId().equals(p.userId()))) {
        plan.officialsLeft.add(p);
      }
    }
    // an official listed again under another office is the office's own business: accounts are
    // global, so one that belongs to an official elsewhere cannot be taken
    for (Official p : o.officials()) {
      offices.official(p.userId()).filter(e -> !e.officeCode().equals(office)).ifPresent(e ->
          problems.add(new WorkbookProblem(messages.get("workbook.sheet.officials") + suffix, 0,
              messages.get("workbook.accountTaken", p.userId()))));
    }
    if (!problems.isEmpty()) {
      throw new WorkbookRefused(problems);
    }
    return plan;
  }

  /** Fills a section: added, changed (including reactivated), and deactivated (left out, active). */
  private static <T> void diff(
      Section section,
      List<T> stored,
      List<T> wanted,
      Function<T, String> code,
      Function<T, String> name,
      Function<T, Boolean> active) {
    Map<String, T> byCode = new HashMap<>();
    stored.forEach(s -> byCode.put(code.apply(s), s));
    for (T w : wanted) {
      T s = byCode.remove(code.apply(w));
      if (s == null) {
        section.added().add(new Change(code.apply(w), name.apply(w)));
      } else if (!s.equals(w)) {
        section.changed().add(new Change(code.apply(w), name.apply(w)));
      }
    }
    for (T s : byCode.values()) {
      if (active.apply(s)) {
        section.deactivated().add(new Change(code.apply(s), name.apply(s)));
      }
    }
    section.deactivated().sort(java.util.Comparator.comparing(Change::code));
  }

  private static final class Plan {
    final Organisation organisation;
    String office;
    final Section clusters = Section.empty();
    final Section units = Section.empty();
    final Section officials = Section.empty();
    final List<Unit> unitsLeft = new ArrayList<>();
    final List<Official> officialsLeft = new ArrayList<>();
    final List<String> removedClusters = new ArrayList<>();

    Plan(Organisation organisation) {
      this.organisation = organisation;
    }

    Result result(boolean applied, int engineChanges) {
      return new Result(organisation.office().code(), organisation.office().name(), office, clusters,
          units, officials, applied, engineChanges, List.of());
    }
  }
}
