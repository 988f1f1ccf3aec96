package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignStatus;
import vn.tdkt.document.CampaignRecords.Nominee;
import vn.tdkt.document.CampaignRecords.Proposal;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.office.OfficeLevel;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.support.OfficeFiles;
import vn.tdkt.support.Workbooks;
import vn.tdkt.system.Messages;
import vn.tdkt.system.TdktProperties;

/** An office replaces a bundled template by putting its own in tdkt.papers.folder. */
class PaperOverrideTest {

  @TempDir Path folder;

  private final Messages messages = Workbooks.messages();

  private CityProposalDocument proposal(String templates) {
    OfficeDirectory offices = mock(OfficeDirectory.class);
    when(offices.ofCampaign(org.mockito.ArgumentMatchers.any()))
        .thenReturn(
            Optional.of(
                new Office("lb", "Long Biên", OfficeLevel.values()[0], "UBND PHƯỜNG LONG BIÊN",
                    "Long Biên", "", "lb@example.org")));
    TdktProperties properties =
        new TdktProperties("Asia/Ho_Chi_Minh", null, null, null, null, null,
            new TdktProperties.Papers(templates));
    return new CityProposalDocument(new Paper(messages, offices, properties), messages);
  }

  private static byte[] write(CityProposalDocument document) {
    Campaign campaign =
        new Campaign(1L, "PT-1", "Phong trào thử nghiệm", "THUONG_XUYEN", null, null,
            LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1), null, null, null,
            CampaignStatus.DRAFT, null, "LUAT_2022_HAI_CAP", "XA", "lb");
    Nominee nominee =
        new Nominee(1L, "Tổ Toán – Tin", NomineeKind.TAP_THE, "thcs", "Trường THCS Chu Văn An",
            AwardType.BANG_KHEN_TP, NominationStatus.values()[0], 3, 4, true);
    return document.write(campaign, Optional.of(new Proposal("7/TTr-UBND", LocalDate.of(2026, 3, 5))),
        LocalDate.of(2026, 3, 5), Optional.of(LocalDate.of(2026, 3, 2)), List.of(nominee),
        "Trần Văn Minh");
  }

  /** The bundled proposal's template with a line of the office's own. */
  private static void changedTemplate(Path file, String line) throws Exception {
    java.nio.file.Files.createDirectories(file.getParent());
    XWPFDocument doc = PaperTemplates.cityProposal();
    doc.createParagraph().createRun().setText(line);
    PaperTemplates.write(doc, file);
  }

  @Test
  @DisplayName("Không cấu hình thư mục mẫu: dùng mẫu kèm theo")
  void bundled() {
    String text = OfficeFiles.text(write(proposal("")));
    assertThat(text).contains("TỜ TRÌNH", "Số: 7/TTr-UBND", "Long Biên, ngày 05 tháng 03 năm 2026",
        "Tổ Toán – Tin", "Trần Văn Minh").doesNotContain("{{", "[name]");
  }

  @Test
  @DisplayName("Mẫu chung trong thư mục thay mẫu kèm theo; mẫu riêng của đơn vị thay mẫu chung")
  void replaced() throws Exception {
    changedTemplate(folder.resolve(CityProposalDocument.TEMPLATE + ".docx"), "Mẫu chung: {{issuer}}");
    assertThat(OfficeFiles.text(write(proposal(folder.toString()))))
        .contains("Mẫu chung: UBND PHƯỜNG LONG BIÊN", "Tổ Toán – Tin");

    changedTemplate(folder.resolve("lb").resolve(CityProposalDocument.TEMPLATE + ".docx"),
        "Mẫu riêng của phường, số {{number}}");
    assertThat(OfficeFiles.text(write(proposal(folder.toString()))))
        .contains("Mẫu riêng của phường, số 7/TTr-UBND", "Tổ Toán – Tin")
        .doesNotContain("Mẫu chung");
  }
}
