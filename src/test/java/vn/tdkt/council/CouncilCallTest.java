package vn.tdkt.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.CampaignProcess;

/** The campaign calls the council session with what the session's facade says it takes and gives. */
class CouncilCallTest {

  private final BpmnModelInstance campaign =
      Bpmn.readModelFromFile(new File("processes/campaign-process.bpmn"));
  private final CallActivity call =
      campaign.getModelElementById(CampaignProcess.Element.COUNCIL_SESSION);

  @Test
  @DisplayName("Phong trào gọi quy trình phiên họp Hội đồng, truyền mã phong trào làm khóa nghiệp vụ")
  void callsTheSessionWithTheCampaignsKey() {
    assertThat(call.getCalledElement()).isEqualTo(CouncilProcess.KEY);
    assertThat(ins().stream().filter(i -> i.getCamundaBusinessKey() != null).toList())
        .as("the business key is passed, so every task of the session is found by the campaign's code")
        .hasSize(1);
  }

  @Test
  @DisplayName("Biến truyền vào và nhận về đúng như khai báo của quy trình phiên họp")
  void mapsExactlyTheFacadesVariables() {
    assertThat(ins().stream().filter(i -> i.getCamundaSource() != null)
            .map(i -> i.getCamundaSource() + "->" + i.getCamundaTarget()).toList())
        .containsExactlyElementsOf(CouncilProcess.INPUTS.stream().map(v -> v + "->" + v).toList());
    assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()
            .stream().map(o -> o.getCamundaSource() + "->" + o.getCamundaTarget()).toList())
        .containsExactlyElementsOf(CouncilProcess.OUTPUTS.stream().map(v -> v + "->" + v).toList());
  }

  private List<CamundaIn> ins() {
    return call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
  }
}
