package vn.tdkt.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.disclosure.ObjectionProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/**
 * Demo users, groups, authorizations and Tasklist filters (default profile only). Idempotent: does
 * nothing when its users exist.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  public static final String CHU_TICH = Roles.CHU_TICH;
  public static final String HOI_DONG = Roles.HOI_DONG;
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final UnitDirectory units;
  private final Messages messages;
  private final String password;

  public DemoData(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService,
      UnitDirectory units,
      Messages messages,
      @Value("${tdkt.demo.password}") String password) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.units = units;
    this.messages = messages;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.createUserQuery().userId("noivu").count() > 0) {
      return;
    }
    LOG.info("Creating demo users, groups, authorizations and filters");
    group(CurrentUser.ADMIN, "demo.group.admin", "SYSTEM");
    group(CurrentUser.NOI_VU, "demo.group.noivu", "WORKFLOW");
    group(HOI_DONG, "demo.group.hoidong", "WORKFLOW");
    group(CHU_TICH, "demo.group.chutich", "WORKFLOW");

    user("admin", "demo.user.admin.first", "demo.user.admin.last", CurrentUser.ADMIN);
    user("noivu", "demo.user.noivu.first", "demo.user.noivu.last", CurrentUser.NOI_VU);
    user("chutich", "demo.user.chutich.first", "demo.user.chutich.last", CHU_TICH, HOI_DONG);
    for (int i = 1; i <= 3; i++) {
      user("hoidong" + i, "demo.user.hoidong" + i + ".first", "demo.user.hoidong" + i + ".last",
          HOI_DONG);
    }
    List<String> unitGroups = new ArrayList<>();
    for (Unit unit : units.all()) {
      Group g = identityService.newGroup(unit.group());
      g.setName(unit.name());
      g.setType("UNIT");
      identityService.saveGroup(g);
      User u = identityService.newUser(unit.focalUserId());
      u.setFirstName(messages.get("demo.user.focal"));
      u.setLastName(unit.name());
      u.setEmail(unit.email());
      u.setPassword(password);
      identityService.saveUser(u);
      identityService.createMembership(u.getId(), g.getId());
      unitGroups.add(g.getId());
    }

    for (Resource resource : Resources.values()) {
      grant(CurrentUser.ADMIN, resource, "*", Permissions.ALL);
    }
    List<String> everyone = new ArrayList<>(List.of(CurrentUser.NOI_VU, HOI_DONG, CHU_TICH));
    everyone.addAll(unitGroups);
    for (String group : everyone) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    // Nội vụ starts campaigns only; the units' and dossiers' processes are started by the system
    grant(CurrentUser.NOI_VU, Resources.PROCESS_DEFINITION, CampaignProcess.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    for (String key : List.of(ParticipationProcess.KEY, NominationProcess.KEY)) {
      grant(CurrentUser.NOI_VU, Resources.PROCESS_DEFINITION, key, Permissions.READ,
          Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    }
    grant(CurrentUser.NOI_VU, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(CurrentUser.NOI_VU, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(CHU_TICH, Resources.PROCESS_DEFINITION, CampaignProcess.KEY, Permissions.READ);
    grant(HOI_DONG, Resources.PROCESS_DEFINITION, CampaignProcess.KEY, Permissions.READ);
    for (String group : unitGroups) {
      grant(group, Resources.PROCESS_DEFINITION, ParticipationProcess.KEY, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, NominationProcess.KEY, Permissions.READ);
    }

    // Anyone on the Tasklist may pass on an objection to a published list; Nội vụ records those it
    // receives by post or telephone
    for (String group : everyone) {
      if (group.equals(CurrentUser.NOI_VU)) {
        grant(group, Resources.PROCESS_DEFINITION, ObjectionProcess.KEY, Permissions.READ,
            Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      } else {
        grant(group, Resources.PROCESS_DEFINITION, ObjectionProcess.KEY, Permissions.READ,
            Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
    }

    // The Tasklist opens the first filter by priority: the chairman lands on what awaits signature, a
    // council member on ballots, Nội vụ and every unit's focal point on their own unit's tasks
    filter("filter.mine", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        everyone);
    filter("filter.unit", -20,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks(),
        everyone);
    filter("filter.appraisal", 0,
        taskService.createTaskQuery().taskDefinitionKey(NominationProcess.Element.APPRAISE)
            .taskCandidateGroup(CurrentUser.NOI_VU).includeAssignedTasks(),
        List.of(CurrentUser.NOI_VU));
    filter("filter.chase", 1,
        taskService.createTaskQuery().taskDefinitionKeyIn(
                ParticipationProcess.Element.CHASE_REGISTRATION,
                ParticipationProcess.Element.CHASE_REPORT)
            .taskCandidateGroup(CurrentUser.NOI_VU).includeAssignedTasks(),
        List.of(CurrentUser.NOI_VU));
    filter("filter.ballot", -25,
        taskService.createTaskQuery().taskDefinitionKey(CampaignProcess.Element.CAST_BALLOT)
            .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks(),
        List.of(HOI_DONG));
    filter("filter.signing", -30,
        taskService.createTaskQuery().taskCandidateGroup(CHU_TICH).includeAssignedTasks(),
        List.of(CHU_TICH));
  }

  private void group(String id, String nameKey, String type) {
    Group g = identityService.newGroup(id);
    g.setName(messages.get(nameKey));
    g.setType(type);
    identityService.saveGroup(g);
  }

  private void user(String id, String firstKey, String lastKey, String... groups) {
    User u = identityService.newUser(id);
    u.setFirstName(messages.get(firstKey));
    u.setLastName(messages.get(lastKey));
    u.setEmail(id + "@longbien.example");
    u.setPassword(password);
    identityService.saveUser(u);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(resourceId);
    for (Permission p : permissions) {
      a.addPermission(p);
    }
    authorizationService.saveAuthorization(a);
  }

  private void filter(String nameKey, int priority, TaskQuery query, List<String> groups) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", messages.get(nameKey + ".description"));
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put(
        "variables",
        List.of(
            Map.of("name", CampaignProcess.Var.CAMPAIGN_CODE, "label", messages.get("column.campaign")),
            Map.of("name", ParticipationProcess.Var.UNIT_NAME, "label", messages.get("column.unit")),
            Map.of("name", "nomineeName", "label", messages.get("column.nominee"))));
    Filter filter =
        filterService.newTaskFilter(messages.get(nameKey)).setProperties(properties).setQuery(query);
    filterService.saveFilter(filter);
    for (String group : groups) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
