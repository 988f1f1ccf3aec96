package vn.tdkt.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.system.Vars;

/**
 * A demo office's plan, as its file {@code demo/<office>/ke-hoach.json} states it (the seeds' text):
 * what Nội vụ would type into the plan form. {@code kindWhenMoved}: the kind the same plan takes when
 * moved to start today ("theo đợt" was a kind of the 2003 law only).
 */
public record DemoPlan(
    String code,
    String name,
    String kind,
    String kindWhenMoved,
    String slogan,
    String legalBasis,
    LocalDate startDate,
    LocalDate registrationDue,
    LocalDate nominationDue,
    LocalDate reportDue,
    LocalDate endDate,
    List<String> unitKinds,
    List<Map<String, String>> assignments) {

  public static DemoPlan of(String office, ObjectMapper json) {
    ClassPathResource file = new ClassPathResource("demo/" + office + "/ke-hoach.json");
    if (!file.exists()) {
      throw new IllegalArgumentException(office);
    }
    try (InputStream in = file.getInputStream()) {
      return json.readValue(in, DemoPlan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The plan form's values; with {@code start}, every date moved by the same number of days so the
   * period starts then (and the code carries the year), else the plan's own dates.
   */
  public Map<String, Object> formValues(LocalDate start) {
    long shift = start == null ? 0 : ChronoUnit.DAYS.between(startDate, start);
    Map<String, Object> plan = new HashMap<>();
    plan.put(CampaignProcess.Var.CAMPAIGN_CODE, start == null ? code : code + "-" + start.getYear());
    plan.put(CampaignProcess.Var.CAMPAIGN_NAME, name);
    plan.put(CampaignProcess.Var.CAMPAIGN_KIND,
        start == null || kindWhenMoved == null ? kind : kindWhenMoved);
    plan.put(CampaignProcess.Var.SLOGAN, slogan);
    plan.put(CampaignProcess.Var.LEGAL_BASIS, legalBasis);
    plan.put(CampaignProcess.Var.START_DATE, startDate.plusDays(shift).toString());
    plan.put(CampaignProcess.Var.REGISTRATION_DUE, registrationDue.plusDays(shift).toString());
    plan.put(CampaignProcess.Var.NOMINATION_DUE, nominationDue.plusDays(shift).toString());
    plan.put(CampaignProcess.Var.REPORT_DUE, reportDue.plusDays(shift).toString());
    plan.put(CampaignProcess.Var.END_DATE, endDate.plusDays(shift).toString());
    plan.put(CampaignProcess.Var.UNIT_KINDS, Vars.json(unitKinds));
    plan.putAll(CampaignProcess.Var.assignmentRows(assignments));
    return plan;
  }
}
