package vn.tdkt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import vn.tdkt.participation.ParticipationProcess;

/**
 * A browser's session of the Tasklist: its cookies and CSRF token, and the engine API it calls, so
 * that a step is measured as an official makes it (no HTTP Basic authentication per request).
 */
record TasklistSession(String base, HttpClient http, CookieManager cookies) {

  static TasklistSession login(String base, String user) throws Exception {
    var cookies = new CookieManager();
    var http = HttpClient.newBuilder().cookieHandler(cookies).build();
    TasklistSession tasklist = new TasklistSession(base, http, cookies);
    http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(),
        HttpResponse.BodyHandlers.discarding());
    var login = http.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", tasklist.token())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("%s logs in to the Tasklist: %s", user, login.body()).isEqualTo(200);
    return tasklist;
  }

  /**
   * The registration form as the Tasklist submits it: every field of the form (form-js submits the
   * ones left empty too, as empty texts).
   */
  static String registrationForm() {
    return "{\"variables\":{"
        + "\"" + ParticipationProcess.Var.ACTIVITY_NAME + "\":{\"value\":\"Lễ báo công dâng Bác\"},"
        + "\"" + ParticipationProcess.Var.ACTIVITY_KIND + "\":{\"value\":\"LE_BAO_CONG\"},"
        + "\"" + ParticipationProcess.Var.ACTIVITY_DATE + "\":{\"value\":\"" + LocalDate.now().plusDays(5) + "\"},"
        + "\"" + ParticipationProcess.Var.REGISTRATION_NOTE + "\":{\"value\":\"\"},"
        + "\"" + ParticipationProcess.Var.CONTACT_EMAIL + "\":{\"value\":\"\"}}}";
  }

  /** A filter's first page of 15 tasks, newest first, as the Tasklist lists it. */
  JsonNode list(String filterId) throws Exception {
    return send("POST", "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}");
  }

  String token() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
  }

  JsonNode send(String method, String path, String json) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path))
        .header("Accept", path.contains("/list") ? "application/hal+json" : "application/json")
        .header("X-XSRF-TOKEN", token());
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    var response = http.send(request.method(method, json == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(300);
    return response.body().isEmpty() ? null : new ObjectMapper().readTree(response.body());
  }
}
