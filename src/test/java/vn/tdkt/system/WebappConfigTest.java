package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.ProcessTest;

/** The webapps are served with the system's own configuration, Vietnamese texts, name and logo. */
class WebappConfigTest extends ProcessTest {

  private static final String APP = "/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;

  String served(String path) {
    ResponseEntity<String> response = rest.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  JsonNode json(String path) throws Exception {
    String body = served(path);
    // Camunda's own files start with a byte-order mark
    return JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
  }

  static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @ParameterizedTest(name = "{0}: chỉ tiếng Việt, tên hệ thống")
  @ValueSource(strings = {"tasklist", "welcome"})
  @DisplayName("Tasklist và trang chào: config.js riêng, tiếng Việt dù trình duyệt đặt tiếng Anh")
  void vietnameseWhateverTheBrowser(String app) {
    String config = served(APP + app + "/scripts/config.js");
    assertThat(config)
        .contains("name: 'Thi đua – Khen thưởng'")
        .contains("availableLocales: ['vi']")
        .contains("fallbackLocale: 'vi'")
        .doesNotContainPattern("availableLocales: \\[[^\\]]*'en'");
  }

  @ParameterizedTest(name = "{0}: tiếng Anh cho người vận hành")
  @ValueSource(strings = {"cockpit", "admin"})
  @DisplayName("Cockpit và Admin giữ tiếng Anh như Camunda")
  void operatorsKeepEnglish(String app) {
    assertThat(served(APP + app + "/scripts/config.js"))
        .contains("availableLocales: ['en']")
        .contains("fallbackLocale: 'en'");
  }

  @Test
  @DisplayName("Tasklist: script riêng bỏ tiền tố tiếng Anh của engine trước lý do từ chối, ngày dạng dd/mm/yyyy, ô tìm và nút của danh sách bằng tiếng Việt")
  void customScripts() {
    assertThat(served(APP + "tasklist/scripts/config.js"))
        .contains("customScripts: ['scripts/vietnamese-errors.js', 'scripts/vietnamese-dates.js', 'scripts/vietnamese-search.js',\n    'scripts/vietnamese-lists.js', 'scripts/dynamic-list-validity.js']");
    assertThat(served(APP + "tasklist/scripts/vietnamese-errors.js"))
        .contains("/\\/submit-form")
        .contains("Cannot submit task form|Cannot instantiate process definition")
        .contains("XHR.prototype");
    assertThat(served(APP + "tasklist/scripts/vietnamese-dates.js"))
        .contains("const LOCALE = 'vi-VN';")
        .contains("Object.defineProperty(Intl, 'DateTimeFormat'");
    assertThat(served(APP + "tasklist/scripts/vietnamese-search.js"))
        .contains("const PLACEHOLDER = 'Gõ tên để tìm…';");
    assertThat(served(APP + "tasklist/scripts/vietnamese-lists.js"))
        .contains("'Thêm dòng'").contains("Xóa dòng");
  }

  @Test
  @DisplayName("Tiêu đề thông báo lỗi khi gửi biểu mẫu bằng tiếng Việt, không có dấu hai chấm thừa")
  void refusalTitles() throws Exception {
    JsonNode labels = json(APP + "tasklist/locales/vi.json").get("labels");
    assertThat(labels.get("PROCESS_START_ERROR").asText()).isEqualTo("Không bắt đầu được quy trình");
    assertThat(labels.get("COMPLETE_ERROR").asText()).isEqualTo("Không hoàn thành được nhiệm vụ");
    assertThat(served(APP + "tasklist/styles/user-styles.css"))
        .containsPattern("\\.alert strong\\.status \\+ strong \\{\\s*display: none");
  }

  @ParameterizedTest(name = "{0}: vi.json có đủ khóa của en.json, không câu nào còn tiếng Anh")
  @ValueSource(strings = {"tasklist", "welcome"})
  @DisplayName("vi.json dịch mọi khóa của en.json đi kèm Camunda 7.24")
  void everyLabelTranslated(String app) throws Exception {
    JsonNode vi = json(APP + app + "/locales/vi.json");
    JsonNode en = json(APP + app + "/locales/en.json");
    assertThat(keys(vi)).containsExactlyInAnyOrderElementsOf(keys(en));
    assertThat(vi.get("labels").size()).isEqualTo(en.get("labels").size()).isGreaterThan(100);
    assertThat(keys(vi.get("labels"))).containsExactlyInAnyOrderElementsOf(keys(en.get("labels")));
    List<String> untranslated = new ArrayList<>();
    en.get("labels").fields().forEachRemaining(e -> {
      String english = e.getValue().asText();
      if (english.matches(".*\\p{L}.*") && english.equals(vi.get("labels").get(e.getKey()).asText())) {
        untranslated.add(e.getKey());
      }
    });
    assertThat(untranslated).as("labels still in English").isEmpty();
    if (en.has("dateLocales")) {
      assertThat(keys(vi.get("dateLocales"))).containsExactlyInAnyOrderElementsOf(keys(en.get("dateLocales")));
      assertThat(vi.at("/dateLocales/weekdays/1").asText()).isEqualTo("thứ hai");
    }
  }

  @Test
  @DisplayName("Các nhãn chính của Tasklist bằng tiếng Việt hành chính")
  void chosenLabels() throws Exception {
    JsonNode labels = json(APP + "tasklist/locales/vi.json").get("labels");
    Map<String, String> expected = Map.of(
        "PAGE_LOGIN_USERNAME", "Tên đăng nhập",
        "PAGE_LOGIN_PASSWORD", "Mật khẩu",
        "PAGE_LOGIN_SIGN_IN_ACTION", "Đăng nhập",
        "CLAIM_TASK", "Nhận việc",
        "COMPLETE", "Hoàn thành",
        "DUE_DATE", "Hạn xử lý",
        "TASKS", "Nhiệm vụ",
        "START_PROCESS", "Bắt đầu quy trình");
    expected.forEach((key, text) -> assertThat(labels.get(key).asText()).as(key).isEqualTo(text));
    assertThat(json(APP + "welcome/locales/vi.json").at("/labels/CHANGE_PASSWORD").asText()).isEqualTo("Đổi mật khẩu");
  }

  @ParameterizedTest(name = "{0}: tên hệ thống, logo, không có băng rôn Camunda 8")
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  @DisplayName("Mọi ứng dụng web: tên hệ thống, logo riêng, ẩn băng rôn chuyển đổi Camunda 8")
  void nameLogoAndNoBanner(String app) {
    assertThat(served(APP + app + "/scripts/config.js")).contains("Thi đua – Khen thưởng");
    assertThat(served(APP + app + "/styles/user-styles.css"))
        .containsPattern("\\.ce-eol-banner \\{\\s*display: none")
        .contains("tdkt-logo.svg");
    assertThat(served("/camunda/assets/tdkt-logo.svg")).startsWith("<svg").contains("Thi đua – Khen thưởng");
  }
}
