package vn.tdkt.award;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import vn.tdkt.system.SystemActions;

/** The rules of law in {@code award-rules.dmn}, evaluated by the engine. */
@Component
public class AwardRules {

  public static final String LEVEL_DECISION = "awardLevel";
  public static final String THRESHOLD_DECISION = "voteThreshold";

  /** Who decides an award type. */
  public enum Level {
    LOCAL,
    CITY
  }

  /** Agreeing votes needed, over all council members: percent, and whether strictly more. */
  public record Threshold(int percent, boolean strictlyMore, String source) {
    public boolean passes(int agree, int members) {
      if (members <= 0) {
        return false;
      }
      long lhs = 100L * agree;
      long rhs = (long) percent * members;
      return strictlyMore ? lhs > rhs : lhs >= rhs;
    }
  }

  private final DecisionService decisions;

  public AwardRules(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Level level(AwardType type) {
    DmnDecisionResultEntries entry = evaluate(LEVEL_DECISION, type);
    return Level.valueOf(entry.getEntry("level"));
  }

  public Threshold threshold(AwardType type) {
    DmnDecisionResultEntries entry = evaluate(THRESHOLD_DECISION, type);
    Number percent = entry.getEntry("percent");
    Boolean strictly = entry.getEntry("strictlyMore");
    String source = entry.getEntry("source");
    return new Threshold(percent.intValue(), Boolean.TRUE.equals(strictly), source);
  }

  private DmnDecisionResultEntries evaluate(String decision, AwardType type) {
    return SystemActions.asSystem(
        () ->
            decisions
                .evaluateDecisionByKey(decision)
                .variables(Map.of("awardType", type.name()))
                .evaluate()
                .getSingleResult());
  }
}
