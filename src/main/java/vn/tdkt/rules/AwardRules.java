package vn.tdkt.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.office.OfficeLevel;
import vn.tdkt.office.OfficeRules;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.SystemActions;

/**
 * The rules of law in {@code award-rules.dmn} and {@code cash-award.dmn}, evaluated by the engine.
 * Which rules apply depends on the regime in force (chosen by a date), on the level of the office that
 * runs the campaign (district, or ward/commune), and, where the law leaves a value to the province or
 * the council's rules (quy chế), on the office's {@link OfficeRules}: a row then names the rule instead
 * of a value.
 */
@Component
public class AwardRules {

  public static final String REGIME_DECISION = "regime";
  public static final String LEVEL_DECISION = "awardLevel";
  public static final String THRESHOLD_DECISION = "voteThreshold";
  public static final String QUOTA_DECISION = "awardQuota";
  public static final String BASE_SALARY_DECISION = "baseSalary";
  public static final String CASH_COEFFICIENT_DECISION = "cashCoefficient";
  public static final String CASH_ROUNDING_DECISION = "cashRounding";

  /** The office rules a row can defer to (output {@code officeRule}). */
  public enum OfficeRule {
    VOTE_SHARE,
    EMULATION_SHARE,
    PROVINCIAL_EMULATION_SHARE,
    EMULATION_QUOTA,
    HOUSEHOLD_FACTOR,
    FAMILY_CULTURE_CASH,
    /** The office's value replaces the row's fallback (Nghị định 98/2023, text not found). */
    ND98_BANG_KHEN,
    ND98_GIAY_KHEN_DISTRICT,
    ND98_GIAY_KHEN_COMMUNE,
    ND98_COLLECTIVE_FACTOR,
    ND98_ROUNDING
  }

  /**
   * Who decides an award type: this office's chairman, a higher level on a proposal, or no one at
   * this level (the type belongs to another level's chairman).
   */
  public enum Level {
    LOCAL,
    CITY,
    NONE
  }

  /** The approving level of a deployment (cấp phê duyệt). */
  public enum ApprovingLevel {
    DISTRICT,
    COMMUNE,
    /**
     * A city's or province's own office: it plans, launches and sends its plans down to its wards,
     * and its council and chairman decide the awards its wards propose to it (and its own units').
     */
    PROVINCE;

    /** The levels {@code award-rules.dmn} and {@code cash-award.dmn} have rows for. */
    public static final java.util.Set<ApprovingLevel> RULED =
        java.util.EnumSet.of(DISTRICT, COMMUNE, PROVINCE);
  }

  /** The legal regime in force for a campaign: its code, the texts it follows and why. */
  public record Regime(String code, String name, String source) {}

  /** What the rules of one campaign depend on: its regime, its office's level, and its office. */
  public record Context(String regime, ApprovingLevel approvingLevel, String officeCode) {
    public Context(String regime, ApprovingLevel approvingLevel) {
      this(regime, approvingLevel, null);
    }

    /** A campaign's rules as stored with it: regime, approving level (its name), office. */
    public static Context of(String regime, String approvingLevel, String officeCode) {
      return new Context(regime, ApprovingLevel.valueOf(approvingLevel), officeCode);
    }

    /** The same office under another regime (the one in force on a later day). */
    public Context under(String otherRegime) {
      return new Context(otherRegime, approvingLevel, officeCode);
    }
  }

  /** Who decides a type, and the clause that says so. */
  public record Authority(Level level, String source) {}

  /** Agreeing votes needed, over all members of the council: percent, and whether strictly more. */
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

  /** The cash of one award: the amount in đồng, how it was reached, and the clauses. */
  public record Cash(long amount, double coefficient, long baseSalary, String source) {}

  private final DecisionService decisions;
  private final OfficeDirectory offices;
  private final Deadlines deadlines;

  public AwardRules(
      DecisionService decisions, OfficeDirectory offices, Deadlines deadlines) {
    this.decisions = decisions;
    this.offices = offices;
    this.deadlines = deadlines;
  }

