package vn.tdkt.disclosure;


import static vn.tdkt.disclosure.Disclosure.Var.DISCLOSURE_CHANNEL;
import static vn.tdkt.disclosure.Disclosure.Var.DISCLOSURE_DAYS;
import static vn.tdkt.disclosure.Disclosure.Var.DISCLOSURE_END;
import static vn.tdkt.disclosure.Disclosure.Var.DISCLOSURE_END_TEXT;
import static vn.tdkt.disclosure.Disclosure.Var.DISCLOSURE_TABLE;
import static vn.tdkt.disclosure.Disclosure.Var.OBJECTION_TABLE;
import static vn.tdkt.disclosure.Disclosure.Var.PENDING_COUNT;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.UnitDirectory;

/** Publishing the list before the council, and the objections to it. */
@Configuration
public class DisclosureDelegates {


  private final DisclosureService disclosure;
  private final NominationRepository nominations;
  private final UnitDirectory units;
  private final Messages messages;
  private final vn.tdkt.nomination.NomineeRows rows;
  private final vn.tdkt.system.CurrentUser currentUser;
  private final vn.tdkt.office.OfficeDirectory offices;

  public DisclosureDelegates(
      DisclosureService disclosure,
      NominationRepository nominations,
      UnitDirectory units,
      Messages messages,
      vn.tdkt.nomination.NomineeRows rows,
      vn.tdkt.system.CurrentUser currentUser,
      vn.tdkt.office.OfficeDirectory offices) {
    this.disclosure = disclosure;
    this.nominations = nominations;
    this.units = units;
    this.messages = messages;
    this.rows = rows;
    this.currentUser = currentUser;
    this.offices = offices;
  }

  /** Nội vụ's publish task shows the list as it stands, the dossiers still pending and the period. */
  @Bean
  public TaskListener disclosureListListener() {
    return task -> {
      long campaignId = Vars.id(task, CampaignProcess.Var.CAMPAIGN_ID);
      task.setVariableLocal(
          DISCLOSURE_TABLE,
          Vars.json(disclosure.eligible(campaignId).stream().map(rows.batch()::row).toList()));
      task.setVariableLocal(PENDING_COUNT, disclosure.pending(campaignId).size());
      task.setVariableLocal(DISCLOSURE_DAYS, disclosure.workingDays());
      task.setVariableLocal(DISCLOSURE_END_TEXT, Vars.display(disclosure.endIfPublishedToday()));
      if (task.getVariable(DISCLOSURE_CHANNEL) == null) {
        task.setVariable(
            DISCLOSURE_CHANNEL,
            messages.get("disclosure.channel.default",
                offices.ofCampaign(disclosure.officeOf(campaignId))
                    .map(vn.tdkt.office.Office::name).orElse("")));
      }
    };
  }

  @Bean
  public JavaDelegate publishListDelegate() {
    return execution -> {
      long campaignId = Vars.id(execution, CampaignProcess.Var.CAMPAIGN_ID);
      execution.setVariable(
          DISCLOSURE_END, disclosure.publish(campaignId, Vars.text(execution, DISCLOSURE_CHANNEL)));
      execution.setVariable(DISCLOSURE_END_TEXT, Vars.display(disclosure.endIfPublishedToday()));
      execution.setVariable(OBJECTION_TABLE, Vars.json(disclosure.objectionTable(campaignId)));
    };
  }

  /** Stores an objection from the start form; refuses it (and so the start) if it is not valid. */
  @Bean
  public JavaDelegate recordObjectionDelegate() {
    return execution -> {
      Object rawId = execution.getVariable(ObjectionProcess.Var.NOMINATION_ID);
      Long nominationId;
      try {
        nominationId = rawId == null ? null : Long.valueOf(String.valueOf(rawId).strip().replaceAll("\\.0$", ""));
      } catch (NumberFormatException e) {
        throw messages.reject("objection.nomination.unknown", rawId);
      }
      String code = Vars.text(execution, ObjectionProcess.Var.CAMPAIGN_CODE);
      long id =
          disclosure.receive(
              code,
              nominationId,
              Vars.text(execution, ObjectionProcess.Var.OBJECTOR),
              Vars.text(execution, ObjectionProcess.Var.OBJECTOR_CONTACT),
              Vars.text(execution, ObjectionProcess.Var.CONTENT),
              currentUser.idOrNull());
      Nomination n = nominations.get(nominationId);
      execution.setProcessBusinessKey(code.strip());
      execution.setVariable(ObjectionProcess.Var.OBJECTION_ID, id);
      // for the e-mail to the unit if the nominee is withdrawn
      execution.setVariable(ObjectionProcess.Var.NOMINATION_ID, nominationId);
      execution.setVariable(CampaignProcess.Var.CAMPAIGN_ID, n.campaignId());
      execution.setVariable(CampaignProcess.Var.UNIT_CODE, n.unitCode());
      execution.setVariable(ObjectionProcess.Var.CAMPAIGN_CODE, code.strip());
      execution.setVariable(
          ObjectionProcess.Var.NOMINEE_NAME, n.nomineeName() + " (" + units.nameOf(n.unitCode()) + ")");
      execution.setVariable(
          ObjectionProcess.Var.NOMINEE_TABLE, Vars.json(List.of(rows.row(n))));
      execution.setVariable(ObjectionProcess.Var.OUTCOME, "");
      execution.setVariable(ObjectionProcess.Var.RESOLUTION, "");
    };
  }

  @Bean
  public JavaDelegate resolveObjectionDelegate() {
    return execution ->
        disclosure.resolve(
            Vars.id(execution, ObjectionProcess.Var.OBJECTION_ID),
            Vars.text(execution, ObjectionProcess.Var.OUTCOME),
            Vars.text(execution, ObjectionProcess.Var.RESOLUTION),
            currentUser.idOrNull());
  }
}
