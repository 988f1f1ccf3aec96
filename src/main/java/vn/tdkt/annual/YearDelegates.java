package vn.tdkt.annual;

import static vn.tdkt.annual.YearProcess.Var.*;

import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;

/** The year process's steps: each reads the form, calls {@link YearService} once. */
@Configuration
public class YearDelegates {

  private final YearService service;
  private final Messages messages;

  public YearDelegates(YearService service, Messages messages) {
    this.service = service;
    this.messages = messages;
  }

  @Bean
  public JavaDelegate saveTitleRegistrationDelegate() {
    return execution -> {
      service.registerTitles(
          campaignId(execution),
          unitCode(execution),
          Vars.text(execution, COLLECTIVE_TITLE),
          Vars.rows(execution, INDIVIDUALS),
          Deadlines.instantIn(
              execution.getVariable(CampaignProcess.Var.CAMPAIGN),
              CampaignProcess.UnitView.REGISTRATION_DEADLINE));
      // the registration lives in its table (and in the history)
      execution.removeVariables(REGISTRATION_FORM);
    };
  }

  /** The year-end form shows what the unit registered at the start of the year. */
  @Bean
  public TaskListener yearProposalListener() {
    return task -> {
      task.setVariableLocal(
          REGISTERED_TITLES, Vars.json(service.registeredView(campaignId(task), unitCode(task))));
      String code = Vars.text(task, CampaignProcess.Var.CAMPAIGN_CODE);
      task.setVariableLocal(NOMINEE_TEMPLATE_URL, YearController.templateLink(code));
      task.setVariableLocal(NOMINEE_UPLOAD_URL, YearController.uploadLink(code));
    };
  }

  @Bean
  public JavaDelegate submitYearProposalDelegate() {
    return execution -> {
      java.time.LocalDate meeting;
      try {
        meeting = Vars.date(execution, MEETING_DATE);
      } catch (DateTimeParseException e) {
        throw messages.reject("form.date.invalid", messages.get("field.meetingDate"));
      }
      service.propose(
          campaignId(execution),
          unitCode(execution),
          new YearService.Proposal(
              Vars.text(execution, YEAR_SUMMARY),
              meeting,
              Vars.text(execution, MINUTES_LINK),
              Vars.rows(execution, NOMINEES)),
          Deadlines.instantIn(
              execution.getVariable(CampaignProcess.Var.CAMPAIGN),
              CampaignProcess.UnitView.NOMINATION_DEADLINE));
      // the report and the dossiers live in their tables
      execution.removeVariables(PROPOSAL_FORM);
    };
  }

  private static long campaignId(VariableScope scope) {
    return Vars.id(scope, CampaignProcess.Var.CAMPAIGN_ID);
  }

  private static String unitCode(VariableScope scope) {
    return Vars.text(scope, CampaignProcess.Var.UNIT_CODE);
  }
}
