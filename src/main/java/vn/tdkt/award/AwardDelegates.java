package vn.tdkt.award;

import static vn.tdkt.campaign.CampaignProcess.Var.*;
import static vn.tdkt.council.CouncilProcess.Var.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;

@Configuration
public class AwardDelegates {

  private final AwardService awards;
  private final CityForwarding forwarding;
  private final IdentityService identityService;
  private final Messages messages;

  public AwardDelegates(
      AwardService awards,
      CityForwarding forwarding,
      IdentityService identityService,
      Messages messages) {
    this.awards = awards;
    this.forwarding = forwarding;
    this.identityService = identityService;
    this.messages = messages;
  }

  @Bean
  public JavaDelegate recordDecisionDelegate() {
    return execution -> {
      Authentication user = identityService.getCurrentAuthentication();
      execution.setVariable(
          RESULT_UNIT_CODES,
          new ArrayList<>(
              awards.recordDecision(
                  Vars.id(execution, CAMPAIGN_ID),
                  Vars.text(execution, DECISION_NUMBER),
                  date(execution, DECISION_DATE, "field.decisionDate"),
                  user == null ? null : user.getUserId())));
      // the signed decision with its annex follows as its own job (Task_LapQuyetDinh)
    };
  }

  @Bean
  public JavaDelegate recordCityProposalDelegate() {
    return execution ->
        awards.recordCityProposal(
            Vars.id(execution, CAMPAIGN_ID),
            Vars.text(execution, CITY_PROPOSAL_NUMBER),
            date(execution, CITY_PROPOSAL_DATE, "field.cityProposalDate"));
  }

  @Bean
  public JavaDelegate recordCityOutcomeDelegate() {
    return execution ->
        execution.setVariable(
            CITY_RESULT_UNIT_CODES,
            new ArrayList<>(
                awards.recordCityOutcome(
                    Vars.id(execution, CAMPAIGN_ID),
                    new LinkedHashSet<>(Vars.strings(execution, CITY_AWARDED_IDS)),
                    Vars.text(execution, CITY_DECISION_NUMBER),
                    date(execution, CITY_DECISION_DATE, "field.cityDecisionDate"))));
  }

  /** The nominees proposed to the city go into the city's appraisal, if the city takes them. */
  @Bean
  public JavaDelegate forwardToCityDelegate() {
    return execution ->
        execution.setVariable(
            CITY_FORWARDED,
            forwarding.forward(
                Vars.id(execution, CAMPAIGN_ID),
                (String) execution.getVariable(MINUTES_URL),
                (String) execution.getVariable(CITY_PROPOSAL_URL)));
  }

  /** The campaigns below whose forwarded dossiers this campaign decided. */
  @Bean
  public JavaDelegate campaignsBelowDelegate() {
    return execution ->
        execution.setVariable(
            CAMPAIGNS_BELOW, forwarding.campaignsToTell(Vars.id(execution, CAMPAIGN_ID)));
  }

  /** One campaign below is told the outcome of its forwarded dossiers. */
  @Bean
  public JavaDelegate tellCampaignBelowDelegate() {
    return execution ->
        forwarding.tell(Vars.id(execution, CAMPAIGN_ID), Vars.id(execution, CAMPAIGN_BELOW));
  }

  private LocalDate date(DelegateExecution execution, String name, String label) {
    try {
      return Vars.date(execution, name);
    } catch (DateTimeParseException e) {
      throw messages.reject("form.date.invalid", messages.get(label));
    }
  }
}
