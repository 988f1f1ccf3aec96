package vn.tdkt.participation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.campaign.Responsibilities;
import vn.tdkt.system.Messages;

/** Registrations and result reports of the units. */
@Service
public class ParticipationService {

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
  static final Set<String> ACTIVITY_KINDS = ParticipationProcess.ActivityKind.ALL;

  private final ParticipationRepository participation;
  private final CampaignRepository campaigns;
  private final Responsibilities responsibilities;
  private final Messages messages;
  private final java.time.Clock clock;

  public ParticipationService(
      ParticipationRepository participation,
      CampaignRepository campaigns,
      Responsibilities responsibilities,
      Messages messages,
      java.time.Clock clock) {
    this.participation = participation;
    this.campaigns = campaigns;
    this.responsibilities = responsibilities;
    this.messages = messages;
    this.clock = clock;
  }

  public record Registration(
      String activityName, String kind, LocalDate date, String note, String contactEmail) {}

  public record Report(String summary, Integer participants, String link) {}

  public void register(long campaignId, String unitCode, Registration r, Instant deadline) {
    Campaign campaign = campaigns.get(campaignId);
    required(r.activityName(), "field.activityName", 500);
    if (r.kind() == null || !ACTIVITY_KINDS.contains(r.kind())) {
      throw messages.reject("registration.kind.invalid");
    }
    if (r.date() == null) {
      throw messages.reject("form.required", messages.get("field.activityDate"));
    }
    if (r.date().isBefore(campaign.startDate()) || r.date().isAfter(campaign.endDate())) {
      throw messages.reject("registration.date.outsidePeriod");
    }
    optional(r.note(), "field.registrationNote", 4000);
    if (r.contactEmail() != null
        && (r.contactEmail().length() > 200 || !EMAIL.matcher(r.contactEmail()).matches())) {
      throw messages.reject("form.email.invalid");
    }
    Instant now = clock.instant();
    participation.register(
        campaignId, unitCode, r, now, deadline == null || !now.isAfter(deadline));
  }

  public void report(long campaignId, String unitCode, Report r, Instant deadline) {
    required(r.summary(), "field.resultSummary", 4000);
    if (r.participants() != null && (r.participants() < 0 || r.participants() > 1_000_000)) {
      throw messages.reject("report.participants.range");
    }
    checkLink(r.link());
    Instant now = clock.instant();
    participation.report(campaignId, unitCode, r, now,
        deadline == null || !now.isAfter(deadline));
  }

  public void completeResponsibility(long responsibilityId, String result) {
    required(result, "field.responsibilityResult", 4000);
    responsibilities.complete(responsibilityId, result);
  }

  private void required(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw messages.reject("form.required", messages.get(label));
    }
    optional(value, label, max);
  }

  private void optional(String value, String label, int max) {
    if (value != null && value.length() > max) {
      throw messages.reject("plan.text.tooLong", messages.get(label), max);
    }
  }

  /** Links to documents must be web addresses (http/https), nothing a browser would run. */
  public void checkLink(String link) {
    if (link == null) {
      return;
    }
    try {
      URI uri = URI.create(link);
      if (link.length() > 1000
          || uri.getScheme() == null
          || !Set.of("http", "https").contains(uri.getScheme().toLowerCase())) {
        throw messages.reject("form.link.invalid");
      }
    } catch (IllegalArgumentException e) {
      throw messages.reject("form.link.invalid");
    }
  }
}
