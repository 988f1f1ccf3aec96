package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.OfficeFiles.lastTable;
import static vn.tdkt.support.OfficeFiles.rows;
import static vn.tdkt.support.OfficeFiles.table;
import static vn.tdkt.support.OfficeFiles.text;
import static vn.tdkt.support.OfficeFiles.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;

/**
 * One campaign of the schools (and a department with an assigned task that never registers), run
 * to its end; each document is generated at the step where the process will ask for it, then opened
 * with POI and read as an official would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentServiceTest extends ProcessTest {

  static final String TODAY = vn.tdkt.support.Steps.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

  @Autowired DocumentService documents;
  @Autowired DocumentRepository repository;
  @Autowired JdbcTemplate jdbc;

  String code;
  long campaignId;
  long sessionId;
  byte[] minutes;
  byte[] draft;
  byte[] signed;
  byte[] proposal;
  byte[] summary;
  byte[] summaryXlsx;

  @BeforeAll
  void runCampaign() {
    code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"),
        List.of(Map.of("unitCode", "pb-vhtt", "description", "Xây dựng kế hoạch tuyên truyền")));
    steps.registerAndReport("th-ngocthuy", code);
    steps.registerAndReport("thcs-chuvanan", code);
    steps.registerAndReport("mn-hoasua", code);
    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Nguyễn Văn An", "CSTDCS", true);
    steps.nominate("th-ngocthuy", code, "TAP_THE", "Tổ chuyên môn khối 5", "TTLDTT", false);
    steps.nominate("thcs-chuvanan", code, "TAP_THE", "Tổ Toán – Tin", "BANG_KHEN_TP", false);
    steps.nominate("mn-hoasua", code, "CA_NHAN", "Lê Thị Cúc", "LDTT", false);
    for (String nominee : List.of("Nguyễn Văn An", "Tổ chuyên môn khối 5", "Tổ Toán – Tin", "Lê Thị Cúc")) {
      steps.appraise(code, nominee, Outcome.ELIGIBLE, null, null);
    }
    steps.openSession(code);
    // An 4/4 (CSTĐCS needs 80%), Tổ khối 5 2/4 (not more than half), Tổ Toán 3/4 (city), Cúc 3/4
    steps.vote("chutich", code, "Nguyễn Văn An", "Tổ chuyên môn khối 5", "Tổ Toán – Tin", "Lê Thị Cúc");
    steps.vote("hoidong1", code, "Nguyễn Văn An", "Tổ chuyên môn khối 5", "Tổ Toán – Tin", "Lê Thị Cúc");
    steps.vote("hoidong2", code, "Nguyễn Văn An", "Tổ Toán – Tin", "Lê Thị Cúc");
    steps.vote("hoidong3", code, "Nguyễn Văn An");
    driver.runJobs();
    campaignId = steps.campaignId(code);
    sessionId = jdbc.queryForObject(
        "SELECT id FROM council_session WHERE campaign_id = ?", Long.class, campaignId);

    minutes = content(documents.minutes(campaignId, sessionId));
    draft = content(documents.decisionDraft(campaignId, "12/QĐ-UBND", LocalDate.of(2024, 3, 5)));
    steps.sign(code, code + "/QĐ-UBND");
    signed = content(documents.decisionDraft(campaignId, code + "/QĐ-UBND", vn.tdkt.support.Steps.today()));
    steps.proposeToCity(code);
    proposal = content(documents.cityProposal(campaignId));
    steps.recordCity(code, "Tổ Toán – Tin");
    driver.runJobs();
    steps.summarize(code);
    summary = content(documents.summary(campaignId));
    summaryXlsx = content(documents.latest(campaignId, DocumentKind.SUMMARY_XLSX).orElseThrow().id());
  }

  byte[] content(long id) {
    return repository.content(id);
  }

  @Test
  @DisplayName("Biên bản họp Hội đồng: thành phần, kết quả biểu quyết từng trường hợp theo tỷ lệ cần đạt, kết luận")
  void minutes() {
    String text = text(minutes);
    assertThat(text)
        .contains("UBND QUẬN LONG BIÊN", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        .contains("BIÊN BẢN", "Phong trào thử nghiệm " + code)
        .contains("Thời gian: ngày " + TODAY)
        .contains("4 thành viên Hội đồng", "Trần Văn Minh (Chủ tịch UBND quận)", "Đỗ Minh Tuấn")
        .contains("đã biểu quyết (kể cả phiếu bằng văn bản của thành viên vắng mặt): 4/4")
        .contains("Đề nghị Chủ tịch UBND khen thưởng theo thẩm quyền: 2 trường hợp")
        .contains("Đề nghị UBND Thành phố khen thưởng: 1 trường hợp")
        .contains("Không đạt tỷ lệ biểu quyết: 1 trường hợp")
        // from 1/7/2025 the share for CSTĐCS is the council's rule (Nghị định 152's clause not found)
        .contains("Quy chế của Hội đồng (Nghị định 152/2025/NĐ-CP")
        .contains("CHỦ TỊCH HỘI ĐỒNG");
    assertThat(table(minutes, 1))
        .containsExactly(
            List.of("STT", "Tên cá nhân, tập thể", "Đơn vị", "Hình thức khen thưởng",
                "Đồng ý / tổng số thành viên", "Tỷ lệ", "Tỷ lệ cần đạt", "Kết quả"),
            List.of("1", "Nguyễn Văn An", "Trường Tiểu học Ngọc Thụy", "Chiến sĩ thi đua cơ sở",
                "4/4", "100%", "từ 80% trở lên", "Đạt"),
            List.of("2", "Tổ chuyên môn khối 5", "Trường Tiểu học Ngọc Thụy",
                "Tập thể lao động tiên tiến", "2/4", "50%", "trên 50%", "Không đạt"),
            List.of("3", "Tổ Toán – Tin", "Trường THCS Chu Văn An",
                "Bằng khen của Chủ tịch UBND Thành phố", "3/4", "75%", "trên 50%", "Đạt"),
            List.of("4", "Lê Thị Cúc", "Trường Mầm non Hoa Sữa", "Lao động tiên tiến", "3/4", "75%",
                "trên 50%", "Đạt"));
    // the chairman signs without the role note the demo user carries
    assertThat(lastTable(minutes).get(0).get(1)).contains("Trần Văn Minh").doesNotContain("(");
  }

  @Test
  @DisplayName("Dự thảo Quyết định: số, ngày, người ký, căn cứ, Điều 1, phụ lục có tiền thưởng theo lương cơ sở ngày ký và tổng cộng")
  void decisionDraft() {
    String text = text(draft);
    assertThat(text)
        .contains("DỰ THẢO", "Số: 12/QĐ-UBND", "Long Biên, ngày 05 tháng 03 năm 2024")
        .contains("QUYẾT ĐỊNH", "CHỦ TỊCH UBND QUẬN LONG BIÊN")
        .contains("Căn cứ Luật Tổ chức chính quyền địa phương;")
        .contains("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;")
        .contains("Căn cứ Kế hoạch " + code + " về Phong trào thử nghiệm " + code + ";")
        .contains("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày " + TODAY + ";")
        .contains("Điều 1. Khen thưởng 2 tập thể, cá nhân")
        .contains("- Lao động tiên tiến: 1 cá nhân.", "- Chiến sĩ thi đua cơ sở: 1 cá nhân.")
        .contains("Điều 2.", "tổng số tiền: 2.340.000 đồng")
        .contains("Điều 3. Quyết định có hiệu lực kể từ ngày ký")
        .contains("PHỤ LỤC", "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/03/2024 của Chủ tịch UBND QUẬN LONG BIÊN)")
        .contains("Trần Văn Minh")
        .doesNotContain("Tổ Toán – Tin", "Tổ chuyên môn khối 5");
    // before 1/7/2024 the base salary is 1,800,000: CSTĐCS 1.0×, LĐTT 0.3×
    assertThat(lastTable(draft))
        .containsExactly(
            List.of("STT", "Tên cá nhân, tập thể", "Đơn vị", "Hình thức khen thưởng", "Số tiền (đồng)"),
            List.of("1", "Lê Thị Cúc", "Trường Mầm non Hoa Sữa", "Lao động tiên tiến", "540.000"),
            List.of("2", "Nguyễn Văn An", "Trường Tiểu học Ngọc Thụy", "Chiến sĩ thi đua cơ sở", "1.800.000"),
            List.of("", "Tổng cộng", "", "", "2.340.000"));
  }

  @Test
  @DisplayName("Quyết định sau khi Chủ tịch ký: vẫn đủ người được khen, số đã ký, tiền theo lương cơ sở hiện hành")
  void decisionAfterSigning() {
    assertThat(text(signed)).contains("Số: " + code + "/QĐ-UBND", "tổng số tiền: 3.050.000 đồng");
    assertThat(lastTable(signed)).extracting(row -> row.get(1) + ":" + row.get(4))
        .containsExactly("Tên cá nhân, tập thể:Số tiền (đồng)", "Lê Thị Cúc:710.000",
            "Nguyễn Văn An:2.340.000", "Tổng cộng:3.050.000");
    // the process keeps its own versions too: the draft at the tally and the signed one
    assertThat(repository.list(campaignId)).filteredOn(d -> d.kind() == DocumentKind.DECISION).hasSize(4);
  }

  @Test
  @DisplayName("Tờ trình đề nghị Thành phố: số tờ trình, chỉ các trường hợp Hội đồng thông qua thuộc thẩm quyền Thành phố")
  void cityProposal() {
    assertThat(text(proposal))
        .contains("TỜ TRÌNH", "Số: " + code + "/TTr-UBND", "Kính gửi: Ủy ban nhân dân Thành phố.")
        .contains("họp Hội đồng Thi đua – Khen thưởng ngày " + TODAY)
        .contains("khen thưởng 1 tập thể, cá nhân sau")
        .contains("TM. ỦY BAN NHÂN DÂN")
        .doesNotContain("Nguyễn Văn An", "Lê Thị Cúc", "Tổ chuyên môn khối 5");
    assertThat(table(proposal, 1))
        .containsExactly(
            List.of("STT", "Tên cá nhân, tập thể", "Đối tượng", "Đơn vị", "Hình thức đề nghị",
                "Đồng ý / tổng số thành viên"),
            List.of("1", "Tổ Toán – Tin", "Tập thể", "Trường THCS Chu Văn An",
                "Bằng khen của Chủ tịch UBND Thành phố", "3/4"));
  }

  @Test
  @DisplayName("Báo cáo tổng kết (Word): tham gia x/N, đúng hạn, hồ sơ theo trạng thái, khen thưởng theo hình thức và đơn vị, kết luận")
  void summaryReport() {
    assertThat(text(summary))
        .contains("BÁO CÁO", "Tổng kết phong trào thi đua “Phong trào thử nghiệm " + code + "”")
        .contains("Thời gian thực hiện: từ ngày " + TODAY)
        .contains("Đăng ký thi đua: 3/4 đơn vị (đúng hạn: 3/4)")
        .contains("Báo cáo kết quả: 3/4 đơn vị (đúng hạn: 3/4)")
        .contains("Tổng số hồ sơ đề nghị: 4.")
        .contains("Tổng số được khen thưởng: 3; tổng tiền thưởng: 10.070.000 đồng.")
        .contains("Phong trào đạt kết quả tốt");
    List<List<String>> units = table(summary, 1);
    assertThat(units).contains(
        List.of("1", "Phòng Văn hóa và Thông tin", "Chưa đăng ký", "Chưa báo cáo", "0", "0"),
        List.of("3", "Trường Tiểu học Ngọc Thụy", "Đúng hạn", "Đúng hạn", "2", "1"));
    assertThat(table(summary, 2)).containsExactly(
        List.of("STT", "Trạng thái", "Số lượng"),
        List.of("1", "Không đạt tỷ lệ biểu quyết của Hội đồng", "1"),
        List.of("2", "Đã khen thưởng", "3"),
        List.of("", "Tổng cộng", "4"));
    assertThat(table(summary, 3)).containsExactly(
        List.of("STT", "Hình thức khen thưởng", "Cấp khen thưởng", "Số lượng", "Số tiền (đồng)"),
        List.of("1", "Lao động tiên tiến", "Cấp quận", "1", "710.000"),
        List.of("2", "Chiến sĩ thi đua cơ sở", "Cấp quận", "1", "2.340.000"),
        List.of("3", "Bằng khen của Chủ tịch UBND Thành phố", "Cấp Thành phố", "1", "7.020.000"),
        List.of("", "Tổng cộng", "", "3", "10.070.000"));
    assertThat(table(summary, 4)).contains(
        List.of("1", "Trường Mầm non Hoa Sữa", "1", "710.000"),
        List.of("", "Tổng cộng", "3", "10.070.000"));
  }

  @Test
  @DisplayName("Báo cáo tổng kết (Excel): các trang Tham gia, Đề nghị, Khen thưởng với ô ngày và ô số tiền")
  void summaryWorkbook() throws Exception {
    try (XSSFWorkbook workbook = xlsx(summaryXlsx)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      Sheet units = workbook.getSheet("Tham gia");
      assertThat(units.getRow(0).getCell(0).getStringCellValue()).contains(code);
      List<List<String>> unitRows = rows(units);
      assertThat(unitRows.get(1)).startsWith("STT", "Mã đơn vị", "Đơn vị", "Đăng ký thi đua");
      assertThat(unitRows).hasSize(2 + 4);
      assertThat(unitRows.get(2)).startsWith("1", "pb-vhtt", "Phòng Văn hóa và Thông tin", "Chưa đăng ký");
      assertThat(unitRows.get(4)).startsWith("3", "th-ngocthuy", "Trường Tiểu học Ngọc Thụy", "Đúng hạn");
      assertThat(units.getRow(4).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(vn.tdkt.support.Steps.today());
      assertThat(units.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(2.0);

      List<List<String>> nominations = rows(workbook.getSheet("Đề nghị"));
      assertThat(nominations).hasSize(2 + 4);
      assertThat(nominations.get(3)).containsExactly("2", "Tổ chuyên môn khối 5", "Tập thể",
          "Trường Tiểu học Ngọc Thụy", "Tập thể lao động tiên tiến",
          "Không đạt tỷ lệ biểu quyết của Hội đồng", "2/4");

      Sheet awards = workbook.getSheet("Khen thưởng");
      List<List<String>> awardRows = rows(awards);
      assertThat(awardRows).hasSize(2 + 3);
      assertThat(awardRows.subList(2, 5)).extracting(r -> r.get(1) + ":" + r.get(5) + ":" + r.get(6))
          .containsExactlyInAnyOrder("Nguyễn Văn An:Cấp quận:" + code + "/QĐ-UBND",
              "Lê Thị Cúc:Cấp quận:" + code + "/QĐ-UBND",
              "Tổ Toán – Tin:Cấp Thành phố:" + code + "/QĐ-UBND-TP");
      for (int r = 2; r < 5; r++) {
        var row = awards.getRow(r);
        assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(vn.tdkt.support.Steps.today());
        double cash = row.getCell(8).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
            ? row.getCell(8).getNumericCellValue() : 0;
        assertThat(cash).isEqualTo(switch (row.getCell(1).getStringCellValue()) {
          case "Nguyễn Văn An" -> 2_340_000.0;
          case "Lê Thị Cúc" -> 710_000.0;
          // Bằng khen of the city to a collective from 1/7/2025: 3.0 × the base salary
          default -> 7_020_000.0;
        });
      }
    }
  }

  @Test
  @DisplayName("Mọi phiên bản được giữ; bản mới nhất của mỗi loại là bản được dùng; phiên họp của phong trào khác bị từ chối")
  void versions() {
    // newest first: the process's versions (tally, signature, period's end, closing) and this test's
    assertThat(documents.list(campaignId)).extracting(StoredDocument::kind)
        .startsWith(DocumentKind.SUMMARY_XLSX, DocumentKind.SUMMARY)
        .containsOnly(DocumentKind.values())
        .filteredOn(k -> k == DocumentKind.MINUTES).hasSize(2);
    StoredDocument latest = documents.latest(campaignId, DocumentKind.DECISION).orElseThrow();
    assertThat(latest.fileName()).isEqualTo("Dự thảo Quyết định khen thưởng " + code + ".docx");
    assertThat(latest.contentType()).isEqualTo(DocumentKind.Format.DOCX.contentType());
    assertThat(documents.content(latest)).isEqualTo(signed);
    Steps.assertRejected(() -> documents.minutes(campaignId, sessionId + 100_000), "không thuộc phong trào");
  }
}
