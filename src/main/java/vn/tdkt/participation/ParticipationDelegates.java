package vn.tdkt.participation;

import static vn.tdkt.participation.ParticipationProcess.Var.*;

import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;

@Configuration
public class ParticipationDelegates {

  private final ParticipationService service;
  private final Messages messages;

  public ParticipationDelegates(ParticipationService service, Messages messages) {
    this.service = service;
    this.messages = messages;
  }

  @Bean
  public JavaDelegate saveRegistrationDelegate() {
    return execution -> {
      ParticipationService.Registration registration;
      try {
        registration =
            new ParticipationService.Registration(
                Vars.text(execution, ACTIVITY_NAME),
                Vars.text(execution, ACTIVITY_KIND),
                Vars.date(execution, ACTIVITY_DATE),
                Vars.text(execution, REGISTRATION_NOTE),
                Vars.text(execution, CONTACT_EMAIL));
      } catch (DateTimeParseException e) {
        throw messages.reject("form.date.invalid", messages.get("field.activityDate"));
      }
      service.register(
          campaignId(execution),
          unitCode(execution),
          registration,
          deadline(execution, CampaignProcess.UnitView.REGISTRATION_DEADLINE));
      // the registration lives in its table; only the name stays, the report form shows it
      execution.removeVariables(REGISTRATION_FORM_ONLY);
    };
  }

  @Bean
  public JavaDelegate saveReportDelegate() {
    return execution -> {
      Integer participants;
      try {
        participants = Vars.integer(execution, PARTICIPANTS);
      } catch (NumberFormatException e) {
        throw messages.reject("report.participants.range");
      }
      service.report(
          campaignId(execution),
          unitCode(execution),
          new ParticipationService.Report(
              Vars.text(execution, RESULT_SUMMARY), participants, Vars.text(execution, RESULT_LINK)),
          deadline(execution, CampaignProcess.UnitView.REPORT_DEADLINE));
      // the report lives in its table
      execution.removeVariables(REPORT_FORM);
    };
  }

  @Bean
  public JavaDelegate saveResponsibilityDelegate() {
    return execution ->
        service.completeResponsibility(
            Vars.id(execution, RESPONSIBILITY_ID), Vars.text(execution, RESPONSIBILITY_RESULT));
  }

  private static long campaignId(VariableScope scope) {
    return Vars.id(scope, CampaignProcess.Var.CAMPAIGN_ID);
  }

  private static String unitCode(VariableScope scope) {
    return Vars.text(scope, CampaignProcess.Var.UNIT_CODE);
  }

  /**
   * A deadline of the campaign as the unit's instance has it: in its JSON view, or, in an instance
   * started before the view, in a date variable of the same name.
   */
  static java.time.Instant deadline(VariableScope scope, String name) {
    java.time.Instant inView =
        vn.tdkt.system.Deadlines.instantIn(scope.getVariable(CampaignProcess.Var.CAMPAIGN), name);
    if (inView != null) {
      return inView;
    }
    return scope.getVariable(name) instanceof java.util.Date date ? date.toInstant() : null;
  }
}
