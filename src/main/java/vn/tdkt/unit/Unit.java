package vn.tdkt.unit;

/** A participating unit: a ward, a department, an organisation or a public school. */
public record Unit(String code, String name, UnitKind kind, String email, String focalUserId) {

  public String group() {
    return UnitDirectory.GROUP_PREFIX + code;
  }
}
