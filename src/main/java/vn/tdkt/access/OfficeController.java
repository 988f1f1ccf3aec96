package vn.tdkt.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.office.Official;
import vn.tdkt.office.OrganisationImport;
import vn.tdkt.office.WorkbookProblem;
import vn.tdkt.office.WorkbookRefused;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Messages;
import vn.tdkt.system.SessionOrBasicAuthenticationProvider;
import vn.tdkt.system.SystemCalls;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/**
 * The administrator sets the office up: {@code GET /api/office/workbook} exports the organisation
 * (empty, the template), {@code POST /api/office/workbook/preview} shows what a workbook would add,
 * change and deactivate, {@code POST /api/office/workbook} imports it; accounts get a new password by
 * mail on request. The page {@code /quan-tri/to-chuc} does the same in the browser.
 */
@Controller
public class OfficeController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final OrganisationImport organisation;
  private final OfficeDirectory offices;
  private final UnitDirectory units;
  private final Accounts accounts;
  private final IdentityService identityService;
  private final SystemCalls system;
  private final CurrentUser currentUser;
  private final Messages messages;

  public OfficeController(
      OrganisationImport organisation,
      OfficeDirectory offices,
      UnitDirectory units,
      Accounts accounts,
      IdentityService identityService,
      SystemCalls system,
      CurrentUser currentUser,
      Messages messages) {
    this.organisation = organisation;
    this.offices = offices;
    this.units = units;
    this.accounts = accounts;
    this.identityService = identityService;
    this.system = system;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** The office the user works for (the administrator: the first), for anyone logged in. */
  @GetMapping("/api/office")
  @ResponseBody
  public Map<String, Object> office() {
    String user = currentUser.require().getUserId();
    Office office = offices.ofUserOrFirst(user)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("office.none")));
    return describe(office);
  }

  /**
   * The offices the user may see: every office of the deployment for the administrator, the user's
   * own for an official or a unit's focal point.
   */
  @GetMapping("/api/offices")
  @ResponseBody
  public List<Map<String, Object>> visibleOffices() {
    Authentication user = currentUser.require();
    List<Office> visible = user.getGroupIds() != null && user.getGroupIds().contains(CurrentUser.ADMIN)
        ? offices.all()
        : offices.ofUser(user.getUserId()).map(List::of).orElse(List.of());
    return visible.stream().map(this::describe).toList();
  }

  private Map<String, Object> describe(Office office) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", office.code());
    body.put("name", office.name());
    body.put("level", office.level().name());
    body.put("levelLabel", messages.get(office.level().labelKey()));
    body.put("issuer", office.issuer());
    body.put("place", office.place());
    body.put("sender", office.from());
    body.put("units", units.active(office.code()).size());
    body.put("officials", offices.officials(office.code()).stream().filter(Official::active).count());
    return body;
  }

  /**
   * The organisation of an office ({@code office}: its code; the first when absent), or the template;
   * with {@code all=true}, every office in one workbook.
   */
  @GetMapping("/api/office/workbook")
  public ResponseEntity<byte[]> export(
      @RequestParam(name = "office", required = false) String code,
      @RequestParam(name = "all", defaultValue = "false") boolean all) {
    admin();
    Optional<Office> office = chosen(code);
    byte[] file = all ? organisation.exportAll() : organisation.export(office);
    String name = all ? "to-chuc-tat-ca.xlsx"
        : office.map(o -> "to-chuc-" + o.code() + ".xlsx").orElse("mau-to-chuc.xlsx");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(file);
  }

  @PostMapping("/api/office/workbook/preview")
  @ResponseBody
  public OrganisationImport.Result preview(@RequestParam(name = "file", required = false) MultipartFile file) {
    admin();
    return organisation.preview(bytes(file));
  }

  @PostMapping("/api/office/workbook")
  @ResponseBody
  public OrganisationImport.Result importWorkbook(
      @RequestParam(name = "file", required = false) MultipartFile file) {
    admin();
    return organisation.apply(bytes(file));
  }

  /** Sends the account's owner a new random password by mail (a retried job). */
  @PostMapping("/api/office/accounts/{userId}/password")
  @ResponseBody
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Map<String, String> resetPassword(@PathVariable String userId) {
    admin();
    if (!managed(userId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("account.notFound", userId));
    }
    Optional<String> email = Optional.ofNullable(
        system.run(() -> identityService.createUserQuery().userId(userId).singleResult()))
        .map(org.camunda.bpm.engine.identity.User::getEmail);
    accounts.reset(userId);
    return Map.of("message", messages.get("account.reset", userId, email.orElse("")));
  }

  /** The administrator's page: the office, the workbook's upload with its preview, the accounts. */
  @GetMapping("/quan-tri/to-chuc")
  public String page(
      Model model,
      HttpServletRequest request,
      @RequestParam(name = "office", required = false) String code) {
    admin();
    HttpSession session = request.getSession(true);
    model.addAttribute("token", SessionOrBasicAuthenticationProvider.formToken(session));
    Optional<Office> office = chosen(code);
    model.addAttribute("office", office.orElse(null));
    model.addAttribute("offices", offices.all());
    model.addAttribute("levelLabel", office.map(o -> messages.get(o.level().labelKey())).orElse(null));
    List<Map<String, Object>> people = new ArrayList<>();
    office.ifPresent(o -> {
      for (Official p : offices.officials(o.code())) {
        if (p.active()) {
          people.add(Map.of("account", p.userId(), "name", p.displayName(), "email", p.email(),
              "role", messages.get(p.role().labelKey())
                  + (p.councilMember() && p.role() != vn.tdkt.office.OfficialRole.HOI_DONG
                      ? ", " + messages.get("officialRole.HOI_DONG") : "")));
        }
      }
      for (Unit u : units.active(o.code())) {
        people.add(Map.of("account", u.focalUserId(),
            "name", u.focalName() == null ? "" : u.focalName(),
            "email", u.focalEmail() == null ? u.email() : u.focalEmail(),
            "role", messages.get("user.focal.position", u.name())));
      }
    });
    model.addAttribute("people", people);
    model.addAttribute("demoPasswords", accounts.demo());
    return "office-admin";
  }

  @ExceptionHandler(WorkbookRefused.class)
  @ResponseBody
  public ResponseEntity<Map<String, Object>> refused(WorkbookRefused e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "WorkbookRefused");
    body.put("message", messages.get("workbook.refused"));
    List<Map<String, Object>> problems = new ArrayList<>();
    for (WorkbookProblem p : e.problems()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("sheet", p.sheet());
      row.put("row", p.row());
      row.put("reason", p.reason());
      row.put("text", p.text());
      problems.add(row);
    }
    body.put("problems", problems);
    return ResponseEntity.badRequest().body(body);
  }

  /** The office the administrator chose by its code, else the first; 404 for an unknown code. */
  private Optional<Office> chosen(String code) {
    if (code == null || code.isBlank()) {
      return offices.current();
    }
    return Optional.of(offices.find(code.strip()).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("office.unknown", code.strip()))));
  }

  private boolean managed(String userId) {
    return offices.official(userId).filter(Official::active).isPresent()
        || units.ofFocalUser(userId).isPresent();
  }

  private void admin() {
    currentUser.requireAnyGroup(CurrentUser.ADMIN);
  }

  private byte[] bytes(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new WorkbookRefused(List.of(new WorkbookProblem(null, 0, messages.get("workbook.empty"))));
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
