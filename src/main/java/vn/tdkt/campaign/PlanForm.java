package vn.tdkt.campaign;

import static vn.tdkt.campaign.CampaignProcess.Var.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.UnitKind;

/** Reads the plan form (draft and revision share their field keys). */
final class PlanForm {

  private PlanForm() {}

  /** The longest period a deadline may be stated in, in working days (about a year). */
  static final int MAX_WORKING_DAYS = 260;

  static Plan read(VariableScope vars, Messages messages, Deadlines deadlines) {
    List<UnitKind> kinds = new ArrayList<>();
    for (String kind : Vars.strings(vars, UNIT_KINDS)) {
      try {
        kinds.add(UnitKind.valueOf(kind));
      } catch (IllegalArgumentException e) {
        throw messages.reject("plan.units.unknownKind", kind);
      }
    }
    LocalDate start = date(vars, START_DATE, "field.startDate", messages);
    return new Plan(
        Vars.text(vars, CAMPAIGN_CODE),
        Vars.text(vars, CAMPAIGN_NAME),
        Vars.text(vars, CAMPAIGN_KIND),
        Vars.text(vars, SLOGAN),
        Vars.text(vars, LEGAL_BASIS),
        start,
        date(vars, END_DATE, "field.endDate", messages),
        due(vars, REGISTRATION_DUE, REGISTRATION_DAYS, start, "field.registrationDue", messages, deadlines),
        due(vars, REPORT_DUE, REPORT_DAYS, start, "field.reportDue", messages, deadlines),
        due(vars, NOMINATION_DUE, NOMINATION_DAYS, start, "field.nominationDue", messages, deadlines),
        kinds,
        assignments(vars),
        Vars.flag(vars, TITLE_CYCLE));
  }

  /**
   * A deadline given as a date, or as a number of working days from the start (weekends and public
   * holidays skipped); a number wins, and is turned into the date the plan keeps and shows.
   */
  private static LocalDate due(
      VariableScope vars,
      String dateName,
      String daysName,
      LocalDate start,
      String label,
      Messages messages,
      Deadlines deadlines) {
    Object raw = vars.getVariable(daysName);
    if (raw == null || String.valueOf(raw).isBlank()) {
      return date(vars, dateName, label, messages);
    }
    long days;
    try {
      double value = Double.parseDouble(String.valueOf(raw).strip());
      if (value != Math.rint(value)) {
        throw new NumberFormatException();
      }
      days = (long) value;
    } catch (NumberFormatException e) {
      throw messages.reject("plan.workingDays.invalid", messages.get(label), MAX_WORKING_DAYS);
    }
    if (days < 1 || days > MAX_WORKING_DAYS) {
      throw messages.reject("plan.workingDays.invalid", messages.get(label), MAX_WORKING_DAYS);
    }
    LocalDate due = deadlines.plusWorkingDays(start, (int) days);
    vars.setVariable(dateName, due.toString());
    vars.removeVariable(daysName);
    return due;
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
