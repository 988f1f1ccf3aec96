package vn.tdkt.nomination;

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
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", String.valueOf(n.id()));
    row.put("name", n.nomineeName());
    row.put("kind", messages.get(n.nomineeKind().labelKey()));
    row.put("unit", units.nameOf(n.unitCode()));
    row.put("award", messages.get(n.awardType().labelKey()));
    row.put("achievements", n.achievements());
    return row;
  }

  /** An option of a checklist: the nominee's name, unit and proposed award. */
  public Map<String, Object> option(Nomination n) {
    return Map.of(
        "value",
        String.valueOf(n.id()),
        "label",
        n.nomineeName() + " – " + units.nameOf(n.unitCode()) + " – "
            + messages.get(n.awardType().labelKey()));
  }
}
