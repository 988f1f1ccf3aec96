package vn.tdkt.office;

/**
 * The level of an office's People's Committee, which with the campaign's regime decides which awards
 * its chairman signs: a ward or commune, a city or province, or (for campaigns before 1/7/2025, when
 * districts still existed) a district.
 */
public enum OfficeLevel {
  COMMUNE,
  CITY,
  DISTRICT;

  public String labelKey() {
    return "officeLevel." + name();
  }
}
