package vn.tdkt.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.office.Official;
import vn.tdkt.office.OrganisationListener;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/**
 * Makes the engine's users, groups, memberships, authorizations and Tasklist filters what the
 * organisation says, on every profile: at start-up and after every import. Idempotent (a second run
 * changes nothing) and repairing (a grant deleted by hand comes back, one added by hand to a role's
 * group on a managed resource goes). It manages only what it owns: the role groups, the units' groups,
 * the accounts of officials and focal points, and their grants on applications, process and decision
 * definitions, process-instance creation and filters. Task grants the engine makes for candidates,
 * and groups or users an administrator adds in Admin, are left alone.
 */
@Component
@Order(0)
public class AccessReconciler implements OrganisationListener {

  private static final Logger LOG = LoggerFactory.getLogger(AccessReconciler.class);
  static final String GROUP_TYPE_WORKFLOW = "WORKFLOW";
  static final String GROUP_TYPE_UNIT = "UNIT";
  /** Resource types whose group grants this class owns entirely. */
  private static final Set<Integer> OWNED_TYPES =
      Set.of(
          Resources.APPLICATION.resourceType(),
          Resources.PROCESS_DEFINITION.resourceType(),
          Resources.DECISION_DEFINITION.resourceType(),
          Resources.FILTER.resourceType());

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final UnitDirectory units;
  private final OfficeDirectory offices;
  private final AccessPolicy policy;
  private final TaskFilters filters;
  private final Accounts accounts;
  private final Messages messages;
  private final JdbcTemplate jdbc;

  public AccessReconciler(
      IdentityService identityService,
      AuthorizationService authorizationService,
      UnitDirectory units,
      OfficeDirectory offices,
      AccessPolicy policy,
      TaskFilters filters,
      Accounts accounts,
      Messages messages,
      JdbcTemplate jdbc) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.units = units;
    this.offices = offices;
    this.policy = policy;
    this.filters = filters;
    this.accounts = accounts;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  @Override
  public int organisationChanged() {
    return reconcile();
  }

  /**
   * Brings the engine in line with the organisation; returns the number of changes made (0 when it
   * already was). Runs in the caller's transaction.
   */
  public int reconcile() {
    Counter changes = new Counter();
    List<Unit> allUnits = units.all();
    List<Official> officials = offices.allOfficials();

    // groups: the roles, and one per unit (kept, named after it, when the unit is deactivated)
    Map<String, String[]> groups = new LinkedHashMap<>();
    for (String role : AccessPolicy.ROLE_GROUPS) {
      groups.put(role, new String[] {messages.get("group." + role), GROUP_TYPE_WORKFLOW});
    }
    groups.put(CurrentUser.ADMIN, new String[] {messages.get("group." + CurrentUser.ADMIN), "SYSTEM"});
    for (Unit unit : allUnits) {
      groups.put(unit.group(), new String[] {unit.name(), GROUP_TYPE_UNIT});
    }
    ensureGroups(groups, changes);

    // accounts and their memberships in the groups this class owns
    Map<String, Account> wanted = new LinkedHashMap<>();
    Set<String> managedUsers = new LinkedHashSet<>();
    // each office is a tenant of the engine, and each account a member of its office's tenant only
    Map<String, String> tenantOf = new HashMap<>();
    for (Official o : officials) {
      managedUsers.add(o.userId());
      if (!o.active()) {
        continue;
      }
      tenantOf.put(o.userId(), o.officeCode());
      Set<String> memberOf = new LinkedHashSet<>();
      memberOf.add(o.role().group());
      if (o.councilMember()) {
        memberOf.add(Roles.HOI_DONG);
      }
      wanted.put(o.userId(), new Account(o.userId(), o.name(), o.position(), o.email(), memberOf));
    }
    for (Unit unit : allUnits) {
      managedUsers.add(unit.focalUserId());
      if (!unit.active() || unit.officeCode() == null) {
        continue;
      }
      tenantOf.put(unit.focalUserId(), unit.officeCode());
      String name = unit.focalName() == null ? unit.name() : unit.focalName();
      String email = unit.focalEmail() == null ? unit.email() : unit.focalEmail();
      wanted.put(unit.focalUserId(),
          new Account(unit.focalUserId(), name, messages.get("user.focal.position", unit.name()), email,
              new LinkedHashSet<>(List.of(unit.group(), AccessPolicy.UNITS))));
    }
    Set<String> ownedGroups = new HashSet<>(groups.keySet());
    ownedGroups.remove(CurrentUser.ADMIN);
    ensureAccounts(wanted, managedUsers, ownedGroups, changes);
    ensureTenants(tenantOf, managedUsers, changes);

    // the administrators' group keeps every permission on everything
    Map<String, List<AccessPolicy.Grant>> grants = policy.grants(filters.ensure(changes));
    ensureAdmin(changes);
    Map<String, List<Authorization>> granted = new HashMap<>();
    // one query per owned resource type (the engine's many task grants are not read)
    List<Integer> types = new ArrayList<>(OWNED_TYPES);
    types.add(Resources.PROCESS_INSTANCE.resourceType());
    for (List<String> batch : batches(new ArrayList<>(ownedGroups))) {
      for (int type : types) {
        for (Authorization a : authorizationService.createAuthorizationQuery()
            .groupIdIn(batch.toArray(String[]::new)).resourceType(type).list()) {
          granted.computeIfAbsent(a.getGroupId(), k -> new ArrayList<>()).add(a);
        }
      }
    }
    for (String group : ownedGroups) {
      ensureGrants(group, grants.getOrDefault(group, List.of()), granted.getOrDefault(group, List.of()), changes);
    }
    if (changes.count > 0) {
      LOG.info("Organisation applied to the engine: {} change(s)", changes.count);
    }
    return changes.count;
  }

