package vn.tdkt.office;

import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Roles;

/** What an official does in the office; each role is one group of the engine. */
public enum OfficialRole {
  /** Phòng Nội vụ, the council's standing office. */
  NOI_VU(CurrentUser.NOI_VU),
  /** The People's Committee chairman, who approves plans and signs decisions. */
  CHU_TICH(Roles.CHU_TICH),
  /** A member of the council only. */
  HOI_DONG(Roles.HOI_DONG);

  private final String group;

  OfficialRole(String group) {
    this.group = group;
  }

  public String group() {
    return group;
  }

  public String labelKey() {
    return "officialRole." + name();
  }
}
