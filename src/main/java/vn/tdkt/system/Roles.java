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
