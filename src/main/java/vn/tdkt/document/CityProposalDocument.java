package vn.tdkt.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.document.CampaignRecords.Nominee;
import vn.tdkt.document.CampaignRecords.Proposal;
import vn.tdkt.document.Docx.Line;
import vn.tdkt.system.Messages;

/** Tờ trình đề nghị UBND Thành phố khen thưởng: the nominees the council passed for awards the city decides. */
@Component
class CityProposalDocument {

  private static final int[] WIDTHS = {7, 26, 12, 22, 20, 13};

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
    Docx docx =
        paper.start(
            null,
            proposal.map(Proposal::number).orElse(null),
            messages.get("doc.city.numberSuffix"),
            date,
            false);
    String campaignName = messages.get("doc.campaign", campaign.name());
    docx.title(messages.get("doc.city.title"), messages.get("doc.city.subtitle", campaignName));
    docx.centered(Line.plain(messages.get("doc.city.to")));
    docx.centered(Line.blank());
    docx.text(
        messages.get(
            "doc.city.intro",
            campaign.code(),
            campaign.name(),
            councilDay.map(Formats::date).orElse(""),
            paper.issuer(),
            String.valueOf(nominees.size())));
    List<List<String>> rows = new ArrayList<>();
    for (Nominee n : nominees) {
      rows.add(
          List.of(
              String.valueOf(rows.size() + 1),
              n.name(),
              messages.get(n.kind().labelKey()),
              n.unitName(),
              messages.get(n.type().labelKey()),
              n.agree() == null ? "" : n.agree() + "/" + n.members()));
    }
    docx.table(
        List.of(
            messages.get("doc.col.no"),
            messages.get("doc.col.nominee"),
            messages.get("doc.col.kind"),
            messages.get("doc.col.unit"),
            messages.get("doc.col.proposedAward"),
            messages.get("doc.col.votes")),
        rows,
        WIDTHS,
        null);
    docx.text(messages.get("doc.city.closing", paper.issuer()));
    docx.signatures(
        paper.recipients("doc.city.recipients"),
        Docx.signer(List.of(messages.get("doc.onBehalf"), messages.get("doc.chairman")), signer));
    return docx.bytes();
  }
}
