package vn.tdkt.unit;

/**
 * A participating unit: a ward or commune, a department, an organisation or a public school, with
 * its focal point (the account that does the unit's tasks). A unit removed from the organisation is
 * inactive: it takes part in no new campaign, and its history stays.
 */
public record Unit(
    String code,
    String name,
    UnitKind kind,
    String email,
    String focalUserId,
    String focalName,
    String focalEmail,
    String officeCode,
    String clusterCode,
    boolean active) {

  public Unit(String code, String name, UnitKind kind, String email, String focalUserId) {
    this(code, name, kind, email, focalUserId, null, null, null, null, true);
  }

  public String group() {
    return UnitDirectory.GROUP_PREFIX + code;
  }
}