  /** The approving level of an office: its People's Committee's level. */
  public ApprovingLevel approvingLevel(OfficeLevel level) {
    return switch (level) {
      case DISTRICT -> ApprovingLevel.DISTRICT;
      case COMMUNE -> ApprovingLevel.COMMUNE;
      case CITY -> ApprovingLevel.PROVINCE;
    };
  }

  /**
   * The regime in force on a day. A campaign follows the regime of its nomination deadline for its
   * procedure (appraisal, vote, quota); who decides follows the day of the council's tally, and the
   * cash the day of the decision (see the README: campaigns that straddle 1/7/2025).
   */
  public Regime regime(LocalDate day) {
    DmnDecisionResultEntries row = evaluate(REGIME_DECISION, Map.of("onDate", dateValue(day)));
    return new Regime(row.getEntry("regime"), row.getEntry("name"), row.getEntry("source"));
  }

  public Authority authority(AwardType type, Context context) {
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
    return new Authority(Level.valueOf(row.getEntry("level")), row.getEntry("source"));
  }

  public Level level(AwardType type, Context context) {
    return authority(type, context).level();
  }

  /**
   * Who decides a type for a campaign today: the authority of the regime in force today (a campaign
   * whose dossiers were due before 1/7/2025 but whose council sits after it goes to the two-tier
   * authority, since the district is gone), never an older regime than the campaign's own.
   */
  public Authority authorityNow(AwardType type, Context campaign) {
    String now = regime(deadlines.today()).code();
    return authority(type, later(now, campaign.regime()) ? campaign.under(now) : campaign);
  }

  public Level levelNow(AwardType type, Context campaign) {
    return authorityNow(type, campaign).level();
  }

  /** Regime codes in the order they came into force. */
  private static final List<String> REGIMES = List.of("LUAT_2003", "LUAT_2022", "LUAT_2022_HAI_CAP");

  private static boolean later(String regime, String than) {
    return REGIMES.indexOf(regime) > REGIMES.indexOf(than);
  }

  public Threshold threshold(AwardType type, Context context) {
    DmnDecisionResultEntries row =
        evaluate(
            THRESHOLD_DECISION, Map.of("regime", context.regime(), "awardType", type.name()));
    String source = row.getEntry("source");
    String rule = row.getEntry("officeRule");
    if (rule != null) {
      OfficeRules.Share share =
          switch (OfficeRule.valueOf(rule)) {
            case VOTE_SHARE -> rules(context).voteShare();
            case EMULATION_SHARE -> rules(context).emulationShare();
            case PROVINCIAL_EMULATION_SHARE -> rules(context).provincialEmulationShare();
            default -> throw new IllegalStateException("not a share: " + rule);
          };
      return new Threshold(share.percent(), share.strictlyMore(), source);
    }
    Number percent = row.getEntry("percent");
    Boolean strictly = row.getEntry("strictlyMore");
    return new Threshold(percent.intValue(), Boolean.TRUE.equals(strictly), source);
  }

