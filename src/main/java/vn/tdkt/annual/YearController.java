package vn.tdkt.annual;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.VisibleCampaigns;
import vn.tdkt.files.Xlsx;
import vn.tdkt.reporting.TitleCycleReport;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Downloads;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;
import vn.tdkt.system.SessionOrBasicAuthenticationProvider;
import vn.tdkt.unit.UnitDirectory;

/**
 * The year's lists: a unit's nominee template and its upload into the unit's year-end task (the
 * unit's focal point), and every unit's registered titles (Nội vụ, the chairman, the council).
 */
@Controller
public class YearController {

  private final VisibleCampaigns campaigns;
  private final YearService service;
  private final YearWorkbooks sheets;
  private final TitleRegistrations registrations;
  private final TitleCycleReport report;
  private final UnitDirectory units;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final ZoneId zone;

  public YearController(
      VisibleCampaigns campaigns,
      YearService service,
      YearWorkbooks sheets,
      TitleRegistrations registrations,
      TitleCycleReport report,
      UnitDirectory units,
      CurrentUser currentUser,
      Messages messages,
      java.time.Clock clock) {
    this.campaigns = campaigns;
    this.service = service;
    this.sheets = sheets;
    this.registrations = registrations;
    this.report = report;
    this.units = units;
    this.currentUser = currentUser;
    this.messages = messages;
    this.zone = clock.getZone();
  }

  /** The address of the unit's upload page for a campaign, as the year-end form links it. */
  public static String uploadLink(String campaignCode) {
    return "/nam/nhap-danh-sach?campaign=" + java.net.URLEncoder.encode(campaignCode, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The address of the nominee template of a campaign. */
  public static String templateLink(String campaignCode) {
    return "/api/year/nominee-template?campaign=" + java.net.URLEncoder.encode(campaignCode, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The unit's empty nominee list, to fill in Excel. */
  @GetMapping("/api/year/nominee-template")
  public ResponseEntity<byte[]> template(@RequestParam("campaign") String code) {
    Authentication user = currentUser.require();
    Campaign campaign = campaigns.get(code, user);
    String unitName = Roles.units(user).stream().findFirst().map(units::nameOf).orElse("");
    return Downloads.attachment(messages.get("year.file.template", campaign.code()),
        Xlsx.CONTENT_TYPE, sheets.template(campaign.code(), unitName));
  }

  /** The unit's filled list, put into its open year-end task. */
  @PostMapping("/api/year/nominees")
  @ResponseBody
  public Map<String, Object> upload(
      @RequestParam("campaign") String code,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    Authentication user = currentUser.require();
    Campaign campaign = campaigns.get(code, user);
    String unit = unitOf(user);
    int rows = service.importNominees(campaign, unit, file == null ? null : file.getBytes());
    return Map.of("rows", rows, "message", messages.get("year.import.done", String.valueOf(rows)));
  }

  /** The upload as a page, linked from the year-end form. */
  @GetMapping("/nam/nhap-danh-sach")
  public String uploadPage(
      @RequestParam("campaign") String code, Model model, HttpServletRequest request) {
    Authentication user = currentUser.require();
    Campaign campaign = campaigns.get(code, user);
    String unit = unitOf(user);
    model.addAttribute("campaign", campaign);
    model.addAttribute("unitName", units.nameOf(unit));
    model.addAttribute("token",
        SessionOrBasicAuthenticationProvider.formToken(request.getSession(true)));
    return "year-nominees";
  }

  /** Every unit's registered titles: JSON. */
  @GetMapping("/api/year/registrations")
  @ResponseBody
  public List<YearWorkbooks.RegisteredRow> registered(@RequestParam("campaign") String code) {
    return rows(staffCampaign(code));
  }

  /** Every unit's registered titles: a workbook. */
  @GetMapping("/api/year/registrations.xlsx")
  public ResponseEntity<byte[]> registeredWorkbook(@RequestParam("campaign") String code) {
    Campaign campaign = staffCampaign(code);
    return Downloads.attachment(messages.get("year.file.registrations", campaign.code()),
        Xlsx.CONTENT_TYPE, sheets.registrations(campaign.code(), rows(campaign)));
  }

  /** Registered against achieved, by unit and nominee: JSON. */
  @GetMapping("/api/year/titles")
  @ResponseBody
  public Map<String, Object> titles(@RequestParam("campaign") String code) {
    Campaign campaign = staffCampaign(code);
    List<TitleCycleReport.Line> lines = report.lines(campaign.id());
    return Map.of("units", TitleCycleReport.totals(lines), "nominees", lines);
  }

  /** Registered against achieved: a workbook. */
  @GetMapping("/api/year/titles.xlsx")
  public ResponseEntity<byte[]> titlesWorkbook(@RequestParam("campaign") String code) {
    Campaign campaign = staffCampaign(code);
    return Downloads.attachment(messages.get("year.file.titles", campaign.code()),
        Xlsx.CONTENT_TYPE, sheets.titles(campaign.code(), report.lines(campaign.id())));
  }

  private List<YearWorkbooks.RegisteredRow> rows(Campaign campaign) {
    return registrations.all(campaign.id()).stream()
        .map(r -> new YearWorkbooks.RegisteredRow(r.unitCode(), units.nameOf(r.unitCode()),
            messages.get(r.kind().labelKey()), r.name(), r.position(),
            messages.get(r.title().labelKey()), r.registeredAt().atZone(zone).toLocalDate()))
        .sorted(java.util.Comparator.comparing(YearWorkbooks.RegisteredRow::unitName))
        .toList();
  }

  private Campaign staffCampaign(String code) {
    Authentication user = currentUser.requireAnyGroup(Roles.STAFF.toArray(String[]::new));
    return campaigns.get(code, user);
  }

  /** The one unit whose focal point the user is; 403 for anyone else. */
  private String unitOf(Authentication user) {
    Set<String> mine = Roles.units(user);
    if (mine.size() != 1) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("year.import.unitOnly"));
    }
    return mine.iterator().next();
  }
}
