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

  /** Input parameter of a fan-out's mail task: the units that get one mail each. */
  public static final String MAIL_UNITS = "mailUnits";

  /**
   * Queues one e-mail of {@code mailTemplate} to each unit of {@code mailUnits} for the campaign, sent
   * by parallel batch jobs after this step's save point.
   */
  @Bean
  public JavaDelegate queueMailsDelegate(MailOutbox outbox) {
    return execution -> {
      Object units = execution.getVariable(MAIL_UNITS);
      if (!(units instanceof java.util.Collection<?> codes)) {
        throw new IllegalStateException("mailUnits is not a list of unit codes: " + units);
      }
      outbox.queue(execution, Vars.text(execution, MAIL_TEMPLATE),
          Vars.id(execution, CampaignProcess.Var.CAMPAIGN_ID),
          codes.stream().map(String::valueOf).toList());
    };
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
