package vn.tdkt.annual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.stereotype.Component;
import vn.tdkt.files.Xlsx;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.system.Messages;
import vn.tdkt.system.TextFold;

/**
 * The year's workbooks: the unit's nominee list (its template, and reading it back, with the
 * Vietnamese labels officials choose from) and Nội vụ's lists of registered titles.
 */
@Component
public class YearWorkbooks {

  /** The columns of a nominee list, in order (the form's row keys). */
  static final List<String> NOMINEE_COLUMNS = List.of(
      YearProcess.Row.KIND, YearProcess.Row.NAME, YearProcess.Row.POSITION, YearProcess.Row.AWARD,
      YearProcess.Row.ACHIEVEMENTS, YearProcess.Row.WOMEN);

  private static final int[] NOMINEE_WIDTHS = {12, 30, 30, 36, 60, 16};
  private static final List<String> AWARDS = List.of(
      "LDTT", "CSTDCS", "CSTD_TP", "TTLDTT", "TTLDXS", "BANG_KHEN_TP", "GIAY_KHEN");

  private final Messages messages;

  public YearWorkbooks(Messages messages) {
    this.messages = messages;
  }

  /** The empty nominee list a unit downloads, with drop-down lists for kind, award and "Có". */
  public byte[] template(String campaignCode, String unitName) {
    Xlsx xlsx = new Xlsx();
    Sheet sheet = xlsx.sheet(messages.get("year.sheet.nominees"),
        messages.get("year.sheet.nomineesTitle", unitName, campaignCode),
        NOMINEE_COLUMNS.stream().map(c -> messages.get("year.col." + c)).toList(), NOMINEE_WIDTHS);
    int last = Xlsx.FIRST_DATA_ROW + YearService.MAX_ROWS - 1;
    xlsx.choices(sheet, 0, last, Arrays.stream(new NomineeKind[] {NomineeKind.CA_NHAN, NomineeKind.TAP_THE})
        .map(k -> messages.get(k.labelKey())).toList());
    xlsx.choices(sheet, 3, last, AWARDS.stream().map(a -> messages.get("award." + a)).toList());
    xlsx.choices(sheet, 5, last, List.of(messages.get("year.yes")));
    return xlsx.bytes();
  }

  /** A filled list's rows, keyed like the form's rows, and the sheet row (as Excel numbers it) of each. */
  public record Filled(List<Map<String, String>> rows, List<Integer> lines) {}

  /**
   * The rows of a filled nominee list, keyed like the form's rows, kind and award as codes (an
   * unknown label kept as typed, for the check to name its row); blank rows skipped.
   */
  public Filled read(byte[] bytes) {
    Workbook workbook;
    try {
      workbook = Xlsx.open(bytes);
    } catch (IllegalArgumentException e) {
      throw messages.reject("year.import.notWorkbook");
    }
    try (workbook) {
      Sheet sheet = workbook.getSheetAt(0);
      Map<String, String> kinds = new LinkedHashMap<>();
      for (NomineeKind k : NomineeKind.values()) {
        kinds.put(TextFold.fold(messages.get(k.labelKey())), k.name());
      }
      Map<String, String> awards = new LinkedHashMap<>();
      for (AwardType a : AwardType.values()) {
        awards.put(TextFold.fold(messages.get(a.labelKey())), a.name());
      }
      List<Map<String, String>> rows = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      for (int r = Xlsx.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, String> values = new LinkedHashMap<>();
        boolean blank = true;
        for (int c = 0; c < NOMINEE_COLUMNS.size(); c++) {
          String text = Xlsx.text(row, c);
          blank &= text == null;
          values.put(NOMINEE_COLUMNS.get(c), text);
        }
        if (blank) {
          continue;
        }
        if (rows.size() == YearService.MAX_ROWS) {
          throw messages.reject("year.rows.tooMany", String.valueOf(YearService.MAX_ROWS));
        }
        values.computeIfPresent(YearProcess.Row.KIND, (k, v) -> kinds.getOrDefault(TextFold.fold(v), v));
        values.computeIfPresent(YearProcess.Row.AWARD, (k, v) -> awards.getOrDefault(TextFold.fold(v), v));
        String women = values.get(YearProcess.Row.WOMEN);
        values.put(YearProcess.Row.WOMEN, String.valueOf(women != null
            && List.of("co", "x", "true", "1").contains(TextFold.fold(women))));
        rows.add(values);
        lines.add(r + 1);
      }
      return new Filled(rows, lines);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every unit's registered titles, for Nội vụ. */
  public byte[] registrations(String campaignCode, List<RegisteredRow> rows) {
    Xlsx xlsx = new Xlsx();
    Sheet sheet = xlsx.sheet(messages.get("year.sheet.registrations"),
        messages.get("year.sheet.registrationsTitle", campaignCode),
        List.of("STT", messages.get("year.col.unit"), messages.get("year.col.kind"),
            messages.get("year.col.name"), messages.get("year.col.position"),
            messages.get("year.col.title"), messages.get("year.col.registeredAt")),
        new int[] {6, 30, 12, 30, 30, 36, 14});
    int no = 1;
    for (RegisteredRow r : rows) {
      xlsx.row(sheet, no++, r.unitName(), r.kind(), r.name(), r.position(), r.title(), r.registeredOn());
    }
    return xlsx.bytes();
  }

  /** Registered against achieved: each unit's counts, then every nominee. */
  public byte[] titles(String campaignCode, List<vn.tdkt.reporting.TitleCycleReport.Line> lines) {
    Xlsx xlsx = new Xlsx();
    Sheet units = xlsx.sheet(messages.get("year.sheet.byUnit"),
        messages.get("year.sheet.byUnitTitle", campaignCode),
        List.of("STT", messages.get("year.col.unit"), messages.get("year.col.registered"),
            messages.get("year.col.proposed"), messages.get("year.col.awarded"),
            messages.get("year.col.registeredAwarded")),
        new int[] {6, 36, 14, 14, 14, 18});
    int no = 1;
    for (vn.tdkt.reporting.TitleCycleReport.UnitTotals t : vn.tdkt.reporting.TitleCycleReport.totals(lines)) {
      xlsx.row(units, no++, t.unitName(), t.registered(), t.proposed(), t.awarded(),
          t.registeredAndAwarded());
    }
    Sheet detail = xlsx.sheet(messages.get("year.sheet.detail"),
        messages.get("year.sheet.detailTitle", campaignCode),
        List.of("STT", messages.get("year.col.unit"), messages.get("year.col.kind"),
            messages.get("year.col.name"), messages.get("year.col.position"),
            messages.get("year.col.title"), messages.get("year.col.award"),
            messages.get("year.col.outcome")),
        new int[] {6, 30, 12, 30, 30, 30, 30, 30});
    no = 1;
    for (vn.tdkt.reporting.TitleCycleReport.Line l : lines) {
      xlsx.row(detail, no++, l.unitName(), messages.get("nominee." + l.kind()), l.name(),
          l.position(), l.registered() == null ? "" : messages.get("award." + l.registered()),
          l.proposed() == null ? "" : messages.get("award." + l.proposed()),
          l.status() == null ? messages.get("year.notProposed") : messages.get("status." + l.status()));
    }
    return xlsx.bytes();
  }

  /** A registered title as Nội vụ's list shows it. */
  public record RegisteredRow(String unitCode, String unitName, String kind, String name,
      String position, String title, java.time.LocalDate registeredOn) {}
}
