package vn.tdkt.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Deadlines;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/**
 * Reading the captured mail of the default profile: {@code /hop-thu} (page) and {@code /hop-thu.json},
 * after logging in with an engine user.
 */
@Controller
@ConditionalOnProperty(name = "tdkt.mail.capture.enabled", havingValue = "true")
public class MailboxController {

  private final java.time.format.DateTimeFormatter sentAt;
  private final GreenMail capturedMail;
  private final CurrentUser currentUser;
  private final UnitDirectory units;
  private final vn.tdkt.office.OfficeDirectory offices;

  public MailboxController(
      GreenMail capturedMail,
      CurrentUser currentUser,
      UnitDirectory units,
      vn.tdkt.office.OfficeDirectory offices,
      Deadlines deadlines) {
    this.offices = offices;
    this.sentAt =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(deadlines.zone());
    this.capturedMail = capturedMail;
    this.currentUser = currentUser;
    this.units = units;
  }

  @GetMapping("/hop-thu")
  public String mailbox(@RequestParam(name = "to", required = false) String to, Model model)
      throws MessagingException {
    model.addAttribute("messages", messages(to));
    model.addAttribute("to", to);
    return "mailbox";
  }

  @GetMapping(value = "/hop-thu.json", produces = "application/json")
  @ResponseBody
  public List<Map<String, Object>> json(@RequestParam(name = "to", required = false) String to)
      throws MessagingException {
    return messages(to);
  }

  /**
   * Administrators read every mail; Nội vụ the mail to its office's units and officials; a unit's
   * focal point only the unit's own.
   */
  private List<Map<String, Object>> messages(String filter) throws MessagingException {
    Authentication user = currentUser.require();
    String to = filter;
    boolean all = user.getGroupIds() != null
        && (user.getGroupIds().contains(CurrentUser.NOI_VU) || user.getGroupIds().contains(CurrentUser.ADMIN));
    List<Map<String, Object>> result = new ArrayList<>();
    java.util.Set<String> office = all && !vn.tdkt.system.Roles.isAdmin(user)
        ? officeAddresses(vn.tdkt.system.Roles.offices(user))
        : null;
    if (!all) {
      java.util.Optional<String> own = units.ofFocalUser(user.getUserId()).map(Unit::email);
      if (own.isEmpty()) {
        return result;
      }
      to = own.get();
    }
    for (Message m : capturedMail.getReceivedMessages()) {
      String recipients =
          Arrays.stream(m.getAllRecipients()).map(Object::toString).collect(Collectors.joining(", "));
      if (to != null && !to.isBlank() && !recipients.equals(to) && !(all && recipients.contains(to))) {
        continue;
      }
      if (office != null
          && Arrays.stream(m.getAllRecipients()).map(Object::toString).noneMatch(office::contains)) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("to", recipients);
      row.put("subject", m.getSubject());
      row.put("sentAt", m.getSentDate() == null ? "" : sentAt.format(m.getSentDate().toInstant()));
      row.put("html", body(m));
      result.add(row);
    }
    Collections.reverse(result);
    return result;
  }

  /** The addresses of the offices' units, focal points and officials. */
  private java.util.Set<String> officeAddresses(java.util.Set<String> officeCodes) {
    java.util.Set<String> addresses = new java.util.HashSet<>();
    for (Unit u : units.all()) {
      if (officeCodes.contains(u.officeCode())) {
        addresses.add(u.email());
        if (u.focalEmail() != null) {
          addresses.add(u.focalEmail());
        }
      }
    }
    for (String code : officeCodes) {
      offices.officials(code).forEach(o -> addresses.add(o.email()));
    }
    return addresses;
  }

  private static String body(Message m) throws MessagingException {
    try {
      Object content = m.getContent();
      return content instanceof String text ? text : GreenMailUtil.getBody(m);
    } catch (java.io.IOException e) {
      return GreenMailUtil.getBody(m);
    }
  }
}
