package vn.tdkt.cluster;

import static vn.tdkt.cluster.ClusterProcess.Var.*;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.UnitDirectory;

/** The cluster process's steps: each reads its form, calls {@link ClusterService} once. */
@Configuration
public class ClusterDelegates {

  private final ClusterService service;
  private final Messages messages;

  public ClusterDelegates(ClusterService service, Messages messages) {
    this.service = service;
    this.messages = messages;
  }

  /** The cluster's round of the year: its name, its head and its members, for the tasks. */
  @Bean
  public JavaDelegate openClusterDelegate() {
    return execution -> {
      ClusterService.Round round = service.open(campaignId(execution), cluster(execution));
      execution.setVariable(CLUSTER_NAME, round.name());
      execution.setVariable(HEAD_UNIT, round.head());
      execution.setVariable(HEAD_NAME, round.headName());
      execution.setVariable(HEAD_GROUP, UnitDirectory.GROUP_PREFIX + round.head());
      execution.setVariable(MEMBER_CODES, new ArrayList<>(round.members()));
    };
  }

  @Bean
  public JavaDelegate saveCompactDelegate() {
    return execution -> {
      service.compact(campaignId(execution), cluster(execution), Vars.text(execution, COMPACT_LINK),
          date(execution, COMPACT_SIGNED, "field.compactSigned"), Vars.rows(execution, CRITERIA));
      execution.removeVariables(COMPACT_FORM);
    };
  }

  /** A member's scoring task shows the criteria, a row each (in the member's own execution). */
  @Bean
  public TaskListener scoringFormListener() {
    return task -> task.getExecution().setVariableLocal(SCORES,
        Vars.json(service.scoringRows(campaignId(task), cluster(task))));
  }

  /** A member's scores, saved in the step after its task (a refusal keeps the task open). */
  @Bean
  public JavaDelegate saveScoresDelegate() {
    return execution -> {
      service.score(campaignId(execution), cluster(execution), Vars.text(execution, MEMBER_CODE),
          Vars.rows(execution, SCORES));
      execution.removeVariable(SCORES);
    };
  }

  @Bean
  public TaskListener reviewFormListener() {
    return task -> task.getExecution().setVariable(REVIEWS,
        Vars.json(service.reviewRows(campaignId(task), cluster(task))));
  }

  @Bean
  public JavaDelegate saveReviewDelegate() {
    return execution -> {
      service.review(campaignId(execution), cluster(execution), Vars.rows(execution, REVIEWS));
      execution.removeVariable(REVIEWS);
    };
  }

  /** The meeting's form: the ranking as a table, and a row per member to propose or not. */
  @Bean
  public TaskListener rankingFormListener() {
    return task -> {
      var ranking = service.ranking(campaignId(task), cluster(task));
      task.setVariableLocal(RANKING, Vars.json(ranking));
      task.getExecution().setVariable(PROPOSALS, Vars.json(ranking));
    };
  }

  @Bean
  public JavaDelegate submitClusterProposalsDelegate() {
    return execution -> {
      service.propose(campaignId(execution), cluster(execution), Vars.text(execution, CLUSTER_NAME),
          date(execution, MEETING_DATE, "field.clusterMeeting"), Vars.text(execution, MINUTES_LINK),
          Vars.rows(execution, PROPOSALS));
      execution.removeVariables(RANK_FORM);
    };
  }

  private java.time.LocalDate date(VariableScope scope, String name, String label) {
    try {
      return Vars.date(scope, name);
    } catch (DateTimeParseException e) {
      throw messages.reject("form.date.invalid", messages.get(label));
    }
  }

  private static long campaignId(VariableScope scope) {
    return Vars.id(scope, CampaignProcess.Var.CAMPAIGN_ID);
  }

  private static String cluster(VariableScope scope) {
    return Vars.text(scope, CLUSTER_CODE);
  }

}
