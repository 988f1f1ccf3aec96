package vn.tdkt.notification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.system.Vars;

@Configuration
public class NotificationDelegates {

  /** Input parameter of every mail task: which template to send. */
  public static final String MAIL_TEMPLATE = "mailTemplate";

  /**
   * Tells the Nội vụ of the office a campaign was started for ({@code officeCode}) that the plan of
   * the office above ({@code parentCampaignId}) has come down to it.
   */
  @Bean
  public JavaDelegate sendOfficeMailDelegate(NotificationService notifications) {
    return execution ->
        notifications.sendToOffice(
            Vars.text(execution, MAIL_TEMPLATE),
            Vars.id(execution, CampaignProcess.Var.PARENT_CAMPAIGN_ID),
            Vars.text(execution, CampaignProcess.Var.OFFICE_CODE));
  }

  /** Sends one e-mail to the unit in {@code unitCode} (for a dossier when {@code nominationId} is set). */
  @Bean
  public JavaDelegate sendMailDelegate(NotificationService notifications) {
    return execution ->
        notifications.send(
            Vars.text(execution, MAIL_TEMPLATE),
            Vars.id(execution, CampaignProcess.Var.CAMPAIGN_ID),
            Vars.text(execution, CampaignProcess.Var.UNIT_CODE),
            Vars.id(execution, NominationProcess.Var.NOMINATION_ID));
  }
}