  private void ensureGroups(Map<String, String[]> wanted, Counter changes) {
    Map<String, Group> existing = new HashMap<>();
    for (List<String> batch : batches(new ArrayList<>(wanted.keySet()))) {
      identityService.createGroupQuery().groupIdIn(batch.toArray(String[]::new)).list()
          .forEach(g -> existing.put(g.getId(), g));
    }
    wanted.forEach((id, nameAndType) -> {
      Group group = existing.get(id);
      if (group == null) {
        group = identityService.newGroup(id);
      } else if (Objects.equals(group.getName(), nameAndType[0])
          && Objects.equals(group.getType(), nameAndType[1])) {
        return;
      }
      group.setName(nameAndType[0]);
      group.setType(nameAndType[1]);
      identityService.saveGroup(group);
      changes.add();
    });
  }

  private void ensureAccounts(
      Map<String, Account> wanted, Set<String> managed, Set<String> ownedGroups, Counter changes) {
    Map<String, User> existing = new HashMap<>();
    for (List<String> batch : batches(new ArrayList<>(managed))) {
      identityService.createUserQuery().userIdIn(batch.toArray(String[]::new)).list()
          .forEach(u -> existing.put(u.getId(), u));
    }
    Map<String, Set<String>> memberships = memberships(ownedGroups);
    for (String userId : managed) {
      Account account = wanted.get(userId);
      User user = existing.get(userId);
      if (account != null) {
        String[] names = account.names();
        if (user == null) {
          user = identityService.newUser(userId);
          user.setFirstName(names[0]);
          user.setLastName(names[1]);
          user.setEmail(account.email());
          accounts.create(user);
          changes.add();
        } else if (!Objects.equals(user.getFirstName(), names[0])
            || !Objects.equals(user.getLastName(), names[1])
            || !Objects.equals(user.getEmail(), account.email())) {
          user.setFirstName(names[0]);
          user.setLastName(names[1]);
          user.setEmail(account.email());
          identityService.saveUser(user);
          changes.add();
        }
      }
      if (user == null) {
        continue;
      }
      Set<String> has = memberships.getOrDefault(userId, Set.of());
      Set<String> should = account == null ? Set.of() : account.groups();
      for (String group : should) {
        if (!has.contains(group)) {
          identityService.createMembership(userId, group);
          changes.add();
        }
      }
      for (String group : has) {
        if (!should.contains(group)) {
          identityService.deleteMembership(userId, group);
          changes.add();
        }
      }
    }
  }

  /** The members of the owned groups, by user (one query on the membership table). */
  private Map<String, Set<String>> memberships(Set<String> ownedGroups) {
    Map<String, Set<String>> byUser = new HashMap<>();
    jdbc.query(
        "SELECT USER_ID_, GROUP_ID_ FROM ACT_ID_MEMBERSHIP",
        rs -> {
          String group = rs.getString("GROUP_ID_");
          if (ownedGroups.contains(group)) {
            byUser.computeIfAbsent(rs.getString("USER_ID_"), k -> new HashSet<>()).add(group);
          }
        });
    return byUser;
  }

