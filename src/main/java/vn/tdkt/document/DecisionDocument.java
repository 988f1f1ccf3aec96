package vn.tdkt.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.document.CampaignRecords.Nominee;
import vn.tdkt.document.Docx.Line;
import vn.tdkt.system.Messages;

/**
 * The draft award decision (Quyết định khen thưởng): legal basis, the articles, the signer; and its
 * annex listing every awardee with unit, award type and cash, with the total.
 */
@Component
class DecisionDocument {

  static final String TEMPLATE = "quyet-dinh-khen-thuong";

  /**
   * The message prefix of the laws' "Căn cứ …" lines for each regime code the rules choose and the
   * campaign stores (DESIGN.md: regimes).
   */
  private static final Map<String, String> REGIME_BASIS =
      Map.of(
          "LUAT_2003", "doc.basis.2003",
          "LUAT_2022", "doc.basis.2024",
          "LUAT_2022_HAI_CAP", "doc.basis.2025");
  private static final int[] WIDTHS = {7, 30, 27, 20, 16};

  /** An awardee and the cash that goes with the award. */
  record Awardee(Nominee nominee, long cash) {}

  private final Paper paper;
  private final Messages messages;

  DecisionDocument(Paper paper, Messages messages) {
    this.paper = paper;
    this.messages = messages;
  }

  byte[] write(
      Campaign campaign,
      String number,
      LocalDate date,
      String signer,
      List<Awardee> awardees,
      Optional<LocalDate> councilDay) {
    String suffix = messages.get("doc.decision.numberSuffix");
    Docx docx = paper.start(null, number, suffix, date, true);
    String campaignName = messages.get("doc.campaign", campaign.name());
    docx.title(
        messages.get("doc.decision.title"), messages.get("doc.decision.subtitle", campaignName));
    String authority = messages.get("doc.decision.authority", paper.issuer());
    docx.centered(Line.bold(authority));
    docx.centered(Line.blank());
    for (String basis : basis(campaign, councilDay)) {
      docx.text(basis);
    }
    docx.centered(Line.bold(messages.get("doc.decision.decides")));

    int article = 1;
    docx.text(
        messages.get("doc.decision.article", String.valueOf(article++)),
        messages.get(
            "doc.decision.awards", String.valueOf(awardees.size()), campaignName));
    if (awardees.isEmpty()) {
      docx.text(messages.get("doc.none"));
    }
    Map<AwardType, Map<NomineeKind, Integer>> counts = new EnumMap<>(AwardType.class);
    awardees.forEach(
        a ->
            counts
                .computeIfAbsent(a.nominee().type(), t -> new TreeMap<>())
                .merge(a.nominee().kind(), 1, Integer::sum));
    counts.forEach(
        (type, byKind) -> {
          List<String> parts = new ArrayList<>();
          byKind.forEach((kind, n) -> parts.add(messages.get("doc.count." + kind.name(), n.toString())));
          docx.text(
              messages.get(
                  "doc.decision.awards.line",
                  messages.get(type.labelKey()),
                  String.join(", ", parts)));
        });
    long total = awardees.stream().mapToLong(Awardee::cash).sum();
    if (total > 0) {
      docx.text(
          messages.get("doc.decision.article", String.valueOf(article++)),
          messages.get("doc.decision.cash", Formats.money(total)));
    }
    docx.text(
        messages.get("doc.decision.article", String.valueOf(article)),
        messages.get("doc.decision.execution"));
    docx.signatures(
        paper.recipients("doc.decision.recipients"),
        Docx.signer(List.of(messages.get("doc.chairman")), signer));

    docx.pageBreak();
    docx.title(
        messages.get("doc.decision.annex"),
        messages.get("doc.decision.annex.subtitle"));
    docx.centered(
        Line.italic(
            messages.get(
                "doc.decision.annex.reference",
                number == null || number.isBlank() ? "       /" + suffix : number,
                Formats.date(date),
                paper.issuer())));
    docx.centered(Line.blank());
    List<List<String>> rows = new ArrayList<>();
    awardees.stream()
        .sorted(
            Comparator.comparing((Awardee a) -> a.nominee().type())
                .thenComparing(a -> a.nominee().unitName())
                .thenComparing(a -> a.nominee().id()))
        .forEach(
            a ->
                rows.add(
                    List.of(
                        String.valueOf(rows.size() + 1),
                        a.nominee().name(),
                        a.nominee().unitName(),
                        messages.get(a.nominee().type().labelKey()),
                        a.cash() > 0 ? Formats.money(a.cash()) : "")));
    docx.table(
        List.of(
            messages.get("doc.col.no"),
            messages.get("doc.col.nominee"),
            messages.get("doc.col.unit"),
            messages.get("doc.col.awardType"),
            messages.get("doc.col.cash")),
        rows,
        WIDTHS,
        List.of("", messages.get("doc.total"), "", "", Formats.money(total)));
    return docx.bytes();
  }

  /**
   * "Căn cứ …" lines: the laws of the regime the campaign stored when it was planned (not recomputed
   * from its dates), the plan, the council's minutes.
   */
  List<String> basis(Campaign campaign, Optional<LocalDate> councilDay) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("doc.basis.localGovernment"));
    lines.addAll(regimeBasis(campaign.regime()));
    lines.add(messages.get("doc.basis.plan", campaign.code(), campaign.name()));
    councilDay.ifPresent(day -> lines.add(messages.get("doc.basis.minutes", Formats.date(day))));
    lines.add(messages.get("doc.basis.proposal"));
    return lines;
  }

  /** The laws' lines of a stored regime code; none when the campaign has no known regime. */
  List<String> regimeBasis(String regime) {
    String prefix = regime == null ? null : REGIME_BASIS.get(regime);
    return prefix == null ? List.of() : paper.lines(prefix);
  }
}
