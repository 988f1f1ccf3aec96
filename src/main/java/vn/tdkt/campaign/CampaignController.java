package vn.tdkt.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Messages;

/** Nội vụ's view of a campaign at any time: who has registered and reported (x / N). */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

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

  @GetMapping("/{code}/progress")
  public Map<String, Object> progress(@PathVariable String code) {
    currentUser.requireAnyGroup(CurrentUser.NOI_VU, CurrentUser.ADMIN);
    Campaign campaign =
        campaigns
            .findByCode(code)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, messages.get("campaign.notFound", code)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", campaign.code());
    body.put("name", campaign.name());
    body.put("status", campaign.status());
    body.put("totals", service.totals(campaign.id()));
    body.put("units", service.figures(campaign.id()));
    return body;
  }
}
