package vn.tdkt.award;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
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

  public static final String BASE_SALARY_DECISION = "baseSalary";
  public static final String CASH_COEFFICIENT_DECISION = "cashCoefficient";

  /** The base salary (lương cơ sở) in force on a day, in đồng. */
  public long baseSalary(LocalDate day) {
    Number amount =
        SystemActions.asSystem(
                () ->
                    decisions
                        .evaluateDecisionByKey(BASE_SALARY_DECISION)
                        .variables(Map.of("onDate", dateValue(day)))
                        .evaluate()
                        .getSingleResult())
            .getEntry("amount");
    return amount.longValue();
  }

  /** The cash that goes with an award decided on a day (coefficient × base salary), if the law sets one. */
  public Optional<Long> cashAmount(AwardType type, LocalDate day) {
    DmnDecisionResultEntries row =
        SystemActions.asSystem(
            () ->
                decisions
                    .evaluateDecisionByKey(CASH_COEFFICIENT_DECISION)
                    .variables(Map.of("awardType", type.name()))
                    .evaluate()
                    .getSingleResult());
    if (row == null) {
      return Optional.empty();
    }
    double coefficient = ((Number) row.getEntry("coefficient")).doubleValue();
    return Optional.of(Math.round(coefficient * baseSalary(day)));
  }

  /** A day as the rules compare it: ISO text (yyyy-MM-dd), which sorts as the days do. */
  public static String dateValue(LocalDate day) {
    return day.toString();
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
