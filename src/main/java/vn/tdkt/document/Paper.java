package vn.tdkt.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.files.DocxTemplate;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.system.Messages;
import vn.tdkt.system.TdktProperties;

/**
 * What every paper of the issuing body shares: its template (the bundled one under {@code papers/},
 * or the office's own in {@code tdkt.papers.folder}), the office's name as issuer and the place in
 * the date line (both from the office's organisation), and the number line.
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

  /** The office whose paper it is: the campaign's. */
  private Office office(Campaign campaign) {
    return offices.ofCampaign(campaign.officeCode())
        .orElseThrow(() -> new IllegalStateException("No office is set up"));
  }

  /**
   * The template {@code name} filled with {@code data} and the heading every paper shares: the
   * issuer, the place and date ({@code place}, {@code dd}, {@code mm}, {@code yyyy}) and the number
   * ({@code number}, blank for the clerk: "       /QĐ-UBND"). {@code tables} are the tags of
   * tables whose rows repeat.
   */
  byte[] render(
      Campaign campaign,
      String name,
      String number,
      String numberSuffix,
      LocalDate date,
      Map<String, Object> data,
      Collection<String> tables) {
    Office office = office(campaign);
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
}
