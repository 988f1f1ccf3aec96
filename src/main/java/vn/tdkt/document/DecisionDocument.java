package vn.tdkt.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.document.CampaignRecords.Nominee;
import vn.tdkt.system.Messages;

/**
 * The draft award decision (Quyết định khen thưởng): legal basis, the articles, the signer; and its
 * annex listing every awardee with unit, award type and cash, with the total.
 */
@Component
class DecisionDocument {

  static final String TEMPLATE = "quyet-dinh-khen-thuong";
  private static final String NUMBER_SUFFIX = "QĐ-UBND";

  /**
   * The message prefix of the laws' "Căn cứ …" lines for each regime code the rules choose and the
   * campaign stores (DESIGN.md: regimes).
   */
  private static final Map<String, String> REGIME_BASIS =
      Map.of(
          "LUAT_2003", "doc.basis.2003",
          "LUAT_2022", "doc.basis.2024",
          "LUAT_2022_HAI_CAP", "doc.basis.2025");

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
    Map<AwardType, Map<NomineeKind, Integer>> counts = new EnumMap<>(AwardType.class);
    awardees.forEach(
        a ->
            counts
                .computeIfAbsent(a.nominee().type(), t -> new TreeMap<>())
                .merge(a.nominee().kind(), 1, Integer::sum));
    List<Map<String, String>> countLines = new ArrayList<>();
    counts.forEach(
        (type, byKind) -> {
          List<String> parts = new ArrayList<>();
          byKind.forEach((kind, n) -> parts.add(messages.get("doc.count." + kind.name(), n.toString())));
          countLines.add(
              Map.of("type", messages.get(type.labelKey()), "parts", String.join(", ", parts)));
        });
    long total = awardees.stream().mapToLong(Awardee::cash).sum();
    List<Map<String, String>> rows = new ArrayList<>();
    awardees.stream()
        .sorted(
            Comparator.comparing((Awardee a) -> a.nominee().type())
                .thenComparing(a -> a.nominee().unitName())
                .thenComparing(a -> a.nominee().id()))
        .forEach(
            a ->
                rows.add(
                    Map.of(
                        "no", String.valueOf(rows.size() + 1),
                        "name", a.nominee().name(),
                        "unit", a.nominee().unitName(),
                        "type", messages.get(a.nominee().type().labelKey()),
                        "cash", a.cash() > 0 ? Formats.money(a.cash()) : "")));

    Map<String, Object> data = new HashMap<>();
    data.put("campaign", campaign.name());
    data.put("date", Formats.date(date));
    data.put(
        "basis", basis(campaign, councilDay).stream().map(l -> Map.of("line", l)).toList());
    data.put("awardeeCount", String.valueOf(awardees.size()));
    data.put("none", awardees.isEmpty());
    data.put("counts", countLines);
    int article = 2;
    if (total > 0) {
      data.put("cash", Map.of("article", String.valueOf(article++), "total", Formats.money(total)));
    }
    data.put("execution", String.valueOf(article));
    data.put("signer", signer == null ? "" : signer);
    data.put("annex", rows);
    data.put("total", Formats.money(total));
    return paper.render(campaign, TEMPLATE, number, NUMBER_SUFFIX, date, data, List.of("annex"));
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
    return prefix == null ? List.of() : messages.lines(prefix);
  }
}
