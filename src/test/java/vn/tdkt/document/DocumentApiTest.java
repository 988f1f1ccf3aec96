package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.Driver;
import vn.tdkt.support.OfficeFiles;
import vn.tdkt.support.ProcessTest;

/** The documents through the API: who may list and download them, what a download looks like. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentApiTest extends ProcessTest {

  @Autowired DocumentService documents;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  String code;
  String base;

  @BeforeAll
  void campaignAtItsDecision() {
    code = Driver.newCode();
    steps.atCouncil(code, "Phạm Thị Duyên");
    for (String member : vn.tdkt.support.Steps.COUNCIL) {
      steps.vote(member, code, "Phạm Thị Duyên");
    }
    driver.runJobs();
    long campaignId = steps.campaignId(code);
    long sessionId = jdbc.queryForObject(
        "SELECT id FROM council_session WHERE campaign_id = ?", Long.class, campaignId);
    documents.minutes(campaignId, sessionId);
    documents.decisionDraft(campaignId, null, null);
    documents.decisionDraft(campaignId, code + "/QĐ-UBND", vn.tdkt.support.Steps.today());
    base = "/api/campaigns/" + code + "/documents";
  }

  ResponseEntity<String> get(String user, String path) {
    return (user == null ? rest : rest.withBasicAuth(user, "demo")).getForEntity(path, String.class);
  }

  ResponseEntity<byte[]> download(String user, String path) {
    return (user == null ? rest : rest.withBasicAuth(user, "demo")).getForEntity(path, byte[].class);
  }

  @Test
  @DisplayName("Nội vụ xem danh sách văn bản: loại, tên tiếng Việt, tên tệp, thời điểm lập dd/MM/yyyy HH:mm, đường dẫn tải")
  void list() {
    ResponseEntity<List> response =
        rest.withBasicAuth("noivu", "demo").getForEntity(base, List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = response.getBody();
    assertThat(rows).extracting(r -> r.get("kind")).containsExactly("minutes", "decision");
    Map<String, Object> decision = rows.get(1);
    assertThat(decision.get("title")).isEqualTo("Dự thảo Quyết định khen thưởng");
    assertThat(decision.get("fileName")).isEqualTo("Dự thảo Quyết định khen thưởng " + code + ".docx");
    assertThat((String) decision.get("createdAt")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    // the draft made at the tally by the process, and the two made here
    assertThat(decision.get("versions")).isEqualTo(3);
    assertThat(decision.get("url")).isEqualTo(base + "/decision");
    assertThat(get("chutich", base).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("hoidong2", base).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("admin", base).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("Tải văn bản: bản mới nhất, tệp đính kèm với tên tiếng Việt mã hóa UTF-8, mở được bằng Word")
  void download() {
    ResponseEntity<byte[]> response = download("noivu", base + "/decision");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().getSubtype())
        .isEqualTo("vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;")
        .contains("filename=\"Du thao Quyet dinh khen thuong " + code + ".docx\"")
        .contains("filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o%20Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh");
    assertThat(response.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("Dự thảo Quyết định khen thưởng " + code + ".docx");
    assertThat(OfficeFiles.text(response.getBody()))
        .contains("Số: " + code + "/QĐ-UBND", "Phạm Thị Duyên", "Lao động tiên tiến", "710.000");
  }

  @Test
  @DisplayName("Không đăng nhập: 401; đầu mối đơn vị: 403, trừ quyết định khen thưởng của phong trào đơn vị mình tham gia")
  void access() {
    assertThat(get(null, base).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, base + "/decision").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // th-ngocthuy takes part (a school); p-bode, a ward, does not
    assertThat(get("th-ngocthuy", base).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("th-ngocthuy", base + "/minutes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(download("th-ngocthuy", base + "/decision").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> ward = get("p-bode", base + "/decision");
    assertThat(ward.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ward.getBody()).contains("Bạn không có quyền thực hiện thao tác này.");
    assertThat(download("hoidong1", base + "/minutes").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("Phong trào, loại văn bản không có, hoặc chưa lập văn bản: 404 kèm lý do tiếng Việt")
  void notFound() {
    ResponseEntity<String> campaign = get("noivu", "/api/campaigns/KHONG-CO/documents/decision");
    assertThat(campaign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(campaign.getBody()).contains("Không tìm thấy phong trào KHONG-CO");
    assertThat(get("noivu", "/api/campaigns/KHONG-CO/documents").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> kind = get("noivu", base + "/quyet-dinh");
    assertThat(kind.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(kind.getBody()).contains("Không có loại văn bản „quyet-dinh“", "minutes, decision");
    ResponseEntity<String> missing = get("noivu", base + "/summary");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody())
        .contains("Phong trào " + code + " chưa có văn bản „Báo cáo tổng kết phong trào (Word)“");
  }
}
