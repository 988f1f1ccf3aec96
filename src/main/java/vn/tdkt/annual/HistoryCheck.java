package vn.tdkt.annual;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tdkt.reporting.AwardReport;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.system.Messages;
import vn.tdkt.system.TextFold;

/**
 * Checks a year-end nominee against what the unit registered at the start of the year and against
 * the titles the registry holds for the unit's earlier years: the conditions of the Luật Thi đua,
 * khen thưởng 2022 that span titles and years (Điều 22 khoản 1: a provincial CSTĐ among those with
 * three consecutive CSTĐCS; Điều 27 khoản 1 điểm d: a TTLĐXS has a member with CSTĐCS). Each unmet
 * condition is a finding, in Vietnamese with its clause, shown to Nội vụ at appraisal; nothing is
 * refused here (the registry starts with the system, so an earlier year may be proven by the
 * unit's papers instead). The registration is a condition only under the 2003 law (Điều 10 khoản 1
 * điểm b); since 2024 it is not a ground for awarding (Luật 2022, Điều 7) and is only noted.
 */
@Component
public class HistoryCheck {

  /** A nominee of the year-end proposal. */
  public record Nominee(NomineeKind kind, String name, AwardType award) {}

  /**
   * The consecutive years of CSTĐCS a provincial CSTĐ needs (Luật 2022, Điều 22 khoản 1), the last
   * the proposal's own year ("năm đạt danh hiệu Chiến sĩ thi đua cơ sở lần thứ ba").
   */
  static final int CSTDCS_YEARS_FOR_CSTD_TP = 3;

  private static final Set<AwardType> HISTORY_TYPES =
      EnumSet.of(AwardType.CSTDCS);

  private final AwardReport awards;
  private final Messages messages;

  public HistoryCheck(AwardReport awards, Messages messages) {
    this.awards = awards;
    this.messages = messages;
  }

  /** The unit's history, read once for a whole proposal. */
  public Context context(String unitCode, int year, boolean law2022,
      Collection<TitleRegistrations.Entry> registered, Collection<Nominee> proposal) {
    Set<String> held = new HashSet<>();
    for (AwardReport.TitleYear t : awards.titlesOf(unitCode, HISTORY_TYPES)) {
      held.add(key(t.nomineeName(), t.type(), t.year()));
    }
    // the proposal's own titles count for its year (CSTĐCS with LĐTT, both proposed now)
    for (Nominee n : proposal) {
      held.add(key(n.name(), n.award(), year));
    }
    Set<String> registeredKeys =
        registered.stream().map(r -> key(r.name(), r.title(), year)).collect(Collectors.toSet());
    boolean unitHasCstdcs = proposal.stream().anyMatch(n -> n.award() == AwardType.CSTDCS)
        || held.stream().anyMatch(k -> k.endsWith("|" + AwardType.CSTDCS + "|" + year));
    return new Context(year, law2022, held, registeredKeys, unitHasCstdcs);
  }

  /**
   * What the check found for one nominee: the unmet conditions (Nội vụ states on what the nominee
   * still qualifies, if found eligible) and the notes (for comparing only).
   */
  public record Findings(List<String> conditions, List<String> notes) {

    /** The conditions as the appraisal shows them, null when none. */
    public String conditionsText() {
      return conditions.isEmpty() ? null : "- " + String.join("\n- ", conditions);
    }

    public String notesText() {
      return notes.isEmpty() ? null : "- " + String.join("\n- ", notes);
    }
  }

  public Findings findings(Context c, Nominee n) {
    List<String> conditions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (!c.registered().contains(key(n.name(), n.award(), c.year()))) {
      String award = messages.get(n.award().labelKey());
      if (c.law2022()) {
        // Luật 2022, Điều 7: registration is no longer a ground for awarding a title
        notes.add(messages.get("year.check.notRegistered", award));
      } else {
        // Luật 2003, Điều 10 khoản 1 điểm b: it was
        conditions.add(messages.get("year.check.notRegistered2003", award));
      }
    }
    if (!c.law2022()) {
      return new Findings(conditions, notes);
    }
    switch (n.award()) {
      case CSTD_TP -> {
        // Luật 2022, Điều 22 khoản 1: "03 lần liên tục được tặng danh hiệu Chiến sĩ thi đua cơ sở"
        List<String> missing = new ArrayList<>();
        int first = c.year() - CSTDCS_YEARS_FOR_CSTD_TP + 1;
        for (int y = first; y <= c.year(); y++) {
          if (!c.holds(n.name(), AwardType.CSTDCS, y)) {
            missing.add(String.valueOf(y));
          }
        }
        if (!missing.isEmpty()) {
          conditions.add(messages.get("year.check.cstdTpNeedsCstdcs",
              String.valueOf(CSTDCS_YEARS_FOR_CSTD_TP), String.valueOf(first),
              String.valueOf(c.year()), String.join(", ", missing)));
        }
      }
      case TTLDXS -> {
        // Luật 2022, Điều 27 khoản 1 điểm d: "Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở"
        if (!c.unitHasCstdcs()) {
          conditions.add(messages.get("year.check.ttldxsNeedsCstdcs", String.valueOf(c.year())));
        }
      }
      default -> { }
    }
    return new Findings(conditions, notes);
  }

  /** The unit's titles by name and year, its registration, and whether it has a CSTĐCS this year. */
  public record Context(int year, boolean law2022, Set<String> held, Set<String> registered,
      boolean unitHasCstdcs) {

    boolean holds(String name, AwardType type, int year) {
      return held.contains(key(name, type, year));
    }
  }

  static String key(String name, AwardType type, int year) {
    return TextFold.nameKey(name) + "|" + type + "|" + year;
  }
}
