package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.council.CouncilProcess;

class SecurityTest extends ProcessTest {

  @Autowired TestRestTemplate rest;

  ResponseEntity<String> get(String user, String path) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.getForEntity(path, String.class);
  }

  @Test
  @DisplayName("REST API cần đăng nhập: 401 khi không có hoặc sai mật khẩu")
  void restNeedsAuthentication() {
    assertThat(get(null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, "/engine-rest/process-definition").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("hoidong3", "sai").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(null, "/api/campaigns/X/progress").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("noivu", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    // the engine delays further logins of a user after a wrong password (hoidong3 is not used elsewhere)
  }

  @Test
  @DisplayName("Đầu mối phường chỉ thấy việc của phường mình qua REST; đơn vị không xem được tiến độ chung")
  void wardSeesOnlyItsOwnTasks() {
    String code = Driver.newCode();
    steps.launch(code, List.of("PHUONG"), List.of());
    String bode = get("p-bode", "/engine-rest/task?processInstanceBusinessKey=" + code).getBody();
    assertThat(bode).contains("Bồ Đề").doesNotContain("Cự Khối").doesNotContain("Việt Hưng");
    String cukhoi = get("p-cukhoi", "/engine-rest/task?processInstanceBusinessKey=" + code).getBody();
    assertThat(cukhoi).contains("Cự Khối").doesNotContain("Bồ Đề");
    assertThat(get("p-bode", "/engine-rest/process-instance?businessKey=" + code).getBody()).isEqualTo("[]");
    assertThat(get("p-bode", "/api/campaigns/" + code + "/progress").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> progress = get("noivu", "/api/campaigns/" + code + "/progress");
    assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(progress.getBody()).contains("UBND phường Bồ Đề").contains("14 đơn vị tham gia");
    assertThat(get("noivu", "/api/campaigns/KHONG-CO/progress").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("chutich", "/theo-doi").getBody()).contains(code).contains("0/14").contains("Đang triển khai");
    assertThat(get("noivu", "/theo-doi/" + code).getBody()).contains("UBND phường Việt Hưng").contains("Chưa báo cáo");
    assertThat(get("p-bode", "/theo-doi").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, "/theo-doi").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("Nhập sai qua REST: 400 kèm lý do tiếng Việt, việc vẫn còn nguyên")
  void badInputThroughRestIs400() {
    String code = Driver.newCode();
    driver.draft(Driver.plan(code, List.of("PHUONG"), List.of()));
    String taskId = driver.task("chutich", code, CampaignProcess.Element.APPROVE_PLAN).getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response =
        rest.withBasicAuth("chutich", "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
            HttpMethod.POST,
            new HttpEntity<>("{\"variables\":{\"planDecision\":{\"value\":\"RETURN\"}}}", headers),
            String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Vui lòng nêu lý do trả lại kế hoạch");
    assertThat(driver.tasks("chutich", code, CampaignProcess.Element.APPROVE_PLAN)).hasSize(1);
    ResponseEntity<String> forbidden =
        rest.withBasicAuth("p-bode", "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
            HttpMethod.POST,
            new HttpEntity<>("{\"variables\":{\"planDecision\":{\"value\":\"APPROVE\"}}}", headers),
            String.class);
    assertThat(forbidden.getStatusCode().value()).isIn(403, 404);
    assertThat(rest.withBasicAuth("p-bode", "demo")
            .postForEntity("/api/demo/campaign", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> demo = rest.withBasicAuth("noivu", "demo")
        .postForEntity("/api/demo/campaign?dates=today&code=" + code + "-MAU", null, String.class);
    assertThat(demo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(demo.getBody()).contains(code + "-MAU");
    ResponseEntity<String> again = rest.withBasicAuth("noivu", "demo")
        .postForEntity("/api/demo/campaign?dates=today&code=" + code + "-MAU", null, String.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("đã được dùng cho một phong trào khác");
  }

  @Test
  @DisplayName("Hộp thư đã gửi cần đăng nhập; đơn vị chỉ đọc thư của mình, Nội vụ đọc mọi thư")
  void capturedMailIsPrivate() {
    String code = Driver.newCode();
    steps.launch(code, List.of("PHUONG"), List.of());
    assertThat(get(null, "/hop-thu").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    String bode = get("p-bode", "/hop-thu.json").getBody();
    assertThat(bode).contains("bode@longbien.example").doesNotContain("cukhoi@longbien.example");
    assertThat(get("noivu", "/hop-thu.json").getBody())
        .contains("bode@longbien.example").contains("cukhoi@longbien.example");
    assertThat(get("noivu", "/hop-thu?to=cukhoi@longbien.example").getBody())
        .contains("Thông báo phát động phong trào thi đua").doesNotContain("bode@longbien.example</span>");
    assertThat(get("hoidong1", "/hop-thu.json").getBody()).isEqualTo("[]");
  }

  @Test
  @DisplayName("REST: 403 khi đọc biến của phong trào không được phép; trang web thoát HTML của người dùng")
  void forbiddenAndEscaped() {
    String code = Driver.newCode();
    Map<String, Object> plan = Driver.plan(code, List.of("PHUONG"), List.of());
    plan.put(CampaignProcess.Var.CAMPAIGN_NAME, "<script>alert('x')</script> Phong trào <b>đậm</b>");
    var instance = driver.draft(plan);
    ResponseEntity<String> variables = get("p-bode", "/engine-rest/process-instance/" + instance.getId() + "/variables");
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(variables.getBody()).contains("p-bode").contains("READ");
    assertThat(get("noivu", "/engine-rest/process-instance/" + instance.getId() + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String page = get("noivu", "/theo-doi").getBody();
    assertThat(page).contains("&lt;script&gt;").contains("&lt;b&gt;đậm&lt;/b&gt;").doesNotContain("<script>alert");
  }

  @Test
  @DisplayName("Trong Tasklist chỉ Nội vụ khởi tạo phong trào; mọi người gửi được phản ánh về danh sách công khai")
  void onlyNoiVuStartsCampaignsAndAnyoneObjections() {
    for (String user : List.of("noivu", "p-bode", "chutich", "hoidong1")) {
      List<String> startable = driver.as(user, () ->
          engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
              .startableInTasklist().startablePermissionCheck().list().stream()
              .map(d -> d.getKey()).toList());
      assertThat(startable).as(user).containsExactlyInAnyOrderElementsOf(user.equals("noivu")
          ? List.of(CampaignProcess.KEY, vn.tdkt.disclosure.ObjectionProcess.KEY)
          : List.of(vn.tdkt.disclosure.ObjectionProcess.KEY));
    }
  }

  @Test
  @DisplayName("Thành viên Hội đồng không ký, đơn vị không bỏ phiếu")
  void rolesStayInTheirLane() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    assertThat(driver.tasks("hoidong1", code, ParticipationProcess.Element.REGISTER)).isEmpty();
    driver.fireTimers(code, CampaignProcess.Element.NOMINATIONS_CLOSED);
    assertThat(driver.tasks("th-ngocthuy", code, CouncilProcess.Element.PUBLISH_LIST)).isEmpty();
    assertThat(driver.tasks("hoidong1", code, CouncilProcess.Element.PUBLISH_LIST)).isEmpty();
    org.camunda.bpm.engine.task.Task publish = driver.task("noivu", code, CouncilProcess.Element.PUBLISH_LIST);
    // neither a unit nor a council member can complete, claim or read the office's task by its id
    for (String other : List.of("th-ngocthuy", "hoidong1")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> driver.as(other, () -> engine.getTaskService().complete(publish.getId())))
          .as(other).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> driver.as(other, () -> engine.getTaskService().claim(publish.getId(), other)))
          .as(other).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      assertThat(driver.as(other, () -> engine.getTaskService().createTaskQuery()
          .taskId(publish.getId()).count())).as(other).isZero();
    }
    assertThat(driver.tasks("noivu", code, CouncilProcess.Element.PUBLISH_LIST)).hasSize(1);
    assertThat(engine.getTaskService().createTaskQuery().taskId(publish.getId()).singleResult().getAssignee())
        .isNull();
  }

  @Test
  @DisplayName("Webapp: đã đăng nhập nhưng gửi yêu cầu thay đổi thiếu mã CSRF thì bị từ chối (403)")
  void webappRequiresCsrfToken() {
    HttpHeaders noToken = loggedInToTasklist("noivu");
    var read = rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(noToken), String.class);
    assertThat(read.getStatusCode()).as("logged in, reading needs no token").isEqualTo(HttpStatus.OK);
    var refused = rest.exchange("/camunda/api/engine/engine/default/task/create", HttpMethod.POST,
        new HttpEntity<>("{}", noToken), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");

  }

  @Test
  @DisplayName("Đã đăng nhập Tasklist: mở được trang, tệp của hệ thống từ liên kết trong biểu mẫu (chỉ đọc)")
  void tasklistSessionOpensAppPagesForReading() {
    HttpHeaders noToken = loggedInToTasklist("noivu");
    // a link in a form opens the application's pages with the Tasklist's session, for reading only
    var tracking = rest.exchange("/theo-doi", HttpMethod.GET, new HttpEntity<>(noToken), String.class);
    assertThat(tracking.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.exchange("/api/demo/campaign", HttpMethod.POST, new HttpEntity<>("{}", noToken), String.class)
        .getStatusCode()).as("no change with the session alone").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.exchange("/engine-rest/task/count", HttpMethod.GET, new HttpEntity<>(noToken), String.class)
        .getStatusCode()).as("the engine REST API takes HTTP Basic only").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("Mỗi vai trò mở Tasklist vào bộ lọc của mình; bộ lọc có cột phong trào, đơn vị, đối tượng")
  void everyRoleLandsOnItsOwnFilter() {
    Map<String, String> landing = Map.of("chutich", "Trình ký", "hoidong1", "Phiếu biểu quyết",
        "noivu", "Việc của đơn vị", "p-bode", "Việc của đơn vị", "th-ngocthuy", "Việc của đơn vị");
    landing.forEach((user, expected) -> {
      List<org.camunda.bpm.engine.filter.Filter> filters = driver.as(user,
          () -> engine.getFilterService().createTaskFilterQuery().list());
      org.camunda.bpm.engine.filter.Filter first = filters.stream()
          .min(java.util.Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
          .orElseThrow();
      assertThat(first.getName()).as(user).isEqualTo(expected);
      assertThat(first.getProperties().get("variables").toString())
          .contains("campaignCode").contains("unitName").contains("nomineeName");
    });
  }

  /** Logs in to the Tasklist as the user; the headers of a JSON request with that session, without the CSRF token. */
  HttpHeaders loggedInToTasklist(String user) {
    var page = rest.getForEntity("/camunda/app/tasklist/", String.class);
    Map<String, String> cookies = cookies(page.getHeaders());
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    login.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    var loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=demo", login), String.class);
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    cookies.putAll(cookies(loggedIn.getHeaders()));
    HttpHeaders session = new HttpHeaders();
    session.setContentType(MediaType.APPLICATION_JSON);
    session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    return session;
  }

  static Map<String, String> cookies(HttpHeaders headers) {
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    for (String set : headers.getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of())) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return cookies;
  }

  static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }
}
