package vn.tdkt.campaign;

import static vn.tdkt.campaign.CampaignProcess.Var.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.UnitKind;

/** Reads the plan form (draft and revision share their field keys). */
final class PlanForm {

  private PlanForm() {}

  static Plan read(VariableScope vars, Messages messages) {
    List<UnitKind> kinds = new ArrayList<>();
    for (String kind : Vars.strings(vars, UNIT_KINDS)) {
      try {
        kinds.add(UnitKind.valueOf(kind));
      } catch (IllegalArgumentException e) {
        throw messages.reject("plan.units.unknownKind", kind);
      }
    }
    return new Plan(
        Vars.text(vars, CAMPAIGN_CODE),
        Vars.text(vars, CAMPAIGN_NAME),
        Vars.text(vars, CAMPAIGN_KIND),
        Vars.text(vars, SLOGAN),
        Vars.text(vars, LEGAL_BASIS),
        date(vars, START_DATE, "field.startDate", messages),
        date(vars, END_DATE, "field.endDate", messages),
        date(vars, REGISTRATION_DUE, "field.registrationDue", messages),
        date(vars, REPORT_DUE, "field.reportDue", messages),
        date(vars, NOMINATION_DUE, "field.nominationDue", messages),
        kinds,
        assignments(vars));
  }

  private static LocalDate date(VariableScope vars, String name, String label, Messages messages) {
    try {
      LocalDate date = Vars.date(vars, name);
      if (date == null) {
        throw messages.reject("form.required", messages.get(label));
      }
      return date;
    } catch (DateTimeParseException e) {
      throw messages.reject("form.date.invalid", messages.get(label));
    }
  }

  private static List<Plan.Assignment> assignments(VariableScope vars) {
    List<Plan.Assignment> result = new ArrayList<>();
    for (int row = 1; row <= ASSIGNMENT_ROWS; row++) {
      String unit = Vars.text(vars, assignmentUnit(row));
      String description = Vars.text(vars, assignmentDescription(row));
      if (unit != null || description != null) {
        result.add(new Plan.Assignment(unit, description));
      }
    }
    return result;
  }
}
