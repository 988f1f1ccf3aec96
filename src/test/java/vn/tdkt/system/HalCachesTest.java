package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.task.Task;
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

class HalCachesTest extends ProcessTest {

  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("Danh sách việc (HAL, như Tasklist) lấy quy trình của việc từ bộ nhớ đệm sau lần đầu, vẫn đúng tên quy trình")
  void theTasklistsListsEmbedProcessDefinitionsFromTheCache() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(ParticipationProcess.Element.REGISTER).list().get(0);
    String definition = task.getProcessDefinitionId();
    String name = engine.getRepositoryService().getProcessDefinition(definition).getName();
    assertThat(HalCaches.processDefinitions()).isNotNull();
    HalCaches.processDefinitions().remove(definition);

    HttpHeaders headers = new HttpHeaders();
    headers.set("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
    headers.set("Accept", "application/hal+json");
    String list = "/engine-rest/task?processInstanceBusinessKey=" + code + "&taskDefinitionKey="
        + ParticipationProcess.Element.REGISTER;
    ResponseEntity<String> first = rest.exchange(list, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
    assertThat(first.getBody()).contains("\"processDefinition\"").contains("\"name\":\"" + name + "\"");
    HalProcessDefinition cached = (HalProcessDefinition) HalCaches.processDefinitions().get(definition);
    assertThat(cached).isNotNull();
    assertThat(cached.getName()).isEqualTo(name);

    // the second list embeds the same definition, as the cache holds it
    ResponseEntity<String> second = rest.exchange(list, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(second.getBody()).contains("\"name\":\"" + name + "\"").contains(definition);
    assertThat(HalCaches.processDefinitions().get(definition)).isSameAs(cached);
  }
}