  /** The quota that limits an award type under the context's regime, if any. */
  public Optional<Quota> quota(AwardType type, Context context) {
    DmnDecisionResultEntries row =
        evaluate(QUOTA_DECISION, Map.of("regime", context.regime(), "awardType", type.name()));
    if (row == null) {
      return Optional.empty();
    }
    Number percent = row.getEntry("percent");
    String rule = row.getEntry("officeRule");
    if (rule != null && OfficeRule.valueOf(rule) == OfficeRule.EMULATION_QUOTA) {
      percent = rules(context).emulationQuotaPercent();
    }
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
   * The cash that goes with an award decided on a day: the coefficient of the regime in force that day
   * × the base salary in force that day, rounded as that regime says; empty where no amount applies
   * (no row, or an office rule left empty).
   */
  public Optional<Long> cashAmount(AwardType type, NomineeKind kind, Context context, LocalDate day) {
    return cash(type, kind, context, day).map(Cash::amount);
  }

  public Optional<Cash> cash(AwardType type, NomineeKind kind, Context context, LocalDate day) {
    Context onDay = context.under(regime(day).code());
    DmnDecisionResultEntries row = cashRow(type, kind, onDay);
    Optional<double[]> coefficient = coefficient(row, onDay, type);
    if (coefficient.isEmpty()) {
      return Optional.empty();
    }
    long base = baseSalary(day);
    double raw = coefficient.get()[0] * base;
    DmnDecisionResultEntries rounding =
        evaluate(CASH_ROUNDING_DECISION, Map.of("regime", onDay.regime()));
    Number step = rounding == null ? null : rounding.getEntry("step");
    if (rounding != null && rounding.getEntry("officeRule") != null) {
      if (OfficeRule.valueOf(rounding.getEntry("officeRule")) != OfficeRule.ND98_ROUNDING) {
        throw new IllegalStateException("not a rounding rule: " + rounding.getEntry("officeRule"));
      }
      Integer own = rules(onDay).nd98Cash().roundingStep();
      step = own == null ? step : own;
    }
    long amount = Math.round(raw);
    if (step != null && step.longValue() > 1) {
      long s = step.longValue();
      // up to the next multiple; a product that is already a multiple stays (no float noise)
      amount = (long) Math.ceil(Math.round(raw) / (double) s) * s;
    }
    return Optional.of(new Cash(amount, coefficient.get()[0], base, row.getEntry("source")));
  }

  /** {coefficient × base salary}, following "× the individual amount" and the office's rules. */
  private Optional<double[]> coefficient(
      DmnDecisionResultEntries row, Context context, AwardType type) {
    if (row == null) {
      return Optional.empty();
    }
    Number coefficient = row.getEntry("coefficient");
    Number ofIndividual = row.getEntry("ofIndividual");
    String rule = row.getEntry("officeRule");
    if (rule != null) {
      OfficeRules office = rules(context);
      OfficeRules.Nd98Cash nd98 = office.nd98Cash();
      switch (OfficeRule.valueOf(rule)) {
        case HOUSEHOLD_FACTOR -> ofIndividual = office.householdFactor();
        case FAMILY_CULTURE_CASH -> {
          return Optional.ofNullable(office.familyCultureCash()).map(c -> new double[] {c});
        }
        case ND98_BANG_KHEN -> coefficient = orElse(nd98.bangKhen(), coefficient);
        case ND98_GIAY_KHEN_DISTRICT -> coefficient = orElse(nd98.giayKhenDistrict(), coefficient);
        case ND98_GIAY_KHEN_COMMUNE -> coefficient = orElse(nd98.giayKhenCommune(), coefficient);
        case ND98_COLLECTIVE_FACTOR -> ofIndividual = orElse(nd98.collectiveFactor(), ofIndividual);
        default -> throw new IllegalStateException("not a cash rule: " + rule);
      }
    }
    if (coefficient != null) {
      return Optional.of(new double[] {coefficient.doubleValue()});
    }
    if (ofIndividual == null) {
      return Optional.empty();
    }
    double factor = ofIndividual.doubleValue();
    return coefficient(cashRow(type, NomineeKind.CA_NHAN, context), context, type)
        .map(c -> new double[] {c[0] * factor});
  }

  /** The office's value where it set one, else the row's. */
  private static Number orElse(Double own, Number row) {
    return own != null ? own : row;
  }

  private DmnDecisionResultEntries cashRow(AwardType type, NomineeKind kind, Context context) {
    Map<String, Object> in = new HashMap<>();
    in.put("regime", context.regime());
    in.put("approvingLevel", context.approvingLevel().name());
    in.put("awardType", type.name());
    in.put("nomineeKind", kind.name());
    return evaluate(CASH_COEFFICIENT_DECISION, in);
  }

  /** The office's own rules (quy chế) for a campaign: its office, else the current one. */
  public OfficeRules rules(Context context) {
    return offices.ofCampaign(context.officeCode()).map(Office::rules).orElse(OfficeRules.DEFAULT);
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
