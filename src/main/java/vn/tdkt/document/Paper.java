package vn.tdkt.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.document.Docx.Line;
import vn.tdkt.files.DocxTemplate;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.system.Messages;
import vn.tdkt.system.TdktProperties;

/**
 * What every paper of the issuing body shares: the office's name as issuer, the place in the date
 * line (both from the office's organisation), the national motto, the number line and the
 * signer's block.
 */
@Component
class Paper {

  private final Messages messages;
  private final OfficeDirectory offices;
  private final DocxTemplate templates;

  Paper(Messages messages, OfficeDirectory offices, TdktProperties properties) {
    this.messages = messages;
    this.offices = offices;
    this.templates = new DocxTemplate(properties.papers().folder());
  }

  /**
   * The template {@code name} filled with {@code data} and the heading every paper shares: the
   * issuer, the place and date ({@code place}, {@code dd}, {@code mm}, {@code yyyy}) and the number
   * ({@code number}, blank for the clerk: "       /QĐ-UBND"). {@code tables} are the tags of
   * tables whose rows repeat.
   */
  byte[] render(
      String name,
      String number,
      String numberSuffix,
      LocalDate date,
      Map<String, Object> data,
      Collection<String> tables) {
    Office office = office();
    Map<String, Object> all = new HashMap<>();
    all.put("issuer", office.issuer());
    all.put("place", office.place());
    all.put("dd", String.format("%02d", date.getDayOfMonth()));
    all.put("mm", String.format("%02d", date.getMonthValue()));
    all.put("yyyy", String.valueOf(date.getYear()));
    all.put("number", number(number, numberSuffix));
    all.putAll(data);
    return templates.render(name, office.code(), all, tables);
  }

  /** The number as it is written after "Số:": given, or blank for the clerk ("       /QĐ-UBND"). */
  static String number(String number, String suffix) {
    return number == null || number.isBlank() ? "       /" + suffix : number;
  }

  /** The office whose papers these are (one per deployment for now). */
  private Office office() {
    return offices.current().orElseThrow(() -> new IllegalStateException("No office is set up"));
  }

  String issuer() {
    return office().issuer();
  }

  /**
   * A new document with the heading: the issuer (and a body of it, such as the council) over the
   * number on the left; the motto over "Long Biên, ngày … tháng … năm …" on the right. A null number
   * leaves it blank for the clerk ("Số:      /QĐ-UBND").
   */
  Docx start(String body, String number, String numberSuffix, LocalDate date, boolean draft) {
    Docx docx = new Docx();
    if (draft) {
      docx.centered(new Line(messages.get("doc.draft"), true, false, 12));
    }
    String issuer = issuer();
    List<Line> left = new ArrayList<>();
    left.add(body == null ? Line.bold(issuer) : Line.plain(issuer));
    if (body != null) {
      left.add(Line.bold(body));
    }
    left.add(Line.plain("_______"));
    left.add(
        Line.plain(
            number == null || number.isBlank()
                ? messages.get("doc.number.blank", numberSuffix)
                : messages.get("doc.number", number)));
    List<Line> right =
        List.of(
            Line.bold(messages.get("doc.motto")),
            Line.bold(messages.get("doc.motto.sub")),
            Line.plain("_______________"),
            Line.italic(placeDate(date)));
    docx.heading(left, right);
    return docx;
  }

  /** "Long Biên, ngày 05 tháng 03 năm 2024". */
  String placeDate(LocalDate date) {
    return messages.get(
        "doc.placeDate",
        office().place(),
        String.format("%02d", date.getDayOfMonth()),
        String.format("%02d", date.getMonthValue()),
        String.valueOf(date.getYear()));
  }

  /** Lines of numbered message keys ({@code prefix.1}, {@code prefix.2}, …) until one is missing. */
  List<String> lines(String prefix) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; ; i++) {
      String key = prefix + "." + i;
      String line = messages.get(key);
      if (line.equals(key)) {
        return lines;
      }
      lines.add(line);
    }
  }

  /** "Nơi nhận:" and its lines, in the small type the decree asks for. */
  List<Line> recipients(String prefix) {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.smallBoldItalic(messages.get("doc.recipients")));
    lines(prefix).forEach(l -> lines.add(Line.small(l)));
    return lines;
  }
}
