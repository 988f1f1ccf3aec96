package vn.tdkt.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.support.Driver;
import vn.tdkt.support.OfficeFiles;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;

/**
 * The award registry after two campaigns: in the first, two schools' nominees are awarded by a
 * decision of 20/06/2023 and a collective by the city today; in the second, one of the same names
 * gets another award today. Every name carries a token, so other tests' awards in the shared
 * database do not count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryTest extends ProcessTest {

  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  final String token = String.valueOf(System.nanoTime() % 1_000_000);
  final String anh = "Hoàng Thị Ánh " + token;
  final String bao = "Đặng Văn Bảo " + token;
  final String group = "Tổ Ngữ văn " + token;
  final int thisYear = vn.tdkt.support.Steps.today().getYear();
  String first;
  String second;

  @BeforeAll
  void twoCampaigns() {
    first = Driver.newCode();
    steps.launch(first, List.of("TRUONG_HOC"), List.of());
    steps.registerAndReport("th-ngocthuy", first);
    steps.registerAndReport("thcs-chuvanan", first);
    steps.nominate("th-ngocthuy", first, "CA_NHAN", anh, "CSTDCS", false);
    steps.nominate("thcs-chuvanan", first, "CA_NHAN", bao, "LDTT", true);
    steps.nominate("thcs-chuvanan", first, "TAP_THE", group, "BANG_KHEN_TP", false);
    for (String nominee : List.of(anh, bao, group)) {
      steps.appraise(first, nominee, Outcome.ELIGIBLE, null, null);
    }
    steps.openSession(first);
    for (String member : Steps.COUNCIL) {
      steps.vote(member, first, anh, bao, group);
    }
    driver.runJobs();
    driver.complete("chutich", first, CampaignProcess.Element.SIGN_DECISION,
        Map.of(CampaignProcess.Var.DECISION_NUMBER, first + "/QĐ-UBND",
            CampaignProcess.Var.DECISION_DATE, "2023-06-20"));
    driver.runJobs();
    steps.proposeToCity(first);
    steps.recordCity(first, group);
    driver.runJobs();

    second = Driver.newCode();
    steps.atCouncil(second, anh);
    for (String member : Steps.COUNCIL) {
      steps.vote(member, second, anh);
    }
    driver.runJobs();
    steps.sign(second, second + "/QĐ-UBND");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> search(String user, String query) {
    ResponseEntity<Map[]> response =
        rest.withBasicAuth(user, "demo").getForEntity("/api/registry?" + query, Map[].class);
    assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
    return Arrays.stream(response.getBody()).map(m -> (Map<String, Object>) m).toList();
  }

  List<String> names(String user, String query) {
    return search(user, query).stream()
        .map(r -> r.get("nominee") + "/" + r.get("awardType") + "/" + r.get("campaignCode"))
        .toList();
  }

  @Test
  @DisplayName("Một dòng của sổ vàng: người, đơn vị, hình thức, cấp, quyết định (ngày dd/MM/yyyy), phong trào, tiền thưởng")
  void entry() {
    Map<String, Object> local = search("noivu", "person=" + anh + "&campaign=" + first).get(0);
    assertThat(local).containsEntry("nominee", anh)
        .containsEntry("position", "Giáo viên")
        .containsEntry("kind", "CA_NHAN").containsEntry("kindLabel", "Cá nhân")
        .containsEntry("unitCode", "th-ngocthuy").containsEntry("unitName", "Trường Tiểu học Ngọc Thụy")
        .containsEntry("awardType", "CSTDCS").containsEntry("awardTypeLabel", "Chiến sĩ thi đua cơ sở")
        .containsEntry("level", "LOCAL").containsEntry("levelLabel", "Cấp quận")
        .containsEntry("decisionNumber", first + "/QĐ-UBND").containsEntry("decisionDate", "20/06/2023")
        .containsEntry("campaignCode", first).containsEntry("campaignName", "Phong trào thử nghiệm " + first)
        // the base salary before 1/7/2023 was 1,490,000 đồng
        .containsEntry("cashAmount", 1_490_000);
    Map<String, Object> city = search("noivu", "person=" + group).get(0);
    assertThat(city).containsEntry("level", "CITY").containsEntry("levelLabel", "Cấp Thành phố")
        .containsEntry("decisionNumber", first + "/QĐ-UBND-TP")
        // decided today: a collective's Bằng khen of the province, 3.0 × 2,340,000 (Nghị định 152/2025, Điều 54)
        .containsEntry("cashAmount", 7_020_000)
        .containsEntry("kindLabel", "Tập thể");
  }

  @Test
  @DisplayName("Tiền thưởng theo quy chế của cơ quan lập phong trào, không theo cơ quan đang phục vụ")
  void cashFollowsTheCampaignsOffice() {
    // an office (sorted after the one served) that states its own amounts of Nghị định 98/2023
    String other = "zz-thu-" + token;
    String served = jdbc.queryForObject("SELECT office_code FROM campaign WHERE code = ?", String.class, first);
    java.sql.Date decided = jdbc.queryForObject(
        "SELECT d.decision_date FROM award_decision d JOIN campaign c ON c.id = d.campaign_id"
            + " WHERE c.code = ? AND d.level = 'CITY'", java.sql.Date.class, first);
    jdbc.update("INSERT INTO office (code, name, level, issuer, place, sender_name, sender_email,"
        + " nd98_bang_khen, nd98_collective_factor, nd98_rounding_step)"
        + " VALUES (?, 'UBND phường Thử', 'COMMUNE', 'UBND phường Thử', 'Thử', 'Văn phòng', 'thu@example.vn',"
        + " 1.25, 2.5, 1000)", other);
    String cityDecision = "UPDATE award_decision SET decision_date = ? WHERE level = 'CITY'"
        + " AND campaign_id = (SELECT id FROM campaign WHERE code = ?)";
    jdbc.update(cityDecision, java.sql.Date.valueOf("2025-03-10"), first);
    try {
      // decided under Nghị định 98/2023, by an office that states nothing: the row's 2 × 2,340,000
      assertThat(search("noivu", "person=" + group).get(0)).containsEntry("cashAmount", 4_680_000);
      jdbc.update("UPDATE campaign SET office_code = ? WHERE code = ?", other, first);
      // the campaign's office: 2.5 × 1.25 × 2,340,000 = 7,312,500, up to the thousand
      assertThat(search("noivu", "person=" + group).get(0)).containsEntry("cashAmount", 7_313_000);
    } finally {
      jdbc.update("UPDATE campaign SET office_code = ? WHERE code = ?", served, first);
      jdbc.update(cityDecision, decided, first);
      jdbc.update("DELETE FROM office WHERE code = ?", other);
    }
  }

  @Test
  @DisplayName("Tìm theo tên: một phần của tên, không phân biệt hoa thường, có dấu hay không dấu")
  void byPerson() {
    assertThat(names("noivu", "person=" + anh))
        .containsExactlyInAnyOrder(anh + "/CSTDCS/" + first, anh + "/LDTT/" + second);
    assertThat(names("noivu", "person=HOÀNG THỊ ÁNH " + token)).hasSize(2);
    assertThat(names("noivu", "person=hoang thi anh " + token)).hasSize(2);
    assertThat(names("noivu", "person=  ánh " + token + " ")).hasSize(2);
    assertThat(names("noivu", "person=dang van bao " + token)).containsExactly(bao + "/LDTT/" + first);
    assertThat(names("noivu", "person=" + token)).hasSize(4);
    assertThat(names("noivu", "person=không có ai " + token)).isEmpty();
  }

  @Test
  @DisplayName("Lọc theo đơn vị, phong trào, hình thức khen thưởng, năm quyết định; kết hợp các bộ lọc")
  void byUnitCampaignTypeYear() {
    assertThat(names("noivu", "unit=thcs-chuvanan&campaign=" + first))
        .containsExactlyInAnyOrder(bao + "/LDTT/" + first, group + "/BANG_KHEN_TP/" + first);
    assertThat(names("noivu", "campaign=" + second)).containsExactly(anh + "/LDTT/" + second);
    assertThat(names("noivu", "campaign=" + first)).hasSize(3);
    assertThat(names("noivu", "type=CSTDCS&person=" + token)).containsExactly(anh + "/CSTDCS/" + first);
    assertThat(names("noivu", "type=ldtt&person=" + token))
        .containsExactlyInAnyOrder(bao + "/LDTT/" + first, anh + "/LDTT/" + second);
    assertThat(names("noivu", "year=2023&person=" + token))
        .containsExactlyInAnyOrder(anh + "/CSTDCS/" + first, bao + "/LDTT/" + first);
    assertThat(names("noivu", "year=" + thisYear + "&person=" + token))
        .containsExactlyInAnyOrder(group + "/BANG_KHEN_TP/" + first, anh + "/LDTT/" + second);
    assertThat(search("noivu", "year=2023")).allMatch(r -> r.get("decisionDate").toString().endsWith("/2023"));
    assertThat(names("noivu", "year=2022&person=" + token)).isEmpty();
    assertThat(names("noivu", "unit=th-ngocthuy&type=LDTT&year=" + thisYear + "&person=" + token))
        .containsExactly(anh + "/LDTT/" + second);
  }

  @Test
  @DisplayName("Bộ lọc sai (năm không phải số, hình thức, đơn vị, phong trào không có): 400 kèm lý do tiếng Việt")
  void badFilters() {
    assertBad("year=abc", "Năm phải là số có 4 chữ số (ví dụ: 2024), không phải „abc“.");
    assertBad("year=123", "không phải „123“");
    assertBad("type=XYZ", "Không có hình thức khen thưởng „XYZ“; các hình thức: GIAY_KHEN, LDTT");
    assertBad("unit=khong-co", "Không có đơn vị „khong-co“.");
    assertBad("campaign=KHONG-CO", "Không có phong trào „KHONG-CO“.");
    ResponseEntity<String> xlsx =
        rest.withBasicAuth("noivu", "demo").getForEntity("/api/registry.xlsx?year=20x4", String.class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(xlsx.getBody()).contains("Năm phải là số");
  }

  void assertBad(String query, String message) {
    ResponseEntity<String> response =
        rest.withBasicAuth("noivu", "demo").getForEntity("/api/registry?" + query, String.class);
    assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).as(query).contains(message);
  }

  @Test
  @DisplayName("Quyền: 401 khi không đăng nhập; đơn vị chỉ thấy khen thưởng của đơn vị mình; cán bộ thấy tất cả")
  void access() {
    assertThat(rest.getForEntity("/api/registry", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/registry.xlsx", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(names("th-ngocthuy", "person=" + token))
        .containsExactlyInAnyOrder(anh + "/CSTDCS/" + first, anh + "/LDTT/" + second);
    assertThat(search("th-ngocthuy", "")).allMatch(r -> r.get("unitCode").equals("th-ngocthuy"));
    assertThat(names("thcs-chuvanan", "person=" + token))
        .containsExactlyInAnyOrder(bao + "/LDTT/" + first, group + "/BANG_KHEN_TP/" + first);
    assertThat(names("th-ngocthuy", "unit=thcs-chuvanan")).isEmpty();
    assertThat(names("p-bode", "person=" + token)).isEmpty();
    assertThat(names("hoidong1", "person=" + token)).hasSize(4);
    assertThat(names("chutich", "person=" + token)).hasSize(4);
    assertThat(names("admin", "person=" + token)).hasSize(4);
  }

  @Test
  @DisplayName("Sổ vàng dạng Excel: dòng tiêu đề, dòng tên cột tiếng Việt, mỗi khen thưởng một dòng; cùng bộ lọc và quyền")
  void workbook() throws Exception {
    ResponseEntity<byte[]> response = rest.withBasicAuth("noivu", "demo")
        .getForEntity("/api/registry.xlsx?person=" + token, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename=\"So vang khen thuong.xlsx\"")
        .contains("filename*=UTF-8''S%E1%BB%95%20v%C3%A0ng%20khen%20th%C6%B0%E1%BB%9Fng.xlsx");
    try (XSSFWorkbook workbook = OfficeFiles.xlsx(response.getBody())) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("SỔ VÀNG KHEN THƯỞNG");
      List<List<String>> rows = OfficeFiles.rows(sheet);
      assertThat(rows.get(0)).containsExactly("SỔ VÀNG KHEN THƯỞNG");
      assertThat(rows.get(1)).containsExactly("STT", "Tên cá nhân, tập thể", "Chức vụ, đơn vị công tác",
          "Đối tượng", "Mã đơn vị", "Đơn vị", "Hình thức khen thưởng", "Cấp khen thưởng",
          "Số quyết định", "Ngày quyết định", "Mã phong trào", "Phong trào", "Số tiền (đồng)");
      assertThat(rows).hasSize(2 + 4);
      Row anhFirst = null;
      for (int r = 2; r < 6; r++) {
        Row row = sheet.getRow(r);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r - 1);
        if (row.getCell(1).getStringCellValue().equals(anh) && row.getCell(10).getStringCellValue().equals(first)) {
          anhFirst = row;
        }
      }
      assertThat(anhFirst).isNotNull();
      assertThat(anhFirst.getCell(4).getStringCellValue()).isEqualTo("th-ngocthuy");
      assertThat(anhFirst.getCell(6).getStringCellValue()).isEqualTo("Chiến sĩ thi đua cơ sở");
      assertThat(anhFirst.getCell(7).getStringCellValue()).isEqualTo("Cấp quận");
      assertThat(anhFirst.getCell(8).getStringCellValue()).isEqualTo(first + "/QĐ-UBND");
      assertThat(anhFirst.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 20));
      assertThat(anhFirst.getCell(12).getNumericCellValue()).isEqualTo(1_490_000.0);
      // newest decision first: the two awards of this year before the two of 2023
      assertThat(sheet.getRow(2).getCell(9).getLocalDateTimeCellValue().getYear()).isEqualTo(thisYear);
      assertThat(sheet.getRow(5).getCell(9).getLocalDateTimeCellValue().getYear()).isEqualTo(2023);
    }
    ResponseEntity<byte[]> unit = rest.withBasicAuth("th-ngocthuy", "demo")
        .getForEntity("/api/registry.xlsx?person=" + token, byte[].class);
    try (XSSFWorkbook workbook = OfficeFiles.xlsx(unit.getBody())) {
      assertThat(OfficeFiles.rows(workbook.getSheetAt(0))).hasSize(2 + 2);
    }
  }
}
