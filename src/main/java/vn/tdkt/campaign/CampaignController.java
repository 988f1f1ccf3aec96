package vn.tdkt.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Roles;

/**
 * Nội vụ's view of a campaign at any time: who has registered and reported (x / N), as JSON and as
 * a page for Nội vụ, the chairman, the council and administrators.
 */
@Controller
public class CampaignController {

  private static final String[] TRACKERS = vn.tdkt.system.Roles.STAFF.toArray(String[]::new);

  private final CampaignService service;
  private final CurrentUser currentUser;
  private final VisibleCampaigns visible;

  public CampaignController(
      CampaignService service, CurrentUser currentUser, VisibleCampaigns visible) {
    this.service = service;
    this.currentUser = currentUser;
    this.visible = visible;
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

  private Campaign campaign(String code, Authentication user) {
    return visible.get(code, user);
  }
}
