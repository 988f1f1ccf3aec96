package vn.tdkt.registry;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;
import vn.tdkt.files.Xlsx;
import vn.tdkt.system.Messages;

/** The registry as a workbook: a title row, a header row in Vietnamese, one row per award. */
@Component
public class RegistryWorkbook {

  private static final String[] COLUMNS = {
    "no", "nominee", "position", "kind", "unitCode", "unit", "awardType", "level", "decisionNumber",
    "decisionDate", "campaignCode", "campaign", "cash"
  };
  private static final int[] WIDTHS = {6, 30, 28, 12, 16, 34, 32, 16, 22, 14, 20, 50, 16};

  private final Messages messages;

  public RegistryWorkbook(Messages messages) {
    this.messages = messages;
  }

  public byte[] write(List<RegistryEntry> entries) {
    Xlsx xlsx = new Xlsx();
    String title = messages.get("registry.title");
    Sheet sheet =
        xlsx.sheet(
            title,
            title,
            Arrays.stream(COLUMNS).map(c -> messages.get("doc.col." + c)).toList(),
            WIDTHS);
    int no = 1;
    for (RegistryEntry e : entries) {
      xlsx.row(sheet, no++, e.nominee(), e.position(), e.kindLabel(), e.unitCode(), e.unitName(),
          e.awardTypeLabel(), e.levelLabel(), e.decisionNumber(), e.decisionDate(), e.campaignCode(),
          e.campaignName(), e.cashAmount());
    }
    return xlsx.bytes();
  }
}
