package vn.tdkt.registry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.campaign.CampaignRepository;
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

  private final NamedParameterJdbcTemplate named;
  private final AwardRules rules;
  private final SystemCalls system;
  private final UnitDirectory units;
  private final CampaignRepository campaigns;
  private final Messages messages;

  public RegistryService(
      JdbcTemplate jdbc,
      AwardRules rules,
      SystemCalls system,
      UnitDirectory units,
      CampaignRepository campaigns,
      Messages messages) {
    this.named = new NamedParameterJdbcTemplate(jdbc);
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
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.nominee_name, n.nominee_position, a.nominee_kind, a.unit_code,"
                + " u.name AS unit_name, a.award_type, d.level, d.decision_number, d.decision_date,"
                + " c.code AS campaign_code, c.name AS campaign_name, c.regime, c.approving_level"
                + " FROM award a"
                + " JOIN award_decision d ON d.id = a.decision_id"
                + " JOIN campaign c ON c.id = a.campaign_id"
                + " JOIN unit u ON u.code = a.unit_code"
                + " JOIN nomination n ON n.id = a.nomination_id"
                + " WHERE 1 = 1");
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (query.visibleUnits() != null) {
      if (query.visibleUnits().isEmpty()) {
        return List.of();
      }
      sql.append(" AND a.unit_code IN (:visible)");
      params.addValue("visible", query.visibleUnits());
    }
    if (query.unitCode() != null) {
      sql.append(" AND a.unit_code = :unit");
      params.addValue("unit", query.unitCode());
    }
    if (query.campaignCode() != null) {
      sql.append(" AND c.code = :campaign");
      params.addValue("campaign", query.campaignCode());
    }
    if (query.type() != null) {
      sql.append(" AND a.award_type = :type");
      params.addValue("type", query.type().name());
    }
    if (query.year() != null) {
      sql.append(" AND d.decision_date >= :from AND d.decision_date < :to");
      params.addValue("from", Date.valueOf(LocalDate.of(query.year(), 1, 1)));
      params.addValue("to", Date.valueOf(LocalDate.of(query.year() + 1, 1, 1)));
    }
    sql.append(" ORDER BY d.decision_date DESC, d.decision_number, a.id");

    // the name is matched here rather than in SQL: without accents, whatever the database's locale
    String person = query.person() == null ? null : TextFold.fold(query.person());
    List<RegistryEntry> found = new ArrayList<>();
    Map<String, Optional<Long>> cash = new HashMap<>();
    named.query(
        sql.toString(),
        params,
        rs -> {
          String nominee = rs.getString("nominee_name");
          if (person != null && !TextFold.fold(nominee).contains(person)) {
            return;
          }
          AwardType type = AwardType.valueOf(rs.getString("award_type"));
          NomineeKind kind = NomineeKind.valueOf(rs.getString("nominee_kind"));
          String level = rs.getString("level");
          LocalDate decided = rs.getDate("decision_date").toLocalDate();
          AwardRules.Context rulesOf =
              new AwardRules.Context(
                  rs.getString("regime"),
                  AwardRules.ApprovingLevel.valueOf(rs.getString("approving_level")));
          // the cash depends on the campaign's rules, the type, the nominee and the decision's day
          Long amount =
              cash.computeIfAbsent(
                      rulesOf + "|" + type + "|" + kind + "|" + decided,
                      k -> cashAmount(type, kind, rulesOf, decided))
                  .orElse(null);
          found.add(
              new RegistryEntry(
                  nominee,
                  rs.getString("nominee_position"),
                  kind.name(),
                  messages.get(kind.labelKey()),
                  rs.getString("unit_code"),
                  rs.getString("unit_name"),
                  type.name(),
                  messages.get(type.labelKey()),
                  level,
                  messages.get("LOCAL".equals(level)
                      ? "level.LOCAL." + rs.getString("approving_level") : "level." + level),
                  rs.getString("decision_number"),
                  rs.getDate("decision_date").toLocalDate(),
                  rs.getString("campaign_code"),
                  rs.getString("campaign_name"),
                  amount));
        });
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
