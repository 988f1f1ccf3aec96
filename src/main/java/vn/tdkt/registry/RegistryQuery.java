package vn.tdkt.registry;

import java.util.Set;
import vn.tdkt.rules.AwardType;

/**
 * Filters of the registry, each optional: part of the nominee's name (any case, with or without
 * accents), a unit's code, a campaign's code, an award type, the year of the decision; and the units
 * the reader may see (null: every unit).
 */
public record RegistryQuery(
    String person, String unitCode, String campaignCode, AwardType type, Integer year,
    Set<String> visibleUnits) {

  public static RegistryQuery all() {
    return new RegistryQuery(null, null, null, null, null, null);
  }

  public static RegistryQuery ofCampaign(String campaignCode) {
    return new RegistryQuery(null, null, campaignCode, null, null, null);
  }

  /** The same filters, seen by a reader who may only see these units. */
  public RegistryQuery visibleTo(Set<String> units) {
    return new RegistryQuery(person, unitCode, campaignCode, type, year, Set.copyOf(units));
  }
}
