package vn.tdkt.document;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** Biên bản họp Hội đồng Thi đua – Khen thưởng: who sat, and each nominee's tally against its threshold. */
@Component
class MinutesDocument {

  static final String TEMPLATE = "bien-ban-hop-hoi-dong";

  private static final int[] WIDTHS = {6, 20, 18, 16, 11, 8, 11, 10};

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
    Docx docx = paper.start(
        messages.get("doc.council"), null, messages.get("doc.minutes.numberSuffix"), day, false);
    docx.title(
        messages.get("doc.minutes.title"),
        messages.get("doc.minutes.subtitle", messages.get("doc.campaign", campaign.name())));
    docx.text(messages.get("doc.minutes.time", Formats.date(day)));
    docx.text(messages.get("doc.minutes.members", String.valueOf(session.memberCount())));
    session.members().forEach(m -> docx.text("- " + m));
    docx.text(
        messages.get(
            "doc.minutes.ballots",
            String.valueOf(session.ballots()),
            String.valueOf(session.memberCount())));
    docx.text(messages.get("doc.minutes.content", String.valueOf(nominees.size())));

    docx.text(messages.get("doc.minutes.tally"), null);
    List<List<String>> rows = new ArrayList<>();
    Map<AwardType, AwardRules.Threshold> thresholds = new LinkedHashMap<>();
    int local = 0;
    int city = 0;
    int failed = 0;
    for (Nominee n : nominees) {
      AwardRules.Threshold threshold = thresholds.computeIfAbsent(n.type(), t -> records.threshold(campaign.rules(), t));
      boolean passed = Boolean.TRUE.equals(n.passed());
      rows.add(
          List.of(
              String.valueOf(rows.size() + 1),
              n.name(),
              n.unitName(),
              messages.get(n.type().labelKey()),
              n.agree() + "/" + n.members(),
              Formats.percent(n.agree(), n.members()),
              threshold(threshold),
              messages.get(passed ? "tally.passed" : "tally.failed")));
      if (!passed) {
        failed++;
      } else if (records.level(campaign.rules(), n.type()) == AwardRules.Level.LOCAL) {
        local++;
      } else {
        city++;
      }
    }
    docx.table(
        List.of(
            messages.get("doc.col.no"),
            messages.get("doc.col.nominee"),
            messages.get("doc.col.unit"),
            messages.get("doc.col.awardType"),
            messages.get("doc.col.votes"),
            messages.get("doc.col.ratio"),
            messages.get("doc.col.threshold"),
            messages.get("doc.col.result")),
        rows,
        WIDTHS,
        null);
    thresholds.forEach(
        (type, threshold) ->
            docx.text(
                messages.get(
                    "doc.minutes.sources",
                    messages.get(type.labelKey()) + ": " + threshold(threshold) + " ("
                        + threshold.source() + ")")));

    docx.text(messages.get("doc.minutes.conclusion"), null);
    docx.text(messages.get("doc.minutes.conclusion.local", String.valueOf(local)));
    docx.text(messages.get("doc.minutes.conclusion.city", String.valueOf(city)));
    docx.text(messages.get("doc.minutes.conclusion.failed", String.valueOf(failed)));
    docx.text(messages.get("doc.minutes.closing", Formats.date(day)));
    docx.signatures(
        Docx.signer(List.of(messages.get("doc.minutes.secretary")), ""),
        Docx.signer(List.of(messages.get("doc.minutes.chair")), chairman));
    return docx.bytes();
  }

  /** "từ 80% trở lên", "trên 50%". */
  private String threshold(AwardRules.Threshold threshold) {
    return messages.get(
        threshold.strictlyMore() ? "doc.threshold.moreThan" : "doc.threshold.atLeast",
        String.valueOf(threshold.percent()));
  }
}
