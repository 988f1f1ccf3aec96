package vn.tdkt.system;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.tdkt.unit.UnitDirectory;

/** Who a user is to the application's own API: staff (Nội vụ, the chairman, the council, admins) or a unit's focal point. */
public final class Roles {

  public static final String CHU_TICH = "chu-tich";
  public static final String HOI_DONG = "hoi-dong";
  public static final List<String> STAFF =
      List.of(CurrentUser.NOI_VU, CHU_TICH, HOI_DONG, CurrentUser.ADMIN);

  private Roles() {}

  public static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(CurrentUser.ADMIN);
  }

  /**
   * Whether the user may see the work of an office: the administrator every office's, anyone else
   * only the office whose tenant the user is a member of (as the engine does for its own data). A
   * campaign drafted before offices were data has no office and is everyone's.
   */
  public static boolean maySeeOffice(Authentication user, String officeCode) {
    return officeCode == null
        || isAdmin(user)
        || (user.getTenantIds() != null && user.getTenantIds().contains(officeCode));
  }

  /** The offices (tenants) the user works for; empty for the administrator, who sees every one. */
  public static Set<String> offices(Authentication user) {
    return user.getTenantIds() == null ? Set.of() : Set.copyOf(user.getTenantIds());
  }

  public static boolean isStaff(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(STAFF::contains);
  }

  /** The codes of the units whose focal point the user is (groups {@code unit-<code>}). */
  public static Set<String> units(Authentication user) {
    if (user.getGroupIds() == null) {
      return Set.of();
    }
    return user.getGroupIds().stream()
        .filter(g -> g.startsWith(UnitDirectory.GROUP_PREFIX))
        .map(g -> g.substring(UnitDirectory.GROUP_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
