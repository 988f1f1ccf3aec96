package vn.tdkt.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.reporting.AwardFilter;
import vn.tdkt.reporting.AwardReport;
import vn.tdkt.reporting.AwardRow;
import vn.tdkt.system.Messages;
import vn.tdkt.system.SystemCalls;
import vn.tdkt.system.TextFold;
import vn.tdkt.unit.UnitDirectory;

/**
 * The award registry (sổ vàng): every award decided locally or recorded from the city, searchable by
 * person, unit, campaign, award type and year of the decision.
 */
@Service
public class RegistryService {

  private static final int PERSON_MAX = 300;

  private final AwardReport awards;
  private final AwardRules rules;
  private final SystemCalls system;
  private final UnitDirectory units;
  private final CampaignRepository campaigns;
  private final Messages messages;

  public RegistryService(
      AwardReport awards,
      AwardRules rules,
      SystemCalls system,
      UnitDirectory units,
      CampaignRepository campaigns,
      Messages messages) {
    this.awards = awards;
    this.rules = rules;
    this.system = system;
    this.units = units;
    this.campaigns = campaigns;
    this.messages = messages;
  }

  /**
   * The filters as typed in a URL, checked: an unknown unit, campaign or award type, or a year that is
   * not a 4-digit number, is refused with the Vietnamese reason. Empty values do not filter.
   */
  public RegistryQuery query(String person, String unit, String campaign, String type, String year) {
    String name = blankToNull(person);
    if (name != null && name.length() > PERSON_MAX) {
      throw messages.reject("registry.person.tooLong");
    }
    String unitCode = blankToNull(unit);
    if (unitCode != null && units.find(unitCode).isEmpty()) {
      throw messages.reject("registry.unit.invalid", unitCode);
    }
    String campaignCode = blankToNull(campaign);
    if (campaignCode != null && campaigns.findByCode(campaignCode).isEmpty()) {
      throw messages.reject("registry.campaign.invalid", campaignCode);
    }
    AwardType awardType = null;
    String typeCode = blankToNull(type);
    if (typeCode != null) {
      String upper = typeCode.toUpperCase(Locale.ROOT);
      awardType =
          Arrays.stream(AwardType.values())
              .filter(t -> t.name().equals(upper))
              .findFirst()
              .orElseThrow(
                  () ->
                      messages.reject(
                          "registry.type.invalid",
                          typeCode,
                          Arrays.stream(AwardType.values())
                              .map(Enum::name)
                              .collect(Collectors.joining(", "))));
    }
    Integer yearValue = null;
    String yearText = blankToNull(year);
    if (yearText != null) {
      if (!yearText.matches("[12][0-9]{3}")) {
        throw messages.reject("registry.year.invalid", yearText);
      }
      yearValue = Integer.valueOf(yearText);
    }
    return new RegistryQuery(name, unitCode, campaignCode, awardType, yearValue, null);
  }

  /** The awards that match, newest decision first. */
  public List<RegistryEntry> search(RegistryQuery query) {
    // the name is matched here rather than in SQL: without accents, whatever the database's locale
    String person = query.person() == null ? null : TextFold.fold(query.person());
    List<RegistryEntry> found = new ArrayList<>();
    Map<String, Optional<Long>> cash = new HashMap<>();
    AwardFilter filter =
        new AwardFilter(
            query.visibleUnits(), query.unitCode(), query.campaignCode(), query.type(),
            query.year());
    for (AwardRow row : awards.search(filter)) {
      if (person != null && !TextFold.fold(row.nomineeName()).contains(person)) {
        continue;
      }
      AwardType type = row.type();
      NomineeKind kind = row.kind();
      String level = row.level();
      LocalDate decided = row.decisionDate();
      // the campaign's own rules: its regime, level and office (an office's configured amounts)
      AwardRules.Context rulesOf =
          AwardRules.Context.of(row.regime(), row.approvingLevel(), row.officeCode());
      // the cash depends on the campaign's rules, the type, the nominee and the decision's day
      Long amount =
          cash.computeIfAbsent(
                  rulesOf + "|" + type + "|" + kind + "|" + decided,
                  k -> cashAmount(type, kind, rulesOf, decided))
              .orElse(null);
      found.add(
          new RegistryEntry(
              row.nomineeName(),
              row.nomineePosition(),
              kind.name(),
              messages.get(kind.labelKey()),
              row.unitCode(),
              row.unitName(),
              type.name(),
              messages.get(type.labelKey()),
              level,
              messages.get("LOCAL".equals(level)
                  ? "level.LOCAL." + row.approvingLevel() : "level." + level),
              row.decisionNumber(),
              decided,
              row.campaignCode(),
              row.campaignName(),
              amount));
    }
    return found;
  }

  /** The cash with an award decided on a day, if the law sets one (the rules read as the system). */
  private Optional<Long> cashAmount(
      AwardType type, NomineeKind kind, AwardRules.Context rulesOf, LocalDate day) {
    return system.run(() -> rules.cashAmount(type, kind, rulesOf, day));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
