package vn.tdkt.annual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.nomination.NominationService;
import vn.tdkt.participation.ParticipationService;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.system.InputRejected;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.UnitDirectory;

/** A unit's year in a title cycle: its registration of titles and its year-end proposal. */
@Service
public class YearService {

  /** The most rows a unit's list may have (a large school or ward office). */
  static final int MAX_ROWS = 1000;

  private final CampaignRepository campaigns;
  private final TitleRegistrations registrations;
  private final ParticipationService participation;
  private final NominationService nominations;
  private final HistoryCheck history;
  private final UnitDirectory units;
  private final YearWorkbooks sheets;
  private final YearProcess process;
  private final Messages messages;
  private final java.time.Clock clock;

  public YearService(
      CampaignRepository campaigns,
      TitleRegistrations registrations,
      ParticipationService participation,
      NominationService nominations,
      HistoryCheck history,
      UnitDirectory units,
      YearWorkbooks sheets,
      YearProcess process,
      Messages messages,
      java.time.Clock clock) {
    this.sheets = sheets;
    this.process = process;
    this.campaigns = campaigns;
    this.registrations = registrations;
    this.participation = participation;
    this.nominations = nominations;
    this.history = history;
    this.units = units;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Saves the unit's registration: its collective's title (null: none) and its individuals' (rows
   * of name, position, title). At least one title; each individual once per title.
   */
  public List<TitleRegistrations.Entry> registerTitles(
      long campaignId, String unitCode, String collectiveTitle, List<Map<String, String>> rows,
      Instant deadline) {
    titleCycle(campaignId);
    List<TitleRegistrations.Entry> entries = new ArrayList<>();
    if (collectiveTitle != null) {
      entries.add(new TitleRegistrations.Entry(NomineeKind.TAP_THE, units.nameOf(unitCode), null,
          title(collectiveTitle, YearProcess.Titles.COLLECTIVE, "year.title.collectiveInvalid", 0)));
    }
    if (rows.size() > MAX_ROWS) {
      throw messages.reject("year.rows.tooMany", String.valueOf(MAX_ROWS));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      int line = i + 1;
      String name = text(row.get(YearProcess.Row.NAME), 300, "year.row.name", line);
      String position = optional(row.get(YearProcess.Row.POSITION), 300, "year.row.position", line);
      AwardType title =
          title(row.get(YearProcess.Row.TITLE), YearProcess.Titles.INDIVIDUAL, "year.row.title", line);
      if (!seen.add(HistoryCheck.key(name, title, 0))) {
        throw messages.reject("year.row.duplicate", String.valueOf(line), name);
      }
      entries.add(new TitleRegistrations.Entry(NomineeKind.CA_NHAN, name, position, title));
    }
    if (entries.isEmpty()) {
      throw messages.reject("year.registration.empty");
    }
    registrations.save(campaignId, unitCode, entries, clock.instant());
    participation.registeredTitles(campaignId, unitCode, deadline);
    return entries;
  }

  /** The unit's year-end proposal as entered: its report, its meeting, its nominees' rows. */
  public record Proposal(String summary, LocalDate meetingDate, String minutesLink,
      List<Map<String, String>> rows) {}

