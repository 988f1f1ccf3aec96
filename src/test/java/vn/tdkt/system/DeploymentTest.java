package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.ProcessTest;

class DeploymentTest extends ProcessTest {

  @Autowired BpmDeployment deployment;

  @Test
  @DisplayName("Một bản triển khai với tên tài nguyên ổn định; khởi động lại không triển khai gì mới")
  void oneDeploymentStableNamesNothingNewOnRestart() throws Exception {
    List<Deployment> before = engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(BpmDeployment.DEPLOYMENT_NAME).list();
    assertThat(before).hasSize(1);
    List<String> names = engine.getRepositoryService().getDeploymentResourceNames(before.get(0).getId());
    assertThat(names).contains("processes/campaign-process.bpmn", "processes/award-rules.dmn",
        "forms/cast-ballot.form");
    // the plan's form is each office's own, never shared
    assertThat(names).noneMatch(n -> n.startsWith(BpmDeployment.OFFICE_FORMS));
    deployment.deploy();
    assertThat(engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(BpmDeployment.DEPLOYMENT_NAME).count()).isEqualTo(1);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("campaignProcess")
        .count()).isEqualTo(1);
  }

  @Test
  @DisplayName("Biểu mẫu của mọi việc người dùng có trong bản triển khai của quy trình, biểu mẫu kế hoạch trong bản của từng cơ quan")
  void everyUserTaskFormIsDeployedWithItsProcess() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      Map<String, JsonNode> forms = new HashMap<>();
      for (Resource resource : engine.getRepositoryService().getDeploymentResources(definition.getDeploymentId())) {
        if (resource.getName().endsWith(".form")) {
          JsonNode form = json.readTree(engine.getRepositoryService()
              .getResourceAsStream(definition.getDeploymentId(), resource.getName()));
          forms.put(form.get("id").asText(), form);
        }
      }
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if ("latest".equals(task.getCamundaFormRefBinding())) {
          // filled in per office: the newest version of the user's office
          assertThat(vn.tdkt.campaign.PlanForms.FORMS).as(task.getId()).containsKey(task.getCamundaFormRef());
          continue;
        }
        assertThat(forms).as("deployed form of %s in %s", task.getId(), definition.getKey())
            .containsKey(task.getCamundaFormRef());
      }
    }
    String campaign = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("campaignProcess").latestVersion().singleResult().getId();
    // Nội vụ of the demo office gets the office's plan form, which lists its units
    String form = driver.as("noivu", () -> {
      try (java.io.InputStream in = engine.getFormService().getDeployedStartForm(campaign)) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(form).contains("\"id\" : \"planForm\"").contains("UBND phường Bồ Đề");
  }
}
