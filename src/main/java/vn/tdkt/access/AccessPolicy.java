package vn.tdkt.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.disclosure.ObjectionProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Roles;
import vn.tdkt.council.CouncilProcess;

/**
 * What each role may do, as the access matrix asserts it. Every unit's focal point is also in
 * {@link #UNITS}, which carries the grants all units share, so a unit's own group needs none: the
 * engine grants its candidates their tasks. The administrators' group has everything.
 */
@Component
public class AccessPolicy {

  /** Every unit's focal point. */
  public static final String UNITS = "don-vi";
  /** The groups whose grants the system owns. */
  public static final List<String> ROLE_GROUPS =
      List.of(CurrentUser.NOI_VU, Roles.CHU_TICH, Roles.HOI_DONG, UNITS);

  /** One grant: permissions on a resource (an id or "*"). */
  public record Grant(Resource resource, String resourceId, Permission... permissions) {}

  /** The grants of each role group, given the ids of the system's filters by key. */
  public Map<String, List<Grant>> grants(Map<String, String> filterIds) {
    Map<String, List<Grant>> grants = new LinkedHashMap<>();
    for (String group : ROLE_GROUPS) {
      grants.put(group, new ArrayList<>());
      grants.get(group).add(new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS));
    }
    List<Grant> noiVu = grants.get(CurrentUser.NOI_VU);
    // Nội vụ starts campaigns; the units' and dossiers' processes are started by the system
    noiVu.add(new Grant(Resources.PROCESS_DEFINITION, CampaignProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY));
    for (String key : List.of(ParticipationProcess.KEY, vn.tdkt.annual.YearProcess.KEY,
        vn.tdkt.cluster.ClusterProcess.KEY, NominationProcess.KEY, CouncilProcess.KEY)) {
      noiVu.add(new Grant(Resources.PROCESS_DEFINITION, key, Permissions.READ,
          Permissions.READ_INSTANCE, Permissions.READ_HISTORY));
    }
    // Nội vụ records the objections it receives by post or telephone, and follows them all
    noiVu.add(new Grant(Resources.PROCESS_DEFINITION, ObjectionProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY));
    noiVu.add(new Grant(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    noiVu.add(new Grant(Resources.DECISION_DEFINITION, "*", Permissions.READ));
    for (String group : List.of(Roles.CHU_TICH, Roles.HOI_DONG)) {
      grants.get(group).add(new Grant(Resources.PROCESS_DEFINITION, CampaignProcess.KEY, Permissions.READ));
      // the ballots are tasks of the council's session
      grants.get(group).add(new Grant(Resources.PROCESS_DEFINITION, CouncilProcess.KEY, Permissions.READ));
    }
    List<Grant> units = grants.get(UNITS);
    units.add(new Grant(Resources.PROCESS_DEFINITION, ParticipationProcess.KEY, Permissions.READ));
    units.add(new Grant(Resources.PROCESS_DEFINITION, vn.tdkt.annual.YearProcess.KEY, Permissions.READ));
    units.add(new Grant(Resources.PROCESS_DEFINITION, vn.tdkt.cluster.ClusterProcess.KEY, Permissions.READ));
    units.add(new Grant(Resources.PROCESS_DEFINITION, NominationProcess.KEY, Permissions.READ));
    // anyone on the Tasklist may pass on an objection to a published list
    for (String group : List.of(Roles.CHU_TICH, Roles.HOI_DONG, UNITS)) {
      grants.get(group).add(new Grant(Resources.PROCESS_DEFINITION, ObjectionProcess.KEY,
          Permissions.READ, Permissions.CREATE_INSTANCE));
      grants.get(group).add(new Grant(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    }
    // the Tasklist's filters, each to the roles that work from it
    for (Map.Entry<String, List<String>> filter : TaskFilters.AUDIENCE.entrySet()) {
      String id = filterIds.get(filter.getKey());
      if (id == null) {
        continue;
      }
      for (String group : filter.getValue()) {
        grants.get(group).add(new Grant(Resources.FILTER, id, Permissions.READ));
      }
    }
    return grants;
  }
}
