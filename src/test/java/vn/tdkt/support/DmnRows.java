package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A DMN file evaluated row by row: which rule matched (by id) and its outputs, so a test names the row
 * it covers, and {@link #assertEveryRuleCovered} fails when a row has no case of its own.
 */
public final class DmnRows {

  /** The one rule that matched, and its outputs by name. */
  public record Match(String ruleId, Map<String, Object> outputs) {
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
      return (T) outputs.get(name);
    }
  }

  private final DmnModelInstance model;
  private final Map<String, DmnDecision> decisions = new HashMap<>();
  private final ThreadLocal<List<DmnEvaluatedDecisionRule>> matched = new ThreadLocal<>();
  private final DmnEngine engine;

  public DmnRows(String file) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(
            (DmnDecisionTableEvaluationEvent event) -> matched.set(event.getMatchingRules())));
    engine = configuration.buildEngine();
    try (InputStream in = new FileInputStream(file)) {
      model = Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (DmnDecision d : engine.parseDecisions(model)) {
      decisions.put(d.getKey(), d);
    }
  }

  /** Evaluates a decision; exactly one rule must match (FIRST tables: the first). */
  public Match one(String decision, Map<String, Object> inputs) {
    var result = engine.evaluateDecisionTable(decisions.get(decision), inputs);
    List<DmnEvaluatedDecisionRule> rules = matched.get();
    assertThat(rules).as("%s %s", decision, inputs).isNotEmpty();
    if (!"FIRST".equals(hitPolicy(decision))) {
      assertThat(rules).as("%s %s: one row", decision, inputs).hasSize(1);
    }
    return new Match(rules.get(0).getId(), result.getFirstResult().getEntryMap());
  }

  /** How many rows match (0 when none). */
  public int count(String decision, Map<String, Object> inputs) {
    engine.evaluateDecisionTable(decisions.get(decision), inputs);
    return matched.get() == null ? 0 : matched.get().size();
  }

  public List<Rule> rules(String decision) {
    return List.copyOf(table(decision).getRules());
  }

  private org.camunda.bpm.model.dmn.instance.DecisionTable table(String decision) {
    Decision d = model.getModelElementById(decision);
    return (org.camunda.bpm.model.dmn.instance.DecisionTable) d.getExpression();
  }

  public List<Rule> allRules() {
    return List.copyOf(model.getModelElementsByType(Rule.class));
  }

  private String hitPolicy(String decision) {
    return table(decision).getHitPolicy().name();
  }

  /** Every rule of the decision is among those the cases matched. */
  public void assertEveryRuleCovered(String decision, Set<String> covered) {
    Set<String> ids =
        rules(decision).stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
    ids.removeAll(covered);
    assertThat(ids).as("rows of %s without a case of their own", decision).isEmpty();
  }
}
