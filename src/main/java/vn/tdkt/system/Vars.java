package vn.tdkt.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Reading form values as they arrive from the Tasklist (strings, numbers, JSON arrays). */
public final class Vars {

  public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Vars() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static Long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    return value instanceof Number n ? n.longValue() : Long.valueOf(value.toString());
  }

  /** A whole number field; null when empty, {@link NumberFormatException} when not a whole number. */
  public static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
    if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
      throw new NumberFormatException(value.toString());
    }
    return (int) number;
  }

  /** A date field of a form ("yyyy-MM-dd"); null when empty, {@link DateTimeParseException} when bad. */
  public static LocalDate date(VariableScope scope, String name) {
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /**
   * The rows of a form's dynamic list (a JSON array of objects): each row's values as text, an
   * empty value as null; a value that is not such a list gives no rows.
   */
  public static List<java.util.Map<String, String>> rows(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    List<java.util.Map<String, String>> rows = new ArrayList<>();
    SpinJsonNode node = value instanceof SpinJsonNode n ? n
        : value instanceof String text && text.strip().startsWith("[")
            ? org.camunda.spin.Spin.JSON(text) : null;
    if (node == null || !node.isArray()) {
      return rows;
    }
    for (SpinJsonNode element : node.elements()) {
      if (!element.isObject()) {
        continue;
      }
      java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
      for (String field : element.fieldNames()) {
        SpinJsonNode cell = element.prop(field);
        String text = cell.isNull() ? null : cell.isValue() ? String.valueOf(cell.value()) : cell.toString();
        row.put(field, text == null || text.isBlank() ? null : text.strip());
      }
      rows.add(row);
    }
    return rows;
  }

  public static List<String> strings(VariableScope scope, String name) {
    return strings(scope.getVariable(name));
  }

  public static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof SpinJsonNode node) {
      if (node.isArray()) {
        node.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
      }
      return result;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(e -> result.add(String.valueOf(e)));
      return result;
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      return strings(org.camunda.spin.Spin.JSON(text));
    }
    if (!text.isEmpty()) {
      result.add(text);
    }
    return result;
  }

  public static String display(LocalDate date) {
    return date == null ? "" : DISPLAY.format(date);
  }

  /** A JSON variable the Tasklist hands to form-js as it is (tables, option lists). */
  public static JsonValue json(Object value) {
    return SpinValues.jsonValue(org.camunda.spin.Spin.JSON(value)).create();
  }
}
