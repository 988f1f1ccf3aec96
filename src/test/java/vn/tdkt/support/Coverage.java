package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Flow-node coverage of one process by the instances a test class ran (from the engine's history). */
public final class Coverage {

  private Coverage() {}

  public static double of(ProcessEngine engine, String processKey, Date since) {
    String definitionId =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult().getId();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
    Set<String> nodes =
        model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> covered =
        engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processDefinitionId(definitionId).startedAfter(since).list().stream()
            .map(HistoricActivityInstance::getActivityId)
            .filter(nodes::contains)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missed = new TreeSet<>(nodes);
    missed.removeAll(covered);
    double coverage = (double) covered.size() / nodes.size();
    System.out.printf("Flow-node coverage of %s: %d/%d = %.0f%%, not covered: %s%n",
        processKey, covered.size(), nodes.size(), coverage * 100, missed);
    return coverage;
  }

  public static void assertAtLeast(ProcessEngine engine, String processKey, Date since, double minimum) {
    assertThat(of(engine, processKey, since)).as("flow-node coverage of %s", processKey)
        .isGreaterThanOrEqualTo(minimum);
  }

  /** A test class's check: the instances it ran cover at least {@code minimum} of the process. */
  public static Check atLeast(String processKey, double minimum) {
    return new Check(processKey, minimum);
  }

  public static final class Check implements BeforeAllCallback, AfterAllCallback {
    private final String processKey;
    private final double minimum;
    private Date since;

    Check(String processKey, double minimum) {
      this.processKey = processKey;
      this.minimum = minimum;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
      since = new Date(System.currentTimeMillis() - 1000);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
      assertAtLeast(engine, processKey, since, minimum);
    }
  }
}
