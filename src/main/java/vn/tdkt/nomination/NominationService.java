package vn.tdkt.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.campaign.CampaignStatus;
import vn.tdkt.participation.ParticipationService;
import vn.tdkt.system.InputCheck;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/** Submitting, appraising and supplementing dossiers. */
@Service
public class NominationService {

  private final NominationRepository nominations;
  private final CampaignRepository campaigns;
  private final UnitDirectory units;
  private final NominationProcess process;
  private final ParticipationService participation;
  private final vn.tdkt.rules.AwardRules rules;
  private final vn.tdkt.system.SystemCalls system;
  private final Messages messages;
  private final InputCheck inputs;

  public NominationService(
      NominationRepository nominations,
      CampaignRepository campaigns,
      UnitDirectory units,
      NominationProcess process,
      ParticipationService participation,
      vn.tdkt.rules.AwardRules rules,
      vn.tdkt.system.SystemCalls system,
      Messages messages,
      InputCheck inputs) {
    this.inputs = inputs;
    this.nominations = nominations;
    this.campaigns = campaigns;
    this.units = units;
    this.process = process;
    this.participation = participation;
    this.rules = rules;
    this.system = system;
    this.messages = messages;
  }

  /** What a unit enters for one nominee; kind and award type are checked against the law's lists. */
  public record Dossier(
      String kind,
      @NotBlank(message = "field.nomineeName") @Size(max = 300, message = "field.nomineeName")
          String name,
      @Size(max = 300, message = "field.nomineePosition") String position,
      String awardType,
      @NotBlank(message = "field.achievements") @Size(max = 8000, message = "field.achievements")
          String achievements,
      String link,
      boolean womenPriority) {

    public Dossier(
        String kind, String name, String position, String awardType, String achievements,
        String link) {
      this(kind, name, position, awardType, achievements, link, false);
    }
  }

  /** Saves the dossier and starts its appraisal; returns the dossier's id. */
  public long submit(long campaignId, String unitCode, Dossier d) {
    return submit(campaignId, unitCode, d, null, null);
  }

  /**
   * Saves a dossier with what a check of the nominee's history found, shown at its appraisal, and
   * starts the appraisal; returns the dossier's id. {@code findings}: unmet conditions (kept with
   * the dossier; found eligible only with a stated reason); {@code notes}: for comparing only.
   */
  public long submit(long campaignId, String unitCode, Dossier d, String findings, String notes) {
    Campaign campaign = campaigns.get(campaignId);
    if (campaign.status() != CampaignStatus.ACTIVE) {
      throw messages.reject("nomination.campaign.notActive");
    }
    Unit unit =
        units.find(unitCode).orElseThrow(() -> messages.reject("nomination.unit.unknown"));
    NomineeKind kind = parse(NomineeKind.class, d.kind(), "nomination.kind.invalid");
    AwardType type = parse(AwardType.class, d.awardType(), "nomination.awardType.invalid");
    if (!type.canGoTo(kind)) {
      throw messages.reject(
          "nomination.awardType.notForKind",
          messages.get(type.labelKey()),
          messages.get(kind.labelKey()));
    }
    vn.tdkt.rules.AwardRules.Authority authority =
        system.run(() -> rules.authorityNow(type, campaign.rules()));
    if (authority.level() == vn.tdkt.rules.AwardRules.Level.NONE) {
      throw messages.reject(
          "nomination.awardType.notThisLevel", messages.get(type.labelKey()), authority.source());
    }
    inputs.valid(d);
    participation.checkLink(d.link());
    if (nominations.duplicate(campaignId, unitCode, d.name().trim(), type)) {
      throw messages.reject("nomination.duplicate", d.name().trim());
    }
    Nomination draft =
        new Nomination(
            null, campaignId, unitCode, kind, d.name().trim(), d.position(), type,
            d.achievements(), d.link(), NominationStatus.CHO_DUYET, null, null, 0,
            d.womenPriority(), false);
    long id = nominations.insert(draft);
    if (findings != null) {
      nominations.setHistoryCheck(id, findings);
    }
    java.util.Map<String, Object> more = new java.util.HashMap<>();
    if (findings != null) {
      more.put(NominationProcess.Var.HISTORY_CHECK, findings);
    }
    if (notes != null) {
      more.put(NominationProcess.Var.REGISTRATION_CHECK, notes);
    }
    process.start(nominations.get(id), campaign, unit, more);
    return id;
  }

