package vn.tdkt.access;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;
import vn.tdkt.council.CouncilProcess;

/**
 * The Tasklist's filters. The Tasklist opens the first by priority: the chairman lands on what awaits
 * signature, a council member on ballots, Nội vụ and every unit's focal point on their own tasks. Each
 * filter carries its key and the version of its definition, so a changed definition replaces the
 * stored one and a second run changes nothing.
 */
@Component
public class TaskFilters {

  /** Bump when a filter's query, columns or priority change. */
  static final int VERSION = 2;
  static final String KEY_PROPERTY = "tdktFilter";
  static final String VERSION_PROPERTY = "tdktVersion";
  private static final List<String> EVERYONE = AccessPolicy.ROLE_GROUPS;

  /** Which role groups see each filter. */
  static final Map<String, List<String>> AUDIENCE = new LinkedHashMap<>();

  static {
    AUDIENCE.put("filter.mine", EVERYONE);
    AUDIENCE.put("filter.unit", EVERYONE);
    AUDIENCE.put("filter.appraisal", List.of(CurrentUser.NOI_VU));
    AUDIENCE.put("filter.chase", List.of(CurrentUser.NOI_VU));
    AUDIENCE.put("filter.ballot", List.of(Roles.HOI_DONG));
    AUDIENCE.put("filter.signing", List.of(Roles.CHU_TICH));
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final Messages messages;

  public TaskFilters(FilterService filterService, TaskService taskService, Messages messages) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.messages = messages;
  }

  /** Creates or updates the filters; returns their ids by key. */
  Map<String, String> ensure(AccessReconciler.Counter changes) {
    Map<String, Filter> existing = new HashMap<>();
    for (Filter f : filterService.createTaskFilterQuery().list()) {
      Object key = f.getProperties() == null ? null : f.getProperties().get(KEY_PROPERTY);
      if (key == null && f.getOwner() == null) {
        // filters made before they carried a key are known by their name
        key = AUDIENCE.keySet().stream().filter(k -> messages.get(k).equals(f.getName())).findFirst().orElse(null);
      }
      if (key != null && !existing.containsKey(key.toString())) {
        existing.put(key.toString(), f);
      } else if (key != null) {
        filterService.deleteFilter(f.getId());
        changes.add();
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String key : AUDIENCE.keySet()) {
      Filter filter = existing.get(key);
      Map<String, Object> properties = properties(key);
      if (filter == null) {
        filter = filterService.newTaskFilter(messages.get(key));
      } else if (Objects.equals(filter.getName(), messages.get(key))
          && Objects.equals(String.valueOf(filter.getProperties().get(VERSION_PROPERTY)), String.valueOf(VERSION))
          && Objects.equals(filter.getProperties().get("description"), properties.get("description"))) {
        ids.put(key, filter.getId());
        continue;
      }
      filter.setName(messages.get(key));
      filter.setProperties(properties);
      filter.setQuery(query(key));
      filterService.saveFilter(filter);
      changes.add();
      ids.put(key, filter.getId());
    }
    return ids;
  }

  private Map<String, Object> properties(String key) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", messages.get(key + ".description"));
    properties.put("priority", priority(key));
    properties.put("refresh", true);
    properties.put(
        "variables",
        List.of(
            Map.of("name", CampaignProcess.Var.CAMPAIGN_CODE, "label", messages.get("column.campaign")),
            Map.of("name", ParticipationProcess.Var.UNIT_NAME, "label", messages.get("column.unit")),
            Map.of("name", "nomineeName", "label", messages.get("column.nominee"))));
    properties.put(KEY_PROPERTY, key);
    properties.put(VERSION_PROPERTY, VERSION);
    return properties;
  }

  private static int priority(String key) {
    return switch (key) {
      case "filter.mine" -> -10;
      case "filter.unit" -> -20;
      case "filter.appraisal" -> 0;
      case "filter.chase" -> 1;
      case "filter.ballot" -> -25;
      case "filter.signing" -> -30;
      default -> throw new IllegalArgumentException(key);
    };
  }

  private TaskQuery query(String key) {
    return switch (key) {
      case "filter.mine" -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
      case "filter.unit" ->
          taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks();
      case "filter.appraisal" ->
          taskService.createTaskQuery().taskDefinitionKey(NominationProcess.Element.APPRAISE)
              .taskCandidateGroup(CurrentUser.NOI_VU).includeAssignedTasks();
      case "filter.chase" ->
          taskService.createTaskQuery()
              .taskDefinitionKeyIn(ParticipationProcess.Element.CHASE_REGISTRATION,
                  ParticipationProcess.Element.CHASE_REPORT,
                  vn.tdkt.annual.YearProcess.Element.CHASE_REGISTRATION,
                  vn.tdkt.annual.YearProcess.Element.CHASE_PROPOSAL)
              .taskCandidateGroup(CurrentUser.NOI_VU).includeAssignedTasks();
      case "filter.ballot" ->
          taskService.createTaskQuery().taskDefinitionKey(CouncilProcess.Element.CAST_BALLOT)
              .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks();
      case "filter.signing" ->
          taskService.createTaskQuery().taskCandidateGroup(Roles.CHU_TICH).includeAssignedTasks();
      default -> throw new IllegalArgumentException(key);
    };
  }
}
