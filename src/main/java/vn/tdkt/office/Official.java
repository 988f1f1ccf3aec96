package vn.tdkt.office;

/**
 * An official of the office with an account: Nội vụ, the chairman or a council member. A council
 * member comes from a unit ({@code memberUnitCode}) and does not vote on that unit's nominees.
 */
public record Official(
    String userId,
    String officeCode,
    String name,
    String position,
    String email,
    OfficialRole role,
    boolean councilMember,
    String memberUnitCode,
    boolean active) {

  /** The name as forms and papers show it: "Trần Văn Minh (Chủ tịch UBND quận)". */
  public String displayName() {
    return position == null || position.isBlank() ? name : name + " (" + position + ")";
  }
}
