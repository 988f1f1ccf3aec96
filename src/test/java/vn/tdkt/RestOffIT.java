package vn.tdkt;

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

/** Its own application context (the engine REST API off), closed after the class. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:tdkt-rest-off;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "tdkt.mail.capture.port=0",
      "tdkt.rest.enabled=false"
    })
@org.springframework.test.annotation.DirtiesContext
class RestOffIT {

  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("Tắt REST API bằng cấu hình: 404 kể cả khi đăng nhập; Tasklist vẫn chạy")
  void restCanBeSwitchedOff() {
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/process-definition", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

}
