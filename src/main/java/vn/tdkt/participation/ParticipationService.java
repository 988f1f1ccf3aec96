package vn.tdkt.participation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.campaign.Responsibilities;
import vn.tdkt.system.InputCheck;
import vn.tdkt.system.Messages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registrations and result reports of the units. */
@Service
public class ParticipationService {

  static final String EMAIL = "[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+";
  static final Set<String> ACTIVITY_KINDS = ParticipationProcess.ActivityKind.ALL;

  private final ParticipationRepository participation;
  private final CampaignRepository campaigns;
  private final Responsibilities responsibilities;
  private final Messages messages;
  private final InputCheck inputs;
  private final java.time.Clock clock;

  public ParticipationService(
      ParticipationRepository participation,
      CampaignRepository campaigns,
      Responsibilities responsibilities,
      Messages messages,
      InputCheck inputs,
      java.time.Clock clock) {
    this.participation = participation;
    this.campaigns = campaigns;
    this.responsibilities = responsibilities;
    this.messages = messages;
    this.inputs = inputs;
    this.clock = clock;
  }

  /** A unit's registration of its activity, as typed in the form. */
  public record Registration(
      @NotBlank(message = "field.activityName") @Size(max = 500, message = "field.activityName")
          String activityName,
      @NotNull(message = "registration.kind.invalid") String kind,
      @NotNull(message = "field.activityDate") LocalDate date,
      @Size(max = 4000, message = "field.registrationNote") String note,
      @Size(max = 200, message = "form.email.invalid")
          @Pattern(regexp = EMAIL, message = "form.email.invalid")
          String contactEmail) {}

  /** A unit's result report, as typed in the form. */
  public record Report(
      @NotBlank(message = "field.resultSummary") @Size(max = 4000, message = "field.resultSummary")
          String summary,
      @Min(value = 0, message = "report.participants.range")
          @Max(value = 1_000_000, message = "report.participants.range")
          Integer participants,
      String link) {}

  public void register(long campaignId, String unitCode, Registration r, Instant deadline) {
    Campaign campaign = campaigns.get(campaignId);
    inputs.valid(r);
    if (!ACTIVITY_KINDS.contains(r.kind())) {
      throw messages.reject("registration.kind.invalid");
    }
    if (r.date().isBefore(campaign.startDate()) || r.date().isAfter(campaign.endDate())) {
      throw messages.reject("registration.date.outsidePeriod");
    }
    Instant now = clock.instant();
    participation.register(
        campaignId, unitCode, r, now, deadline == null || !now.isAfter(deadline));
  }

  /**
   * The unit has registered in a title cycle (its titles are the year stage's): counted as
   * registered, on time or not, as an activity would be.
   */
  public void registeredTitles(long campaignId, String unitCode, Instant deadline) {
    Instant now = clock.instant();
    participation.registeredTitles(campaignId, unitCode, now, deadline == null || !now.isAfter(deadline));
  }

  public void report(long campaignId, String unitCode, Report r, Instant deadline) {
    inputs.valid(r);
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
