package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.system.Vars;

/** Drives processes as the users do: logged in, through forms, with the engine's authorizations. */
@Component
public class Driver {

  private static final AtomicInteger CODES = new AtomicInteger();
  private final ProcessEngine engine;
  private boolean strict;

  /**
   * Strict: every task a user takes is checked as the Tasklist would show it: the user is its
   * assignee or a candidate, finds it in one of the filters granted to them, and a focal point of
   * another unit sees neither the task nor its process instance.
   */
  public void strict(boolean strict) {
    this.strict = strict;
  }

  public Driver(ProcessEngine engine) {
    this.engine = engine;
  }

  public static String newCode() {
    return "KH-T" + System.nanoTime() % 1_000_000 + "-" + CODES.incrementAndGet();
  }

  /** A plan for today's date: registration in 10 days, nominations 20, report 30, end 40. */
  public static Map<String, Object> plan(String code, List<String> unitKinds, List<Map<String, String>> assignments) {
    LocalDate today = Steps.today();
    Map<String, Object> plan = new HashMap<>();
    plan.put(CampaignProcess.Var.CAMPAIGN_CODE, code);
    plan.put(CampaignProcess.Var.CAMPAIGN_NAME, "Phong trào thử nghiệm " + code);
    plan.put(CampaignProcess.Var.CAMPAIGN_KIND, "CHUYEN_DE");
    plan.put(CampaignProcess.Var.SLOGAN, "Đoàn kết, sáng tạo");
    plan.put(CampaignProcess.Var.LEGAL_BASIS, "Luật Thi đua, khen thưởng 2022");
    plan.put(CampaignProcess.Var.START_DATE, today.toString());
    plan.put(CampaignProcess.Var.REGISTRATION_DUE, today.plusDays(10).toString());
    plan.put(CampaignProcess.Var.NOMINATION_DUE, today.plusDays(20).toString());
    plan.put(CampaignProcess.Var.REPORT_DUE, today.plusDays(30).toString());
    plan.put(CampaignProcess.Var.END_DATE, today.plusDays(40).toString());
    plan.put(CampaignProcess.Var.UNIT_KINDS, Vars.json(unitKinds));
    plan.putAll(CampaignProcess.Var.assignmentRows(assignments));
    return plan;
  }

  public <T> T as(String user, Supplier<T> action) {
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .toList();
    // as the REST API and the webapps authenticate: with the user's groups and office (tenant)
    List<String> tenants =
        engine.getIdentityService().createTenantQuery().userMember(user).includingGroupsOfUser(true)
            .list().stream().map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups, tenants);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void as(String user, Runnable action) {
    as(user, () -> {
      action.run();
      return null;
    });
  }

  /** Nội vụ submits the plan form from the Tasklist's start menu. */
  public ProcessInstance draft(Map<String, Object> plan) {
    return draft("noivu", plan);
  }

  /** The Nội vụ official {@code user} submits the plan form from the Tasklist's start menu. */
  public ProcessInstance draft(String user, Map<String, Object> plan) {
    return as(
        user,
        () -> {
          String definitionId =
              engine.getRepositoryService().createProcessDefinitionQuery()
                  .processDefinitionKey(CampaignProcess.KEY).latestVersion().singleResult().getId();
          assertThat(engine.getFormService().getDeployedStartForm(definitionId)).isNotNull();
          return engine.getFormService().submitStartForm(definitionId, plan);
        });
  }

  /** Submits the start form of the objection process as the user, as the Tasklist does. */
  public ProcessInstance startObjection(String user, Map<String, Object> form) {
    return as(
        user,
        () -> {
          String definition =
              engine.getRepositoryService().createProcessDefinitionQuery()
                  .processDefinitionKey(vn.tdkt.disclosure.ObjectionProcess.KEY).latestVersion()
                  .singleResult().getId();
          assertThat(engine.getFormService().getDeployedStartForm(definition))
              .as("deployed start form of the objection process").isNotNull();
          return engine.getFormService().submitStartForm(definition, Variables.fromMap(form));
        });
  }

  /** The tasks of a campaign with this key that the user sees in the Tasklist. */
  public List<Task> tasks(String user, String campaignCode, String taskKey) {
    return as(
        user,
        () ->
            engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(campaignCode)
                .taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc()
                .list());
  }

  public Task task(String user, String campaignCode, String taskKey) {
    List<Task> tasks = tasks(user, campaignCode, taskKey);
    assertThat(tasks).as("%s sees one %s task of %s", user, taskKey, campaignCode).hasSize(1);
    if (strict) {
      seenOnlyByItsUsers(user, tasks.get(0));
    }
    return tasks.get(0);
  }