  /** Records Nội vụ's appraisal; a dossier is returned for supplement at most once. */
  public NominationStatus appraise(long id, String outcome, String reason, String missing) {
    return appraise(id, outcome, reason, missing, null);
  }

  /**
   * Records Nội vụ's appraisal with the checklist's answer on discipline, inspection and complaints
   * ({@code review}: {@link NominationProcess.Review}); a nominee under review is not awarded now
   * (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4), so it cannot be found eligible.
   */
  public NominationStatus appraise(
      long id, String outcome, String reason, String missing, String review) {
    return appraise(id, new Appraisal(outcome, reason, missing, review));
  }

  /** Nội vụ's appraisal of one dossier, as entered in the checklist. */
  public record Appraisal(
      String outcome,
      @Size(max = 4000, message = "field.appraisalReason") String reason,
      @Size(max = 4000, message = "field.missingItems") String missing,
      String review) {}

  /** A unit's supplement to a returned dossier. */
  public record Supplement(
      @NotBlank(message = "field.achievements") @Size(max = 8000, message = "field.achievements")
          String achievements,
      String link,
      @NotBlank(message = "field.supplementNote") @Size(max = 4000, message = "field.supplementNote")
          String note) {}

  private NominationStatus appraise(long id, Appraisal a) {
    String outcome = a.outcome();
    String reason = a.reason();
    String missing = a.missing();
    String review = a.review();
    Nomination n = nominations.get(id);
    if (n.status() != NominationStatus.CHO_DUYET) {
      throw messages.reject("appraisal.notPending");
    }
    if (review != null
        && !NominationProcess.Review.NONE.equals(review)
        && !NominationProcess.Review.UNDER_REVIEW.equals(review)) {
      throw messages.reject("appraisal.review.invalid");
    }
    boolean underReview = NominationProcess.Review.UNDER_REVIEW.equals(review);
    if (underReview && NominationProcess.Outcome.ELIGIBLE.equals(outcome)) {
      throw messages.reject("appraisal.review.notNow");
    }
    inputs.valid(a);
    NominationStatus status;
    if (NominationProcess.Outcome.ELIGIBLE.equals(outcome)) {
      if (nominations.historyCheck(id).isPresent() && (reason == null || reason.isBlank())) {
        // the check found an unmet condition: Nội vụ states on what the nominee still qualifies
        throw messages.reject("appraisal.historyCheck.reason");
      }
      status = NominationStatus.DA_DUYET;
    } else if (NominationProcess.Outcome.NOT_ELIGIBLE.equals(outcome)) {
      required(reason, "field.appraisalReason");
      status = NominationStatus.KHONG_DU_DIEU_KIEN;
    } else if (NominationProcess.Outcome.SUPPLEMENT.equals(outcome)) {
      if (n.supplementCount() > 0) {
        throw messages.reject("appraisal.supplement.once");
      }
      if (nominations.forwardedFrom(id).isPresent()) {
        // the ward's unit has no task in the city's office: the city appraises the dossier as sent
        throw messages.reject("appraisal.supplement.forwarded");
      }
      required(missing, "field.missingItems");
      status = NominationStatus.BI_TRA_LAI;
    } else {
      throw messages.reject("appraisal.outcome.invalid");
    }
    nominations.appraise(id, status, reason, missing, underReview);
    return status;
  }

  public Nomination supplement(long id, String achievements, String link, String note) {
    Nomination n = nominations.get(id);
    if (n.status() != NominationStatus.BI_TRA_LAI) {
      throw messages.reject("supplement.notReturned");
    }
    inputs.valid(new Supplement(achievements, link, note));
    participation.checkLink(link);
    nominations.supplement(id, achievements, link, note);
    return nominations.get(id);
  }

  private <E extends Enum<E>> E parse(Class<E> type, String value, String error) {
    try {
      return Enum.valueOf(type, value);
    } catch (RuntimeException e) {
      throw messages.reject(error);
    }
  }

  /** A field the chosen outcome makes required. */
  private void required(String value, String label) {
    if (value == null || value.isBlank()) {
      throw messages.reject("form.required", messages.get(label));
    }
  }
}
