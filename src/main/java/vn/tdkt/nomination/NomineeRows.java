package vn.tdkt.nomination;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.UnitDirectory;

/** A dossier as forms and e-mails show it: a row of a nominee table, or an option of a checklist. */
@Component
public class NomineeRows {

  private final UnitDirectory units;
  private final Messages messages;

  public NomineeRows(UnitDirectory units, Messages messages) {
    this.units = units;
    this.messages = messages;
  }

  /** A row of a nominee table: dossier number, name, kind, unit, proposed award, achievements. */
  public Map<String, Object> row(Nomination n) {
    return row(n, units.nameOf(n.unitCode()));
  }

  /** An option of a checklist: the nominee's name, unit and proposed award. */
  public Map<String, Object> option(Nomination n) {
    return option(n, units.nameOf(n.unitCode()));
  }

  /** The rows and options of one list (a session of hundreds): each unit's name read once. */
  public Batch batch() {
    return new Batch();
  }

  /** Rows and options that share the names of their units. */
  public final class Batch {
    private final Map<String, String> names = new HashMap<>();

    public Map<String, Object> row(Nomination n) {
      return NomineeRows.this.row(n, unitName(n));
    }

    public Map<String, Object> option(Nomination n) {
      return NomineeRows.this.option(n, unitName(n));
    }

    private String unitName(Nomination n) {
      return names.computeIfAbsent(n.unitCode(), units::nameOf);
    }
  }

  private Map<String, Object> row(Nomination n, String unitName) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", String.valueOf(n.id()));
    row.put("name", n.nomineeName());
    row.put("kind", messages.get(n.nomineeKind().labelKey()));
    row.put("unit", unitName);
    row.put("award", messages.get(n.awardType().labelKey()));
    row.put("achievements", n.achievements());
    return row;
  }

  private Map<String, Object> option(Nomination n, String unitName) {
    return Map.of(
        "value",
        String.valueOf(n.id()),
        "label",
        n.nomineeName() + " – " + unitName + " – " + messages.get(n.awardType().labelKey()));
  }
}
