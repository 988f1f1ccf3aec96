package vn.tdkt.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardType;
import vn.tdkt.document.CampaignRecords.Participation;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.registry.RegistryEntry;
import vn.tdkt.system.Messages;

/**
 * Báo cáo tổng kết: participation (x/N registered and reported, on time), nominations by status,
 * awards by type and by unit, and Nội vụ's conclusion.
 */
@Component
class SummaryDocument {

  static final String TEMPLATE = "bao-cao-tong-ket";

  private final Paper paper;
  private final Messages messages;

  SummaryDocument(Paper paper, Messages messages) {
    this.paper = paper;
    this.messages = messages;
  }

  byte[] write(SummaryFacts facts) {
    Docx docx =
        paper.start(null, null, messages.get("doc.summary.numberSuffix"), facts.date(), false);
    docx.title(
        messages.get("doc.summary.title"),
        messages.get(
            "doc.summary.subtitle", messages.get("doc.campaign", facts.campaign().name())));
    docx.text(
        messages.get(
            "doc.summary.period",
            Formats.date(facts.campaign().startDate()),
            Formats.date(facts.campaign().endDate())));

    String units = String.valueOf(facts.units().size());
    docx.section(messages.get("doc.summary.participation"));
    docx.text(
        messages.get(
            "doc.summary.registered",
            String.valueOf(facts.registered()),
            units,
            String.valueOf(facts.registeredOnTime())));
    docx.text(
        messages.get(
            "doc.summary.reported",
            String.valueOf(facts.reported()),
            units,
            String.valueOf(facts.reportedOnTime())));
    List<List<String>> rows = new ArrayList<>();
    for (Participation p : facts.units()) {
      rows.add(
          List.of(
              String.valueOf(rows.size() + 1),
              p.unitName(),
              registration(p),
              report(p),
              String.valueOf(p.nominated()),
              String.valueOf(p.awarded())));
    }
    docx.table(
        List.of(
            messages.get("doc.col.no"),
            messages.get("doc.col.unit"),
            messages.get("doc.col.registered"),
            messages.get("doc.col.reported"),
            messages.get("doc.col.nominations"),
            messages.get("doc.col.awards")),
        rows,
        new int[] {7, 37, 16, 16, 12, 12},
        null);

    docx.section(messages.get("doc.summary.nominations"));
    docx.text(
        messages.get("doc.summary.nominations.total", String.valueOf(facts.nominees().size())));
    Map<NominationStatus, Integer> byStatus = new EnumMap<>(NominationStatus.class);
    facts.nominees().forEach(n -> byStatus.merge(n.status(), 1, Integer::sum));
    List<List<String>> statusRows = new ArrayList<>();
    byStatus.forEach(
        (status, count) ->
            statusRows.add(
                List.of(
                    String.valueOf(statusRows.size() + 1),
                    messages.get("status." + status.name()),
                    String.valueOf(count))));
    docx.table(
        List.of(
            messages.get("doc.col.no"),
            messages.get("doc.col.status"),
            messages.get("doc.col.count")),
        statusRows,
        new int[] {10, 70, 20},
        List.of("", messages.get("doc.total"), String.valueOf(facts.nominees().size())));

    docx.section(messages.get("doc.summary.awards"));
    docx.text(
        messages.get(
            "doc.summary.awards.total",
            String.valueOf(facts.awards().size()),
            Formats.money(facts.cashTotal())));
    docx.text(messages.get("doc.summary.awards.byType"), null);
    Map<AwardType, List<RegistryEntry>> byType = new EnumMap<>(AwardType.class);
    facts.awards().forEach(
        a -> byType.computeIfAbsent(AwardType.valueOf(a.awardType()), t -> new ArrayList<>()).add(a));
    List<List<String>> typeRows = new ArrayList<>();
    byType.forEach(
        (type, awards) ->
            typeRows.add(
                List.of(
                    String.valueOf(typeRows.size() + 1),
                    messages.get(type.labelKey()),
                    awards.get(0).levelLabel(),
                    String.valueOf(awards.size()),
                    Formats.money(cash(awards)))));
    docx.table(
        List.of(
            messages.get("doc.col.no"),
            messages.get("doc.col.awardType"),
            messages.get("doc.col.level"),
            messages.get("doc.col.count"),
            messages.get("doc.col.cash")),
        typeRows,
        new int[] {8, 40, 18, 14, 20},
        List.of("", messages.get("doc.total"), "", String.valueOf(facts.awards().size()),
            Formats.money(facts.cashTotal())));
    docx.text(messages.get("doc.summary.awards.byUnit"), null);
    Map<String, List<RegistryEntry>> byUnit = new TreeMap<>();
    facts.awards().forEach(a -> byUnit.computeIfAbsent(a.unitName(), u -> new ArrayList<>()).add(a));
    List<List<String>> unitRows = new ArrayList<>();
    byUnit.forEach(
        (unit, awards) ->
            unitRows.add(
                List.of(
                    String.valueOf(unitRows.size() + 1),
                    unit,
                    String.valueOf(awards.size()),
                    Formats.money(cash(awards)))));
    docx.table(
        List.of(
            messages.get("doc.col.no"),
            messages.get("doc.col.unit"),
            messages.get("doc.col.count"),
            messages.get("doc.col.cash")),
        unitRows,
        new int[] {8, 58, 14, 20},
        List.of("", messages.get("doc.total"), String.valueOf(facts.awards().size()),
            Formats.money(facts.cashTotal())));

    docx.section(messages.get("doc.summary.conclusion"));
    String conclusion = facts.conclusion();
    docx.text(
        conclusion == null || conclusion.isBlank()
            ? messages.get("doc.summary.conclusion.none")
            : conclusion);
    docx.signatures(
        paper.recipients("doc.summary.recipients"),
        Docx.signer(
            List.of(messages.get("doc.onBehalf"), messages.get("doc.chairman")), facts.signer()));
    return docx.bytes();
  }

  /** "Đúng hạn", "Quá hạn" or "Chưa đăng ký". */
  String registration(Participation p) {
    return p.registeredOn() == null
        ? messages.get("doc.registration.missing")
        : messages.get(p.registeredOnTime() ? "report.onTime" : "report.late");
  }

  /** "Đúng hạn", "Quá hạn" or "Chưa báo cáo". */
  String report(Participation p) {
    return p.reportedOn() == null
        ? messages.get("report.missing")
        : messages.get(p.reportedOnTime() ? "report.onTime" : "report.late");
  }

  private static long cash(List<RegistryEntry> awards) {
    return awards.stream().mapToLong(a -> a.cashAmount() == null ? 0 : a.cashAmount()).sum();
  }
}
