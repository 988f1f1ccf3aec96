package vn.tdkt.office;

/**
 * An office that runs campaigns: a ward's, commune's, city's (or, before 1/7/2025, a district's)
 * People's Committee with its council. Its papers carry {@code issuer} at the head and {@code place}
 * in the date line; its mail goes out from {@code senderName <senderEmail>}; {@code rules} are its
 * council's rules (quy chế) where the law leaves the value to the office. A ward's or commune's
 * {@code parentCode} is the city's or province's office in the same deployment, if any: the city's
 * plans come down to it.
 */
public record Office(
    String code,
    String name,
    OfficeLevel level,
    String issuer,
    String place,
    String senderName,
    String senderEmail,
    OfficeRules rules,
    String parentCode) {

  public Office {
    rules = rules == null ? OfficeRules.DEFAULT : rules;
    parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode;
  }

  public Office(
      String code, String name, OfficeLevel level, String issuer, String place, String senderName,
      String senderEmail, OfficeRules rules) {
    this(code, name, level, issuer, place, senderName, senderEmail, rules, null);
  }

  public Office(
      String code, String name, OfficeLevel level, String issuer, String place, String senderName,
      String senderEmail) {
    this(code, name, level, issuer, place, senderName, senderEmail, OfficeRules.DEFAULT);
  }

  /** The From header of the office's mail. */
  public String from() {
    return senderName == null || senderName.isBlank()
        ? senderEmail
        : "\"" + senderName.replace("\"", "'") + "\" <" + senderEmail + ">";
  }
}
