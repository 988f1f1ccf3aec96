package vn.tdkt.registry;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.system.Downloads;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;

/**
 * The award registry (sổ vàng) as JSON and as a workbook, with the same filters. Staff see every
 * unit's awards, a unit's focal point only its own unit's.
 */
@RestController
public class RegistryController {

  private final RegistryService registry;
  private final RegistryWorkbook workbook;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final vn.tdkt.unit.UnitDirectory unitDirectory;

  public RegistryController(
      RegistryService registry,
      RegistryWorkbook workbook,
      CurrentUser currentUser,
      Messages messages,
      vn.tdkt.unit.UnitDirectory unitDirectory) {
    this.unitDirectory = unitDirectory;
    this.registry = registry;
    this.workbook = workbook;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/api/registry")
  public List<RegistryEntry> search(
      @RequestParam(required = false) String person,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String year) {
    return registry.search(query(person, unit, campaign, type, year));
  }

  @GetMapping("/api/registry.xlsx")
  public ResponseEntity<byte[]> workbook(
      @RequestParam(required = false) String person,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String year) {
    byte[] content = workbook.write(registry.search(query(person, unit, campaign, type, year)));
    return Downloads.attachment(
        messages.get("registry.file"), vn.tdkt.files.Xlsx.CONTENT_TYPE, content);
  }

  /**
   * The filters as checked by the registry, narrowed to the reader's own units, or for staff to the
   * units of the staff's office; the administrator reads every office's.
   */
  private RegistryQuery query(String person, String unit, String campaign, String type, String year) {
    Authentication user = currentUser.require();
    Set<String> units = Roles.units(user);
    if (!Roles.isStaff(user) && units.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("auth.forbidden"));
    }
    RegistryQuery query = registry.query(person, unit, campaign, type, year);
    if (Roles.isAdmin(user)) {
      return query;
    }
    if (Roles.isStaff(user)) {
      Set<String> offices = Roles.offices(user);
      return query.visibleTo(unitDirectory.all().stream()
          .filter(u -> offices.contains(u.officeCode()))
          .map(vn.tdkt.unit.Unit::code)
          .collect(java.util.stream.Collectors.toSet()));
    }
    return query.visibleTo(units);
  }
}
