package vn.tdkt.campaign;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;

/** A campaign asked for by its code on a page or the API, as the asking user may see it. */
@Component
public class VisibleCampaigns {

  private final CampaignRepository campaigns;
  private final Messages messages;

  public VisibleCampaigns(CampaignRepository campaigns, Messages messages) {
    this.campaigns = campaigns;
    this.messages = messages;
  }

  /**
   * The campaign of the user's office with the code (offices may number their plans alike): 404
   * when there is none, 403 when only another office has one.
   */
  public Campaign get(String code, Authentication user) {
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