  /**
   * One tenant per office (id the office's code, named after it), and the memberships of the
   * accounts this class manages: each in its office's tenant, none in another. The engine then shows a
   * user only the process instances, tasks, history and incidents of the user's office; the
   * administrators' group sees every office.
   */
  private void ensureTenants(Map<String, String> tenantOf, Set<String> managed, Counter changes) {
    Map<String, org.camunda.bpm.engine.identity.Tenant> existing = new HashMap<>();
    identityService.createTenantQuery().list().forEach(t -> existing.put(t.getId(), t));
    for (vn.tdkt.office.Office office : offices.all()) {
      org.camunda.bpm.engine.identity.Tenant tenant = existing.get(office.code());
      if (tenant != null && Objects.equals(tenant.getName(), office.name())) {
        continue;
      }
      if (tenant == null) {
        tenant = identityService.newTenant(office.code());
      }
      tenant.setName(office.name());
      identityService.saveTenant(tenant);
      changes.add();
    }
    Map<String, Set<String>> members = new HashMap<>();
    for (org.camunda.bpm.engine.identity.Tenant t : identityService.createTenantQuery().list()) {
      identityService.createUserQuery().memberOfTenant(t.getId()).list()
          .forEach(u -> members.computeIfAbsent(u.getId(), k -> new HashSet<>()).add(t.getId()));
    }
    for (String user : managed) {
      Set<String> has = members.getOrDefault(user, Set.of());
      String wanted = tenantOf.get(user);
      for (String tenant : has) {
        if (!tenant.equals(wanted)) {
          identityService.deleteTenantUserMembership(tenant, user);
          changes.add();
        }
      }
      if (wanted != null && !has.contains(wanted)) {
        identityService.createTenantUserMembership(wanted, user);
        changes.add();
      }
    }
  }

  private void ensureAdmin(Counter changes) {
    Map<String, Authorization> existing = new HashMap<>();
    for (Authorization a :
        authorizationService.createAuthorizationQuery().groupIdIn(CurrentUser.ADMIN).list()) {
      if ("*".equals(a.getResourceId()) && a.getAuthorizationType() == AUTH_TYPE_GRANT) {
        existing.put(a.getResourceType() + "", a);
      }
    }
    for (Resource resource : Resources.values()) {
      Authorization a = existing.get(resource.resourceType() + "");
      if (a == null) {
        a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        a.setGroupId(CurrentUser.ADMIN);
        a.setResource(resource);
        a.setResourceId("*");
      } else if (a.isEveryPermissionGranted()) {
        continue;
      }
      a.addPermission(Permissions.ALL);
      authorizationService.saveAuthorization(a);
      changes.add();
    }
  }

  private void ensureGrants(
      String group, List<AccessPolicy.Grant> wanted, List<Authorization> granted, Counter changes) {
    Map<String, Authorization> existing = new HashMap<>();
    for (Authorization a : granted) {
      if (owned(a)) {
        String key = a.getResourceType() + "/" + a.getResourceId();
        if (a.getAuthorizationType() != AUTH_TYPE_GRANT || existing.containsKey(key)) {
          authorizationService.deleteAuthorization(a.getId());
          changes.add();
        } else {
          existing.put(key, a);
        }
      }
    }
    for (AccessPolicy.Grant g : wanted) {
      String key = g.resource().resourceType() + "/" + g.resourceId();
      Authorization a = existing.remove(key);
      int mask = mask(g.permissions());
      if (a != null && ((AuthorizationEntity) a).getPermissions() == mask) {
        continue;
      }
      if (a == null) {
        a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        a.setGroupId(group);
        a.setResource(g.resource());
        a.setResourceId(g.resourceId());
      }
      ((AuthorizationEntity) a).setPermissions(mask);
      authorizationService.saveAuthorization(a);
      changes.add();
    }
    for (Authorization left : existing.values()) {
      authorizationService.deleteAuthorization(left.getId());
      changes.add();
    }
  }

  private static boolean owned(Authorization a) {
    return OWNED_TYPES.contains(a.getResourceType())
        || (a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType() && "*".equals(a.getResourceId()));
  }

  private static int mask(Permission[] permissions) {
    int mask = 0;
    for (Permission p : permissions) {
      mask |= p.getValue();
    }
    return mask;
  }

  private static List<List<String>> batches(List<String> ids) {
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      batches.add(ids.subList(i, Math.min(ids.size(), i + 500)));
    }
    return batches;
  }

  /** An account the organisation needs, with the owned groups it belongs to. */
  record Account(String userId, String name, String position, String email, Set<String> groups) {
    /** First and last name as the webapps show them: "Trần Văn" + "Minh (Chủ tịch UBND quận)". */
    String[] names() {
      String n = name.trim();
      int cut = n.lastIndexOf(' ');
      String first = cut < 0 ? "" : n.substring(0, cut);
      String last = cut < 0 ? n : n.substring(cut + 1);
      if (position != null && !position.isBlank()) {
        last = last + " (" + position + ")";
      }
      return new String[] {first, last};
    }
  }

  /** Counts the changes a run makes. */
  public static final class Counter {
    int count;

    public void add() {
      count++;
    }
  }
}
