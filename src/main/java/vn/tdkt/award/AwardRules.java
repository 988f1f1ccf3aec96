package vn.tdkt.award;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import vn.tdkt.office.OfficeLevel;
import vn.tdkt.system.Messages;
import vn.tdkt.system.SystemActions;

/**
 * The rules of law in {@code award-rules.dmn} and {@code cash-award.dmn}, evaluated by the engine.
 * Which rules apply depends on the campaign's regime (chosen by its dates) and on the approving
 * level of the office that runs it (district, or ward/commune), recorded with the campaign.
 */
@Component
public class AwardRules {

  public static final String REGIME_DECISION = "regime";
  public static final String LEVEL_DECISION = "awardLevel";
  public static final String THRESHOLD_DECISION = "voteThreshold";
  public static final String QUOTA_DECISION = "awardQuota";
  public static final String BASE_SALARY_DECISION = "baseSalary";
  public static final String CASH_COEFFICIENT_DECISION = "cashCoefficient";

  /** Who decides an award type: this level's chairman, or a higher level on a proposal. */
  public enum Level {
    LOCAL,
    CITY
  }

  /** The approving level of a deployment (cấp phê duyệt). */
  public enum ApprovingLevel {
    DISTRICT,
    COMMUNE
  }

  /** The legal regime in force for a campaign: its code, the texts it follows and why. */
  public record Regime(String code, String name, String source) {}

  /** What the rules of one campaign depend on. */
  public record Context(String regime, ApprovingLevel approvingLevel) {}

  /** Agreeing votes needed, over the members entitled to vote: percent, and whether strictly more. */
  public record Threshold(int percent, boolean strictlyMore, String source) {
    public boolean passes(int agree, int members) {
      if (members <= 0) {
        return false;
      }
      long lhs = 100L * agree;
      long rhs = (long) percent * members;
      return strictlyMore ? lhs > rhs : lhs >= rhs;
    }

    /** The rule as officials state it, e.g. "từ 80%" or "quá 50%". */
    public String text() {
      return (strictlyMore ? "quá " : "từ ") + percent + "%";
    }
  }

  /** At most {@code percent}% of the nominees recognised with one of {@code ofTypes}. */
  public record Quota(int percent, List<AwardType> ofTypes, String source) {
    /** How many awards of the limited type the quota allows, given the recognised count. */
    public int allowed(int recognised) {
      return (int) Math.floor(recognised * percent / 100.0);
    }
  }

  private final DecisionService decisions;
  private final Messages messages;

  public AwardRules(DecisionService decisions, Messages messages) {
    this.decisions = decisions;
    this.messages = messages;
  }

  /**
   * The approving level of an office: its People's Committee's level. A city or province office
   * cannot run campaigns yet (its authority rows are not in the rules): refused with a reason.
   */
  public ApprovingLevel approvingLevel(OfficeLevel level) {
    return switch (level) {
      case DISTRICT -> ApprovingLevel.DISTRICT;
      case COMMUNE -> ApprovingLevel.COMMUNE;
      case CITY -> throw messages.reject("office.level.cityUnsupported");
    };
  }

  /**
   * The regime for a campaign whose dossiers are due on {@code nominationDeadline}: dossiers received
   * before a law takes effect follow the previous one.
   */
  public Regime regime(LocalDate nominationDeadline) {
    DmnDecisionResultEntries row =
        evaluate(REGIME_DECISION, Map.of("onDate", dateValue(nominationDeadline)));
    return new Regime(row.getEntry("regime"), row.getEntry("name"), row.getEntry("source"));
  }

  public Level level(AwardType type, Context context) {
    DmnDecisionResultEntries row =
        evaluate(
            LEVEL_DECISION,
            Map.of(
                "regime", context.regime(),
                "approvingLevel", context.approvingLevel().name(),
                "awardType", type.name()));
    if (row == null) {
      throw new IllegalStateException(
          "award-rules.dmn has no authority for " + type + " under " + context);
    }
    return Level.valueOf(row.getEntry("level"));
  }

  public Threshold threshold(AwardType type, Context context) {
    DmnDecisionResultEntries row =
        evaluate(
            THRESHOLD_DECISION, Map.of("regime", context.regime(), "awardType", type.name()));
    Number percent = row.getEntry("percent");
    Boolean strictly = row.getEntry("strictlyMore");
    String source = row.getEntry("source");
    return new Threshold(percent.intValue(), Boolean.TRUE.equals(strictly), source);
  }

  /** The quota that limits an award type under the context's regime, if any. */
  public Optional<Quota> quota(AwardType type, Context context) {
    DmnDecisionResultEntries row =
        evaluate(QUOTA_DECISION, Map.of("regime", context.regime(), "awardType", type.name()));
    Number percent = row == null ? null : row.getEntry("percent");
    if (percent == null) {
      return Optional.empty();
    }
    String ofTypes = row.getEntry("ofTypes");
    return Optional.of(
        new Quota(
            percent.intValue(),
            Arrays.stream(ofTypes.split(",")).map(String::trim).map(AwardType::valueOf).toList(),
            row.getEntry("source")));
  }

  /** The base salary (lương cơ sở) in force on a day, in đồng. */
  public long baseSalary(LocalDate day) {
    Number amount = evaluate(BASE_SALARY_DECISION, Map.of("onDate", dateValue(day))).getEntry("amount");
    return amount.longValue();
  }

  /**
   * The cash that goes with an award decided on a day (coefficient × base salary in force that day),
   * if the law sets one for the type and the nominee kind.
   */
  public Optional<Long> cashAmount(
      AwardType type, NomineeKind kind, Context context, LocalDate day) {
    Map<String, Object> in = new HashMap<>();
    in.put("regime", context.regime());
    in.put("awardType", type.name());
    in.put("nomineeKind", kind.name());
    DmnDecisionResultEntries row = evaluate(CASH_COEFFICIENT_DECISION, in);
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

  private DmnDecisionResultEntries evaluate(String decision, Map<String, Object> variables) {
    return SystemActions.asSystem(
        () ->
            decisions
                .evaluateDecisionByKey(decision)
                .variables(variables)
                .evaluate()
                .getSingleResult());
  }
}
