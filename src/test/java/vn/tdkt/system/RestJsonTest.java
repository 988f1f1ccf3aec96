package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

class RestJsonTest extends ProcessTest {

  @Autowired ServletContext servletContext;
  @Autowired ResourceConfig engineRest;
  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("API của engine (/engine-rest và API Tasklist gọi) dùng một bộ chuyển JSON dựng sẵn, không dựng lại mỗi yêu cầu")
  void bothEngineApisReadAndWriteJsonWithOneMapper() {
    assertThat(servletContext.getServletRegistration(RestJson.ENGINE_API_SERVLET).getInitParameter("jakarta.ws.rs.Application"))
        .isEqualTo(RestJson.WebappEngineApi.class.getName());
    assertThat(new RestJson.WebappEngineApi().getClasses())
        .contains(RestJson.Mapper.class).doesNotContain(JacksonConfigurator.class);
    assertThat(engineRest).isInstanceOf(RestJson.EngineRest.class);
    assertThat(engineRest.getClasses()).contains(RestJson.Mapper.class).doesNotContain(JacksonConfigurator.class);

    RestJson.Mapper resolver = new RestJson.Mapper();
    ObjectMapper mapper = resolver.getContext(Object.class);
    assertThat(resolver.getContext(String.class)).isSameAs(mapper);
    assertThat(new RestJson.Mapper().getContext(Object.class)).isSameAs(mapper);
    // configured as Camunda configures each of its own
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
  }

  @Test
  @DisplayName("JSON của engine vẫn như Camunda: ngày giờ dạng yyyy-MM-dd'T'HH:mm:ss.SSSZ, trường lạ bị bỏ qua")
  void theEngineApiWritesAndReadsCamundasJson() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    HttpHeaders headers = new HttpHeaders();
    headers.set("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
    headers.set("Content-Type", "application/json");
    // an unknown field is ignored, a date is read in Camunda's format
    ResponseEntity<String> response = rest.exchange("/engine-rest/task", HttpMethod.POST, new HttpEntity<>(
        "{\"processInstanceBusinessKey\":\"" + code + "\",\"taskDefinitionKey\":\""
            + ParticipationProcess.Element.REGISTER + "\",\"createdAfter\":\"2001-01-01T00:00:00.000+0700\","
            + "\"unknownField\":1}", headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(response.getBody()).matches("(?s)\\[\\{.*\"created\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}\".*");
  }
}
