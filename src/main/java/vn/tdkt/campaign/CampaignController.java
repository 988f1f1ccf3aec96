package vn.tdkt.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;

/**
 * Nội vụ's view of a campaign at any time: who has registered and reported (x / N), as JSON and as
 * a page for Nội vụ, the chairman, the council and administrators.
 */
@Controller
public class CampaignController {

  private static final String[] TRACKERS = vn.tdkt.system.Roles.STAFF.toArray(String[]::new);

  private final CampaignRepository campaigns;
  private final CampaignService service;
  private final CurrentUser currentUser;
  private final Messages messages;

  public CampaignController(
      CampaignRepository campaigns,
      CampaignService service,
      CurrentUser currentUser,
      Messages messages) {
    this.campaigns = campaigns;
    this.service = service;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/api/campaigns/{code}/progress")
  @ResponseBody
  public Map<String, Object> progress(@PathVariable String code) {
    Authentication user = currentUser.requireAnyGroup(TRACKERS);
    Campaign campaign = campaign(code, user);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", campaign.code());
    body.put("name", campaign.name());
    body.put("office", campaign.officeCode());
    body.put("status", campaign.status());
    body.put("totals", service.totals(campaign.id()));
    body.put("units", service.figures(campaign.id()));
    body.put("offices", service.cascade(campaign));
    return body;
  }

  /** The same as a page: every campaign, or one campaign's units. */
  @GetMapping({"/theo-doi", "/theo-doi/{code}"})
  public String page(@PathVariable(required = false) String code, Model model) {
    Authentication user = currentUser.requireAnyGroup(TRACKERS);
    if (code == null) {
      model.addAttribute("campaigns", service.overview().stream()
          .filter(c -> Roles.maySeeOffice(user, c.officeCode())).toList());
      return "tracking";
    }
    Campaign campaign = campaign(code, user);
    model.addAttribute("campaign", campaign);
    model.addAttribute("totals", service.totals(campaign.id()));
    model.addAttribute("units", service.figures(campaign.id()));
    model.addAttribute("offices", service.cascade(campaign));
    return "tracking-campaign";
  }

  /**
   * The campaign of the user's office with the code (offices may number their plans alike); 403 when
   * only another office has one.
   */
  private Campaign campaign(String code, Authentication user) {
    List<Campaign> found = campaigns.byCode(code);
    if (found.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.get("campaign.notFound", code));
    }
    return found.stream()
        .filter(c -> Roles.maySeeOffice(user, c.officeCode()))
        .findFirst()
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("auth.forbidden")));
  }
}
