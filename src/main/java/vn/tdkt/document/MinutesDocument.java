package vn.tdkt.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.rules.AwardType;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.document.CampaignRecords.Nominee;
import vn.tdkt.document.CampaignRecords.Session;
import vn.tdkt.system.Messages;

/**
 * Biên bản họp Hội đồng Thi đua – Khen thưởng: who sat, and each nominee's tally against its
 * threshold, on the template {@value #TEMPLATE}.
 */
@Component
class MinutesDocument {

  static final String TEMPLATE = "bien-ban-hop-hoi-dong";
  private static final String NUMBER_SUFFIX = "BB-HĐTĐKT";

  private final Paper paper;
  private final CampaignRecords records;
  private final Messages messages;

  MinutesDocument(Paper paper, CampaignRecords records, Messages messages) {
    this.paper = paper;
    this.records = records;
    this.messages = messages;
  }

  byte[] write(Campaign campaign, Session session, List<Nominee> nominees, String chairman) {
    LocalDate day = session.openedOn();
    List<Map<String, String>> rows = new ArrayList<>();
    Map<AwardType, AwardRules.Threshold> thresholds = new LinkedHashMap<>();
    Map<AwardType, AwardRules.Level> levels = new java.util.EnumMap<>(AwardType.class);
    int local = 0;
    int city = 0;
    int failed = 0;
    for (Nominee n : nominees) {
      AwardRules.Threshold threshold =
          thresholds.computeIfAbsent(n.type(), t -> records.threshold(campaign.rules(), t));
      boolean passed = Boolean.TRUE.equals(n.passed());
      rows.add(
          Map.of(
              "no", String.valueOf(rows.size() + 1),
              "name", n.name(),
              "unit", n.unitName(),
              "type", messages.get(n.type().labelKey()),
              "votes", n.agree() + "/" + n.members(),
              "ratio", Formats.percent(n.agree(), n.members()),
              "threshold", threshold(threshold),
              "result", messages.get(passed ? "tally.passed" : "tally.failed")));
      if (!passed) {
        failed++;
      } else if (levels.computeIfAbsent(n.type(), t -> records.level(campaign.rules(), t))
          == AwardRules.Level.LOCAL) {
        local++;
      } else {
        city++;
      }
    }
    List<Map<String, String>> sources = new ArrayList<>();
    thresholds.forEach(
        (type, threshold) ->
            sources.add(
                Map.of(
                    "type", messages.get(type.labelKey()),
                    "threshold", threshold(threshold),
                    "source", String.valueOf(threshold.source()))));
    Map<String, Object> data = new HashMap<>();
    data.put("campaign", campaign.name());
    data.put("date", Formats.date(day));
    data.put("memberCount", String.valueOf(session.memberCount()));
    data.put("members", session.members().stream().map(m -> Map.of("name", m)).toList());
    data.put("ballots", String.valueOf(session.ballots()));
    data.put("nomineeCount", String.valueOf(nominees.size()));
    data.put("tally", rows);
    data.put("sources", sources);
    data.put("local", String.valueOf(local));
    data.put("city", String.valueOf(city));
    data.put("failed", String.valueOf(failed));
    data.put("signer", chairman == null ? "" : chairman);
    return paper.render(campaign, TEMPLATE, null, NUMBER_SUFFIX, day, data, List.of("tally"));
  }

  /** "từ 80% trở lên", "trên 50%". */
  private String threshold(AwardRules.Threshold threshold) {
    return messages.get(
        threshold.strictlyMore() ? "doc.threshold.moreThan" : "doc.threshold.atLeast",
        String.valueOf(threshold.percent()));
  }
}