  /**
   * Saves the unit's report of its year and submits each nominee as a dossier (the minutes are
   * every dossier's papers), each checked against the registration and the registry's earlier
   * years. A refused row names its line; nothing is saved then. Returns the dossiers' ids.
   */
  public List<Long> propose(long campaignId, String unitCode, Proposal p, Instant deadline) {
    Campaign campaign = titleCycle(campaignId);
    if (p.summary() == null || p.summary().isBlank()) {
      throw messages.reject("form.required", messages.get("field.yearSummary"));
    }
    if (p.summary().length() > 4000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.yearSummary"), "4000");
    }
    if (p.meetingDate() == null) {
      throw messages.reject("form.required", messages.get("field.meetingDate"));
    }
    LocalDate today = LocalDate.now(clock);
    if (p.meetingDate().isBefore(campaign.startDate()) || p.meetingDate().isAfter(today)) {
      throw messages.reject("year.meeting.date", messages.date(campaign.startDate()), messages.date(today));
    }
    if (p.minutesLink() == null) {
      throw messages.reject("form.required", messages.get("field.minutesLink"));
    }
    participation.checkLink(p.minutesLink());
    List<Parsed> parsed = nominees(p.rows(), null);
    List<HistoryCheck.Nominee> proposal = parsed.stream().map(Parsed::nominee).toList();
    List<NominationService.Dossier> dossiers = parsed.stream()
        .map(r -> new NominationService.Dossier(r.nominee().kind().name(), r.nominee().name(),
            r.position(), r.nominee().award().name(), r.achievements(), p.minutesLink(), r.women()))
        .toList();
    participation.report(campaignId, unitCode,
        new ParticipationService.Report(p.summary(), null, p.minutesLink()), deadline);
    int year = campaign.startDate().getYear();
    HistoryCheck.Context context = history.context(unitCode, year,
        !"LUAT_2003".equals(campaign.regime()), registrations.of(campaignId, unitCode), proposal);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < dossiers.size(); i++) {
      HistoryCheck.Findings found = history.findings(context, proposal.get(i));
      try {
        ids.add(nominations.submit(campaignId, unitCode, dossiers.get(i), found.conditionsText(),
            found.notesText()));
      } catch (InputRejected e) {
        throw messages.reject("year.row.refused", String.valueOf(i + 1), e.getMessage());
      }
    }
    return ids;
  }

  /** A nominee's row, checked: what the dossier and the history check need. */
  record Parsed(HistoryCheck.Nominee nominee, String position, String achievements, boolean women) {}

  /**
   * The nominees' rows checked one by one, as the form's list or a workbook gives them; a refusal
   * names the row's line ({@code lines}: each row's in its sheet; null: the form's, from 1).
   */
  List<Parsed> nominees(List<Map<String, String>> rows, List<Integer> lines) {
    if (rows.size() > MAX_ROWS) {
      throw messages.reject("year.rows.tooMany", String.valueOf(MAX_ROWS));
    }
    List<Parsed> parsed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      int line = lines == null ? i + 1 : lines.get(i);
      NomineeKind kind = kind(row.get(YearProcess.Row.KIND), line);
      String name = text(row.get(YearProcess.Row.NAME), 300, "year.row.name", line);
      AwardType award = award(row.get(YearProcess.Row.AWARD), kind, line);
      if (!seen.add(HistoryCheck.key(name, award, 0))) {
        throw messages.reject("year.row.duplicate", String.valueOf(line), name);
      }
      parsed.add(new Parsed(new HistoryCheck.Nominee(kind, name, award),
          optional(row.get(YearProcess.Row.POSITION), 300, "year.row.position", line),
          text(row.get(YearProcess.Row.ACHIEVEMENTS), 8000, "year.row.achievements", line),
          Boolean.parseBoolean(row.get(YearProcess.Row.WOMEN))));
    }
    return parsed;
  }

  /**
   * A unit's nominee list from its workbook, checked row by row, put into the unit's open year-end
   * task: the form shows it filled in, to check and send. Returns the number of nominees.
   */
  public int importNominees(Campaign campaign, String unitCode, byte[] workbook) {
    titleCycle(campaign.id());
    YearWorkbooks.Filled filled = sheets.read(workbook);
    List<Map<String, String>> rows = filled.rows();
    nominees(rows, filled.lines());
    // the form's list as form-js keeps it: the tick box a boolean
    List<Map<String, Object>> list = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, Object> item = new java.util.LinkedHashMap<>(row);
      item.put(YearProcess.Row.WOMEN, Boolean.parseBoolean(row.get(YearProcess.Row.WOMEN)));
      list.add(item);
    }
    if (!process.prefillNominees(campaign, unitCode, list)) {
      throw messages.reject("year.import.noTask");
    }
    return rows.size();
  }

  /** The unit's registered titles as the year-end form shows them. */
  public List<Map<String, Object>> registeredView(long campaignId, String unitCode) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TitleRegistrations.Entry e : registrations.of(campaignId, unitCode)) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("name", e.name());
      row.put("kind", messages.get(e.kind().labelKey()));
      row.put("position", e.position() == null ? "" : e.position());
      row.put("title", messages.get(e.title().labelKey()));
      rows.add(row);
    }
    return rows;
  }

  private Campaign titleCycle(long campaignId) {
    if (!campaigns.isTitleCycle(campaignId)) {
      throw messages.reject("year.notTitleCycle");
    }
    return campaigns.get(campaignId);
  }

  private NomineeKind kind(String value, int line) {
    if (NomineeKind.CA_NHAN.name().equals(value)) {
      return NomineeKind.CA_NHAN;
    }
    if (NomineeKind.TAP_THE.name().equals(value)) {
      return NomineeKind.TAP_THE;
    }
    throw messages.reject("year.row.kind", String.valueOf(line));
  }

  /** A year-end nominee's award: a title of its kind, or the chairman's Giấy khen. */
  private AwardType award(String value, NomineeKind kind, int line) {
    Set<String> titles =
        kind == NomineeKind.CA_NHAN ? YearProcess.Titles.INDIVIDUAL : YearProcess.Titles.COLLECTIVE;
    if (value != null && (titles.contains(value) || AwardType.GIAY_KHEN.name().equals(value))) {
      return AwardType.valueOf(value);
    }
    throw messages.reject("year.row.award", String.valueOf(line), messages.get(kind.labelKey()));
  }

  private AwardType title(String value, Set<String> allowed, String error, int line) {
    if (value == null || !allowed.contains(value)) {
      throw messages.reject(error, String.valueOf(line));
    }
    return AwardType.valueOf(value);
  }

  private String text(String value, int max, String label, int line) {
    if (value == null || value.isBlank()) {
      throw messages.reject("year.row.required", String.valueOf(line), messages.get(label));
    }
    return optional(value, max, label, line);
  }

  private String optional(String value, int max, String label, int line) {
    if (value != null && value.length() > max) {
      throw messages.reject("year.row.tooLong", String.valueOf(line), messages.get(label),
          String.valueOf(max));
    }
    return value == null ? null : value.strip();
  }
}
