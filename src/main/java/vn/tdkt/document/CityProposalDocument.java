package vn.tdkt.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.document.CampaignRecords.Nominee;
import vn.tdkt.document.CampaignRecords.Proposal;
import vn.tdkt.system.Messages;

/**
 * Tờ trình đề nghị UBND Thành phố khen thưởng: the nominees the council passed for awards the city
 * decides, on the template {@value #TEMPLATE}.
 */
@Component
class CityProposalDocument {

  static final String TEMPLATE = "to-trinh-de-nghi-thanh-pho";
  private static final String NUMBER_SUFFIX = "TTr-UBND";

  private final Paper paper;
  private final Messages messages;

  CityProposalDocument(Paper paper, Messages messages) {
    this.paper = paper;
    this.messages = messages;
  }

  byte[] write(
      Campaign campaign,
      Optional<Proposal> proposal,
      LocalDate today,
      Optional<LocalDate> councilDay,
      List<Nominee> nominees,
      String signer) {
    LocalDate date = proposal.map(Proposal::date).orElse(today);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Nominee n : nominees) {
      rows.add(
          Map.of(
              "no", String.valueOf(rows.size() + 1),
              "name", n.name(),
              "kind", messages.get(n.kind().labelKey()),
              "unit", n.unitName(),
              "award", messages.get(n.type().labelKey()),
              "votes", n.agree() == null ? "" : n.agree() + "/" + n.members()));
    }
    Map<String, Object> data = new HashMap<>();
    data.put("campaign", campaign.name());
    data.put("code", campaign.code());
    data.put("councilDay", councilDay.map(Formats::date).orElse(""));
    data.put("count", String.valueOf(nominees.size()));
    data.put("nominees", rows);
    data.put("signer", signer == null ? "" : signer);
    return paper.render(
        campaign,
        TEMPLATE,
        proposal.map(Proposal::number).orElse(null),
        NUMBER_SUFFIX,
        date,
        data,
        List.of("nominees"));
  }
}
