package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:tdkt-rest-off;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "tdkt.mail.capture.port=0",
      "tdkt.rest.enabled=false"
    })
class RestOffTest {

  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("Tắt REST API bằng cấu hình: 404 kể cả khi đăng nhập; Tasklist vẫn chạy")
  void restCanBeSwitchedOff() {
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/process-definition", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("Webapp: đã đăng nhập nhưng gửi yêu cầu thay đổi thiếu mã CSRF thì bị từ chối (403)")
  void webappRequiresCsrfToken() {
    var page = rest.getForEntity("/camunda/app/tasklist/", String.class);
    Map<String, String> cookies = cookies(page.getHeaders());
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    login.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    var loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=noivu&password=demo", login), String.class);
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    cookies.putAll(cookies(loggedIn.getHeaders()));

    HttpHeaders noToken = new HttpHeaders();
    noToken.setContentType(MediaType.APPLICATION_JSON);
    noToken.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    var read = rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(noToken), String.class);
    assertThat(read.getStatusCode()).as("logged in, reading needs no token").isEqualTo(HttpStatus.OK);
    var refused = rest.exchange("/camunda/api/engine/engine/default/task/create", HttpMethod.POST,
        new HttpEntity<>("{}", noToken), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");

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
