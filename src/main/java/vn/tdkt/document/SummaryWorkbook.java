package vn.tdkt.document;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;
import vn.tdkt.document.CampaignRecords.Nominee;
import vn.tdkt.document.CampaignRecords.Participation;
import vn.tdkt.files.Xlsx;
import vn.tdkt.registry.RegistryEntry;
import vn.tdkt.system.Messages;

/** The summary as a workbook: sheets "Tham gia" (one row per unit), "Đề nghị" (per dossier), "Khen thưởng" (per award). */
@Component
class SummaryWorkbook {

  private final SummaryDocument summary;
  private final Messages messages;

  SummaryWorkbook(SummaryDocument summary, Messages messages) {
    this.summary = summary;
    this.messages = messages;
  }

  byte[] write(SummaryFacts facts) {
    Xlsx xlsx = new Xlsx();
    String campaign = facts.campaign().code() + " – " + facts.campaign().name();

    Sheet units =
        xlsx.sheet(
            messages.get("doc.sheet.participation"),
            messages.get("doc.sheet.participation.title", campaign),
            columns("no", "unitCode", "unit", "registered", "registeredOn", "reported", "reportedOn",
                "nominations", "awards"),
            new int[] {6, 16, 40, 16, 14, 16, 14, 12, 12});
    int no = 1;
    for (Participation p : facts.units()) {
      xlsx.row(units, no++, p.unitCode(), p.unitName(), summary.registration(p), p.registeredOn(),
          summary.report(p), p.reportedOn(), p.nominated(), p.awarded());
    }

    Sheet nominations =
        xlsx.sheet(
            messages.get("doc.sheet.nominations"),
            messages.get("doc.sheet.nominations.title", campaign),
            columns("no", "nominee", "kind", "unit", "proposedAward", "status", "votes"),
            new int[] {6, 32, 14, 36, 30, 30, 14});
    no = 1;
    for (Nominee n : facts.nominees()) {
      xlsx.row(nominations, no++, n.name(), messages.get(n.kind().labelKey()), n.unitName(),
          messages.get(n.type().labelKey()), messages.get("status." + n.status().name()),
          n.agree() == null ? null : n.agree() + "/" + n.members());
    }

    Sheet awards =
        xlsx.sheet(
            messages.get("doc.sheet.awards"),
            messages.get("doc.sheet.awards.title", campaign),
            columns("no", "nominee", "kind", "unit", "awardType", "level", "decisionNumber",
                "decisionDate", "cash"),
            new int[] {6, 32, 14, 36, 32, 16, 22, 14, 16});
    no = 1;
    for (RegistryEntry a : facts.awards()) {
      xlsx.row(awards, no++, a.nominee(), a.kindLabel(), a.unitName(), a.awardTypeLabel(),
          a.levelLabel(), a.decisionNumber(), a.decisionDate(), a.cashAmount());
    }
    return xlsx.bytes();
  }

  private List<String> columns(String... keys) {
    return Arrays.stream(keys).map(k -> messages.get("doc.col." + k)).toList();
  }
}
