package vn.tdkt.campaign;

import static vn.tdkt.campaign.CampaignProcess.Var.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/** The campaign process's delegates: each reads its input, calls the service once, writes output. */
@Configuration
public class CampaignDelegates {

  private final CampaignService service;
  private final CampaignRepository campaigns;
  private final Deadlines deadlines;
  private final Messages messages;
  private final UnitDirectory units;
  private final vn.tdkt.office.OfficeDirectory offices;
  private final CampaignProcess process;


  public CampaignDelegates(
      CampaignService service,
      CampaignRepository campaigns,
      Deadlines deadlines,
      Messages messages,
      UnitDirectory units,
      vn.tdkt.office.OfficeDirectory offices,
      @org.springframework.context.annotation.Lazy CampaignProcess process) {
    this.offices = offices;
    this.process = process;
    this.service = service;
    this.campaigns = campaigns;
    this.deadlines = deadlines;
    this.messages = messages;
    this.units = units;
  }

  @Bean
  public JavaDelegate saveCampaignDelegate() {
    return execution -> {
      Long id = Vars.id(execution, CAMPAIGN_ID);
      Plan plan = PlanForm.read(execution, messages, deadlines);
      if (id != null && !campaigns.get(id).code().equals(plan.code())) {
        throw messages.reject("plan.code.fixed");
      }
      String user = Vars.text(execution, INITIATOR);
      if (user == null && execution.getProcessEngineServices() != null) {
        var authentication =
            execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        user = authentication == null ? null : authentication.getUserId();
      }
      // a new campaign is its instance's office's (the tenant); a cascaded one carries out its parent
      long saved = service.saveDraft(id, plan, user, execution.getTenantId(),
          Vars.id(execution, PARENT_CAMPAIGN_ID));
      if (id == null) {
        execution.setVariable(CAMPAIGN_ID, saved);
        execution.setProcessBusinessKey(plan.code());
      }
      execution.setVariable(
          PERIOD_TEXT, Vars.display(plan.startDate()) + " – " + Vars.display(plan.endDate()));
      execution.setVariable(REGISTRATION_DUE_TEXT, Vars.display(plan.registrationDeadline()));
      execution.setVariable(REPORT_DUE_TEXT, Vars.display(plan.reportDeadline()));
      execution.setVariable(NOMINATION_DUE_TEXT, Vars.display(plan.nominationDeadline()));
      execution.setVariable(
          ASSIGNMENT_TABLE,
          Vars.json(
              plan.assignments().stream()
                  .map(a -> java.util.Map.of(
                      "unit", units.nameOf(a.unitCode()), "description", a.description()))
                  .toList()));
      execution.removeVariable(PLAN_DECISION);
    };
  }

  @Bean
  public JavaDelegate recordPlanDecisionDelegate() {
    return execution ->
        service.decide(
            Vars.id(execution, CAMPAIGN_ID),
            Vars.text(execution, PLAN_DECISION),
            Vars.text(execution, RETURN_REASON));
  }

  @Bean
  public JavaDelegate activateCampaignDelegate() {
    return execution -> {
      long id = Vars.id(execution, CAMPAIGN_ID);
      List<Unit> units = service.launch(id);
      Campaign campaign = campaigns.get(id);
      execution.setVariable(UNIT_CODES, new ArrayList<>(units.stream().map(Unit::code).toList()));
      execution.setVariable(UNIT_COUNT, units.size());
      // a title cycle's units register for the year's titles and propose at its end; its clusters
      // with a head that year and members to rank compete as such
      boolean titleCycle = campaigns.isTitleCycle(id);
      execution.setVariable(TITLE_CYCLE, titleCycle);
      List<String> clusters = new ArrayList<>();
      List<String> headless = new ArrayList<>();
      if (titleCycle && campaign.officeCode() != null) {
        int year = campaign.startDate().getYear();
        List<Unit> active = this.units.active(campaign.officeCode());
        for (vn.tdkt.office.Cluster c : offices.clusters(campaign.officeCode())) {
          long members = active.stream().filter(u -> c.code().equals(u.clusterCode())).count();
          if (c.headIn(year).isPresent() && members >= 2) {
            clusters.add(c.code());
          } else {
            headless.add(c.name());
          }
        }
      }
      execution.setVariable(CLUSTER_CODES, clusters);
      execution.setVariable(CLUSTERS_NOT_RUN, headless.isEmpty() ? null : String.join(", ", headless));
      // the units' deadlines go to them in the campaign view; the campaign itself waits for the
      // nomination deadline and the end of the period
      execution.setVariable(NOMINATION_DEADLINE, deadlines.endOf(campaign.nominationDeadline()));
      execution.setVariable(PERIOD_END, deadlines.endOf(campaign.endDate()));
      execution.setVariable(CAMPAIGN, Vars.json(unitView(campaign)));
      // a city's plan goes on to its wards and communes
      execution.setVariable(CHILD_OFFICES, new ArrayList<>(campaign.officeCode() == null ? List.of()
          : offices.children(campaign.officeCode()).stream().map(vn.tdkt.office.Office::code).toList()));
    };
  }