  private void seenOnlyByItsUsers(String user, Task task) {
    java.util.Set<String> groups = new java.util.HashSet<>(
        engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    boolean candidate = user.equals(task.getAssignee())
        || engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .anyMatch(l -> user.equals(l.getUserId()) || (l.getGroupId() != null && groups.contains(l.getGroupId())));
    assertThat(candidate).as("%s is a candidate of %s", user, task.getName()).isTrue();
    boolean inFilter = as(user, () -> engine.getFilterService().createTaskFilterQuery().list().stream()
        .anyMatch(f -> engine.getFilterService().<Task>list(f.getId()).stream().anyMatch(t -> t.getId().equals(task.getId()))));
    assertThat(inFilter).as("%s finds %s in a Tasklist filter", user, task.getName()).isTrue();
    Object unit = engine.getTaskService().getVariable(task.getId(), "unitCode");
    String outsider = engine.getIdentityService().createGroupQuery().groupType("UNIT").list().stream()
        .map(Group::getId)
        .filter(g -> !g.equals("unit-" + unit))
        .map(g -> engine.getIdentityService().createUserQuery().memberOfGroup(g).list())
        .filter(members -> !members.isEmpty() && !members.get(0).getId().equals(user))
        .map(members -> members.get(0).getId())
        .findFirst().orElseThrow();
    assertThat(as(outsider, () -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count()))
        .as("%s (another unit) sees %s", outsider, task.getName()).isZero();
    assertThat(as(outsider, () -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).count()))
        .as("%s (another unit) sees the process of %s", outsider, task.getName()).isZero();
  }

  /** Opens the task's form (it must be deployed), claims the task and submits the form. */
  public void complete(String user, Task task, Map<String, Object> form) {
    as(
        user,
        () -> {
          assertThat(engine.getFormService().getDeployedTaskForm(task.getId()))
              .as("deployed form of %s", task.getTaskDefinitionKey())
              .isNotNull();
          for (Map.Entry<String, Object> field : form.entrySet()) {
            // the Tasklist submits a field with the type of the variable it was loaded from
            org.camunda.bpm.engine.variable.value.TypedValue loaded =
                engine.getTaskService().getVariableTyped(task.getId(), field.getKey(), false);
            assertThat(loaded == null || loaded.getType() != org.camunda.bpm.engine.variable.type.ValueType.NULL
                    || field.getValue() == null)
                .as("%s of %s is loaded as type Null: the Tasklist would submit it as Null and fail",
                    field.getKey(), task.getTaskDefinitionKey())
                .isTrue();
          }
          if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), user);
          }
          engine.getFormService().submitTaskForm(task.getId(), Variables.fromMap(form));
        });
  }

  public void complete(String user, String campaignCode, String taskKey, Map<String, Object> form) {
    complete(user, task(user, campaignCode, taskKey), form);
  }

  /** Runs every job that is due now (async continuations, mails, past timers) until none is left. */
  public int runJobs() {
    int ran = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return ran;
      }
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
        ran++;
      }
    }
    throw new AssertionError("Jobs keep coming after 100 rounds");
  }

  /** Fires the timers of this element for the campaign, if any are waiting, then runs jobs. */
  public void fireTimersIfAny(String campaignCode, String activityId) {
    for (ProcessInstance instance :
        engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(campaignCode).list()) {
      for (Job timer : engine.getManagementService().createJobQuery().timers().activityId(activityId)
          .processInstanceId(instance.getId()).list()) {
        engine.getManagementService().executeJob(timer.getId());
      }
    }
    runJobs();
  }

  /** Fires the timer of this element for the campaign (as if its date had come), then runs jobs. */
  public void fireTimers(String campaignCode, String activityId) {
    List<Job> timers = new ArrayList<>();
    for (ProcessInstance instance :
        engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(campaignCode).list()) {
      timers.addAll(
          engine.getManagementService().createJobQuery().timers().activityId(activityId)
              .processInstanceId(instance.getId()).list());
    }
    assertThat(timers).as("timers at %s", activityId).isNotEmpty();
    for (Job timer : timers) {
      engine.getManagementService().executeJob(timer.getId());
    }
    runJobs();
  }

  public static List<String> recipients(Message[] messages) throws MessagingException {
    List<String> result = new ArrayList<>();
    for (Message m : messages) {
      result.add(m.getAllRecipients()[0].toString());
    }
    return result;
  }
}
