package vn.tdkt.document;

import static vn.tdkt.campaign.CampaignProcess.Var.*;
import static vn.tdkt.council.CouncilProcess.Var.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.system.Vars;

/**
 * The papers as their own steps of the campaign: each runs after a save point (asyncBefore, retried
 * as the mail is), so a paper that cannot be written becomes a retried job and, at the end, an
 * incident in Cockpit, while the tally or the decision it follows stays recorded.
 */
@Configuration
public class DocumentDelegates {

  private final DocumentService documents;

  public DocumentDelegates(DocumentService documents) {
    this.documents = documents;
  }

  /** The session's minutes; the draft decision and the proposal to the city when the council passed any. */
  @Bean
  public JavaDelegate sessionPapersDelegate() {
    return execution -> {
      long campaignId = Vars.id(execution, CAMPAIGN_ID);
      long sessionId = Vars.id(execution, SESSION_ID);
      execution.setVariable(MINUTES_URL, DocumentService.url(documents.minutes(campaignId, sessionId)));
      if (Boolean.TRUE.equals(execution.getVariable(LOCAL_AWARDS_PASSED))) {
        execution.setVariable(
            DECISION_DRAFT_URL, DocumentService.url(documents.decisionDraft(campaignId, null, null)));
      }
      if (Boolean.TRUE.equals(execution.getVariable(CITY_AWARDS_PASSED))) {
        execution.setVariable(
            CITY_PROPOSAL_URL, DocumentService.url(documents.cityProposal(campaignId)));
      }
    };
  }

  /** The signed decision with its annex, under the number and date the chairman recorded. */
  @Bean
  public JavaDelegate decisionPaperDelegate() {
    return execution ->
        execution.setVariable(
            DECISION_URL,
            DocumentService.url(
                documents.decisionDraft(
                    Vars.id(execution, CAMPAIGN_ID),
                    Vars.text(execution, DECISION_NUMBER),
                    Vars.date(execution, DECISION_DATE))));
  }

  /** The summary report (Word) and its figures (Excel), linked from the summary form. */
  @Bean
  public JavaDelegate summaryPaperDelegate() {
    return execution -> {
      long id = Vars.id(execution, CAMPAIGN_ID);
      execution.setVariable(SUMMARY_URL, DocumentService.url(documents.summary(id)));
      documents
          .latest(id, DocumentKind.SUMMARY_XLSX)
          .ifPresent(x -> execution.setVariable(SUMMARY_XLSX_URL, DocumentService.url(x.id())));
    };
  }
}