  /**
   * Sends the launched plan to one office below: a campaign of that office begins with a task for its
   * Nội vụ, the form filled from this plan (its name, kind, slogan, dates; its number and date as the
   * legal basis), the deadlines this plan's at the latest.
   */
  @Bean
  public JavaDelegate cascadePlanDelegate() {
    return execution -> {
      Campaign parent = campaigns.get(Vars.id(execution, CAMPAIGN_ID));
      String office = Vars.text(execution, CHILD_OFFICE);
      String issuedBy = offices.ofCampaign(parent.officeCode()).map(vn.tdkt.office.Office::name).orElse("");
      String today = Vars.display(deadlines.today());
      Map<String, Object> values = new java.util.HashMap<>();
      values.put(OFFICE_CODE, office);
      values.put(PARENT_CAMPAIGN_ID, parent.id());
      values.put(PARENT_CAMPAIGN_CODE, parent.code());
      values.put(PARENT_PLAN_TEXT, messages.get("cascade.parentPlan", parent.code(), today, issuedBy,
          Vars.display(parent.registrationDeadline()), Vars.display(parent.reportDeadline()),
          Vars.display(parent.nominationDeadline()), Vars.display(parent.endDate())));
      values.put(CAMPAIGN_NAME, parent.name());
      values.put(CAMPAIGN_KIND, parent.kind());
      values.put(SLOGAN, parent.slogan());
      values.put(LEGAL_BASIS, messages.get("cascade.legalBasis", parent.code(), today, issuedBy));
      values.put(START_DATE, parent.startDate().toString());
      values.put(END_DATE, parent.endDate().toString());
      values.put(REGISTRATION_DUE, parent.registrationDeadline().toString());
      values.put(REPORT_DUE, parent.reportDeadline().toString());
      values.put(NOMINATION_DUE, parent.nominationDeadline().toString());
      process.cascade(values);
    };
  }

  @Bean
  public TaskListener campaignProgressListener() {
    return task -> {
      long id = Vars.id(task, CAMPAIGN_ID);
      task.setVariableLocal(PROGRESS_TABLE, Vars.json(service.figures(id)));
      List<Map<String, Object>> overdue = service.overdue(id);
      task.setVariableLocal(OVERDUE_TABLE, Vars.json(overdue));
      task.setVariableLocal(OVERDUE_COUNT, overdue.size());
      task.setVariableLocal(PROGRESS_TOTALS, service.totals(id));
    };
  }

  @Bean
  public JavaDelegate campaignFiguresDelegate() {
    return execution -> {
      long id = Vars.id(execution, CAMPAIGN_ID);
      execution.setVariable(SUMMARY_TABLE, Vars.json(service.figures(id)));
      execution.setVariable(SUMMARY_TOTALS, service.totals(id));
    };
  }

  @Bean
  public JavaDelegate closeCampaignDelegate() {
    return execution -> {
      // the final report, with the conclusion, follows as its own job (Task_LuuBaoCaoTongKet)
      service.close(Vars.id(execution, CAMPAIGN_ID), Vars.text(execution, SUMMARY_CONCLUSION));
    };
  }

  /** The campaign as each unit's instance shows and times it ({@link CampaignProcess.UnitView}). */
  private java.util.Map<String, Object> unitView(Campaign campaign) {
    java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
    view.put(CampaignProcess.UnitView.NAME, campaign.name());
    view.put(CampaignProcess.UnitView.PERIOD,
        Vars.display(campaign.startDate()) + " – " + Vars.display(campaign.endDate()));
    view.put(CampaignProcess.UnitView.REGISTRATION_DUE, Vars.display(campaign.registrationDeadline()));
    view.put(CampaignProcess.UnitView.REPORT_DUE, Vars.display(campaign.reportDeadline()));
    view.put(CampaignProcess.UnitView.NOMINATION_DUE, Vars.display(campaign.nominationDeadline()));
    view.put(CampaignProcess.UnitView.REGISTRATION_DEADLINE,
        deadlines.endOf(campaign.registrationDeadline()).toInstant().toString());
    view.put(CampaignProcess.UnitView.REPORT_DEADLINE,
        deadlines.endOf(campaign.reportDeadline()).toInstant().toString());
    view.put(CampaignProcess.UnitView.NOMINATION_DEADLINE,
        deadlines.endOf(campaign.nominationDeadline()).toInstant().toString());
    return view;
  }
}
