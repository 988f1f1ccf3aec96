package vn.tdkt.nomination;

import static vn.tdkt.nomination.NominationProcess.Var.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.system.Vars;

@Configuration
public class NominationDelegates {

  private final NominationService service;
  private final NominationProcess process;
  private final NominationRepository nominations;
  private final vn.tdkt.system.Deadlines deadlines;
  private final vn.tdkt.system.Messages messages;

  public NominationDelegates(
      NominationService service,
      NominationProcess process,
      NominationRepository nominations,
      vn.tdkt.system.Deadlines deadlines,
      vn.tdkt.system.Messages messages) {
    this.service = service;
    this.process = process;
    this.nominations = nominations;
    this.deadlines = deadlines;
    this.messages = messages;
  }

  /** The unit's nominate step: one dossier per pass, or none. */
  @Bean
  public JavaDelegate submitNominationDelegate() {
    return execution -> {
      boolean submits = NominationProcess.HasNomination.YES.equals(Vars.text(execution, HAS_NOMINATION));
      if (submits) {
        String name = Vars.text(execution, NOMINEE_NAME);
        service.submit(
            Vars.id(execution, CampaignProcess.Var.CAMPAIGN_ID),
            Vars.text(execution, CampaignProcess.Var.UNIT_CODE),
            new NominationService.Dossier(
                Vars.text(execution, NOMINEE_KIND),
                Vars.text(execution, NOMINEE_NAME),
                Vars.text(execution, NOMINEE_POSITION),
                Vars.text(execution, AWARD_TYPE),
                Vars.text(execution, ACHIEVEMENTS),
                Vars.text(execution, DOCUMENT_LINK),
                Vars.flag(execution, WOMEN_PRIORITY)));
        // a list (JSON, of any length: a unit may nominate hundreds), shown as a table by the form
        java.util.List<java.util.Map<String, Object>> submitted = submittedSoFar(execution.getVariable(SUBMITTED_NOMINEES));
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("name", name);
        row.put("award", messages.get(vn.tdkt.rules.AwardType.valueOf(Vars.text(execution, AWARD_TYPE)).labelKey()));
        submitted.add(row);
        execution.setVariable(SUBMITTED_NOMINEES, Vars.json(submitted));
      }
      boolean again = submits && Vars.flag(execution, MORE_NOMINATIONS);
      execution.removeVariables(java.util.List.of(NOMINATE_FORM));
      execution.setVariable(NOMINATE_AGAIN, again);
    };
  }

  @Bean
  public JavaDelegate recordAppraisalDelegate() {
    return execution -> {
      NominationStatus status =
          service.appraise(
              Vars.id(execution, NOMINATION_ID),
              Vars.text(execution, APPRAISAL_OUTCOME),
              Vars.text(execution, APPRAISAL_REASON),
              Vars.text(execution, MISSING_ITEMS),
              Vars.text(execution, REVIEW_STATUS));
      if (status == NominationStatus.BI_TRA_LAI) {
        execution.setVariable(SUPPLEMENT_REQUESTED, true);
        java.time.LocalDate due = deadlines.supplementDueDay();
        nominations.setSupplementDue(Vars.id(execution, NOMINATION_ID), due);
        execution.setVariable(SUPPLEMENT_DUE, deadlines.endOf(due));
        execution.setVariable(SUPPLEMENT_DUE_TEXT, Vars.display(due));
      }
    };
  }

  @Bean
  public JavaDelegate supplementNominationDelegate() {
    return execution -> {
      Nomination updated =
          service.supplement(
              Vars.id(execution, NOMINATION_ID),
              Vars.text(execution, ACHIEVEMENTS),
              Vars.text(execution, DOCUMENT_LINK),
              Vars.text(execution, SUPPLEMENT_NOTE));
      execution.setVariables(process.dossierView(updated));
      execution.removeVariables(java.util.List.of(APPRAISAL_OUTCOME, APPRAISAL_REASON));
    };
  }

  /** The dossiers a unit submitted so far: the list's rows, or a text of names made before the list. */
  static java.util.List<java.util.Map<String, Object>> submittedSoFar(Object value) {
    java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
    if (value instanceof org.camunda.spin.json.SpinJsonNode node && node.isArray()) {
      node.elements().forEach(e -> {
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        e.fieldNames().forEach(f -> row.put(f, e.prop(f).isString() ? e.prop(f).stringValue() : e.prop(f).toString()));
        rows.add(row);
      });
    } else if (value instanceof String text && !text.isBlank()) {
      for (String name : text.split("; ")) {
        rows.add(new java.util.LinkedHashMap<>(java.util.Map.of("name", name)));
      }
    }
    return rows;
  }
}
