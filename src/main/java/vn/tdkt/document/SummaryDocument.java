package vn.tdkt.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * awards by type and by unit, and Nội vụ's conclusion; on the template {@value #TEMPLATE}.
 */
@Component
class SummaryDocument {

  static final String TEMPLATE = "bao-cao-tong-ket";
  private static final String NUMBER_SUFFIX = "BC-UBND";

  private final Paper paper;
  private final Messages messages;

  SummaryDocument(Paper paper, Messages messages) {
    this.paper = paper;
    this.messages = messages;
  }

  byte[] write(SummaryFacts facts) {
    List<Map<String, String>> unitRows = new ArrayList<>();
    for (Participation p : facts.units()) {
      unitRows.add(
          Map.of(
              "no", String.valueOf(unitRows.size() + 1),
              "unit", p.unitName(),
              "registered", registration(p),
              "reported", report(p),
              "nominated", String.valueOf(p.nominated()),
              "awarded", String.valueOf(p.awarded())));
    }
    Map<NominationStatus, Integer> byStatus = new EnumMap<>(NominationStatus.class);
    facts.nominees().forEach(n -> byStatus.merge(n.status(), 1, Integer::sum));
    List<Map<String, String>> statusRows = new ArrayList<>();
    byStatus.forEach(
        (status, count) ->
            statusRows.add(
                Map.of(
                    "no", String.valueOf(statusRows.size() + 1),
                    "status", messages.get("status." + status.name()),
                    "count", String.valueOf(count))));
    Map<AwardType, List<RegistryEntry>> byType = new EnumMap<>(AwardType.class);
    facts.awards().forEach(
        a -> byType.computeIfAbsent(AwardType.valueOf(a.awardType()), t -> new ArrayList<>()).add(a));
    List<Map<String, String>> typeRows = new ArrayList<>();
    byType.forEach(
        (type, awards) ->
            typeRows.add(
                Map.of(
                    "no", String.valueOf(typeRows.size() + 1),
                    "type", messages.get(type.labelKey()),
                    "level", awards.get(0).levelLabel(),
                    "count", String.valueOf(awards.size()),
                    "cash", Formats.money(cash(awards)))));
    Map<String, List<RegistryEntry>> byUnit = new TreeMap<>();
    facts.awards().forEach(a -> byUnit.computeIfAbsent(a.unitName(), u -> new ArrayList<>()).add(a));
    List<Map<String, String>> awardUnitRows = new ArrayList<>();
    byUnit.forEach(
        (unit, awards) ->
            awardUnitRows.add(
                Map.of(
                    "no", String.valueOf(awardUnitRows.size() + 1),
                    "unit", unit,
                    "count", String.valueOf(awards.size()),
                    "cash", Formats.money(cash(awards)))));

    Map<String, Object> data = new HashMap<>();
    data.put("campaign", facts.campaign().name());
    data.put("start", Formats.date(facts.campaign().startDate()));
    data.put("end", Formats.date(facts.campaign().endDate()));
    data.put("unitCount", String.valueOf(facts.units().size()));
    data.put("registered", String.valueOf(facts.registered()));
    data.put("registeredOnTime", String.valueOf(facts.registeredOnTime()));
    data.put("reported", String.valueOf(facts.reported()));
    data.put("reportedOnTime", String.valueOf(facts.reportedOnTime()));
    data.put("participation", unitRows);
    data.put("nominations", String.valueOf(facts.nominees().size()));
    data.put("statuses", statusRows);
    data.put("awards", String.valueOf(facts.awards().size()));
    data.put("cash", Formats.money(facts.cashTotal()));
    data.put("types", typeRows);
    data.put("units", awardUnitRows);
    String conclusion = facts.conclusion();
    data.put(
        "conclusion",
        conclusion == null || conclusion.isBlank()
            ? messages.get("doc.summary.conclusion.none")
            : conclusion);
    data.put("signer", facts.signer() == null ? "" : facts.signer());
    return paper.render(
        facts.campaign(),
        TEMPLATE,
        null,
        NUMBER_SUFFIX,
        facts.date(),
        data,
        List.of("participation", "statuses", "types", "units"));
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
