package vn.tdkt.campaign;

import static vn.tdkt.campaign.CampaignProcess.Var.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
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
        assignments(vars.getVariable(RESPONSIBILITIES), messages));
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

  private static List<Plan.Assignment> assignments(Object value, Messages messages) {
    List<Plan.Assignment> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    SpinJsonNode node;
    try {
      node = value instanceof SpinJsonNode n ? n : Spin.JSON(value.toString());
    } catch (RuntimeException e) {
      throw messages.reject("plan.assignment.invalid");
    }
    if (!node.isArray()) {
      throw messages.reject("plan.assignment.invalid");
    }
    for (SpinJsonNode row : node.elements()) {
      String unit = row.hasProp("unitCode") ? textOf(row.prop("unitCode")) : null;
      String description = row.hasProp("description") ? textOf(row.prop("description")) : null;
      if (unit == null && description == null) {
        continue; // an empty row left in the list
      }
      result.add(new Plan.Assignment(unit, description == null ? null : description.trim()));
    }
    return result;
  }

  private static String textOf(SpinJsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String text = node.isString() ? node.stringValue() : node.toString();
    return text.isBlank() ? null : text;
  }
}
