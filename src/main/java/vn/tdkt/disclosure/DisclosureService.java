package vn.tdkt.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.reporting.DossierReport;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.UnitDirectory;

/**
 * Public disclosure (công khai) of the nominees appraised eligible, for a number of working days
 * before the council session, and the objections received meanwhile, each resolved by Nội vụ.
 */
@Service
public class DisclosureService {

  /** How Nội vụ resolves an objection. */
  public enum Outcome {
    /** The objection is unfounded: the nominee stays on the list. */
    KEEP,
    /** The objection is founded: the nominee is withdrawn from this campaign's council. */
    WITHDRAW
  }

  private final DisclosureRepository objections;
  private final CampaignRepository campaigns;
  private final DossierReport dossiers;
  private final NominationRepository nominations;
  private final UnitDirectory units;
  private final Deadlines deadlines;
  private final Messages messages;
  private final int workingDays;
  private final java.time.Clock clock;

  public DisclosureService(
      DisclosureRepository objections,
      CampaignRepository campaigns,
      DossierReport dossiers,
      NominationRepository nominations,
      UnitDirectory units,
      Deadlines deadlines,
      Messages messages,
      vn.tdkt.system.TdktProperties properties,
      java.time.Clock clock) {
    this.objections = objections;
    this.campaigns = campaigns;
    this.dossiers = dossiers;
    this.nominations = nominations;
    this.units = units;
    this.deadlines = deadlines;
    this.messages = messages;
    this.workingDays = properties.disclosure().workingDays();
    this.clock = clock;
  }

  /** The number of working days the list stays published (configuration). */
  public int workingDays() {
    return workingDays;
  }

  /** The last day of a disclosure published today. */
  public LocalDate endIfPublishedToday() {
    return deadlines.plusWorkingDays(deadlines.today(), workingDays);
  }

  /** Dossiers not yet appraised: the list cannot be published before they are. */
  /** The code of the office the campaign belongs to. */
  public String officeOf(long campaignId) {
    return campaigns.get(campaignId).officeCode();
  }

  public List<Nomination> pending(long campaignId) {
    return nominations.ofCampaign(campaignId, List.of(NominationStatus.CHO_DUYET));
  }

  /** The nominees on the list: every dossier appraised eligible. */
  public List<Nomination> eligible(long campaignId) {
    return nominations.ofCampaign(campaignId, List.of(NominationStatus.DA_DUYET));
  }

  /** Publishes the list; returns the moment the disclosure ends. */
  public java.util.Date publish(long campaignId, String channel) {
    List<Nomination> pending = pending(campaignId);
    if (!pending.isEmpty()) {
      throw messages.reject("disclosure.pending", pending.size());
    }
    if (channel == null || channel.isBlank()) {
      throw messages.reject("form.required", messages.get("field.disclosureChannel"));
    }
    if (channel.length() > 1000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.disclosureChannel"), 1000);
    }
    LocalDate end = endIfPublishedToday();
    campaigns.disclosed(campaignId, end, channel.strip());
    return workingDays == 0 ? java.util.Date.from(clock.instant()) : deadlines.endOf(end);
  }

  /** Records an objection to a nominee on a published list; returns its id. */
  public long receive(
      String campaignCode, Long nominationId, String objector, String contact, String content,
      String receivedBy) {
    if (nominationId == null) {
      throw messages.reject("form.required", messages.get("field.nominationId"));
    }
    Nomination nomination =
        nominations
            .find(nominationId)
            .orElseThrow(() -> messages.reject("objection.nomination.unknown", nominationId));
    Campaign campaign = campaigns.get(nomination.campaignId());
    if (campaignCode == null || !campaignCode.strip().equals(campaign.code())) {
      throw messages.reject("objection.nomination.notInCampaign", nominationId, campaignCode);
    }
    if (campaigns.disclosure(campaign.id()).publishedAt() == null
        || nomination.status() != NominationStatus.DA_DUYET) {
      throw messages.reject("objection.notDisclosed");
    }
    require(objector, "field.objector", 300);
    require(content, "field.objectionContent", 4000);
    if (contact != null && contact.length() > 300) {
      throw messages.reject("plan.text.tooLong", messages.get("field.objectorContact"), 300);
    }
    return objections.receive(
        campaign.id(),
        nominationId,
        objector.strip(),
        contact == null || contact.isBlank() ? null : contact.strip(),
        content.strip(),
        receivedBy);
  }

  /** Nội vụ's conclusion on an objection; a founded one withdraws the nominee. */
  public void resolve(long objectionId, String outcome, String resolution, String resolvedBy) {
    Outcome o;
    try {
      o = Outcome.valueOf(String.valueOf(outcome));
    } catch (IllegalArgumentException e) {
      throw messages.reject("objection.outcome.invalid");
    }
    require(resolution, "field.resolution", 4000);
    DisclosureRepository.Objection objection =
        objections
            .find(objectionId)
            .orElseThrow(() -> messages.reject("objection.unknown", objectionId));
    if (objection.outcome() != null) {
      throw messages.reject("objection.resolved");
    }
    objections.resolve(objectionId, o.name(), resolution.strip(), resolvedBy);
    long nominationId = objection.nominationId();
    if (o == Outcome.WITHDRAW
        && nominations.get(nominationId).status() == NominationStatus.DA_DUYET) {
      nominations.appraise(
          nominationId,
          NominationStatus.KHONG_DU_DIEU_KIEN,
          messages.get("objection.withdrawn", resolution.strip()),
          null);
    }
  }

  /** Objections received and not yet resolved. */
  public int unresolved(long campaignId) {
    return objections.unresolved(campaignId);
  }

  /** The objections of a campaign, for the forms: nominee, objector, content, outcome. */
  public List<Map<String, Object>> objectionTable(long campaignId) {
    return dossiers.objections(campaignId).stream()
        .map(
            o -> {
              Map<String, Object> r = new LinkedHashMap<>();
              r.put("nominationId", String.valueOf(o.nominationId()));
              r.put("name", o.nomineeName());
              r.put("unit", units.nameOf(o.unitCode()));
              r.put("objector", o.objector());
              r.put("content", o.content());
              r.put("received", Vars.display(deadlines.dateOf(java.util.Date.from(o.receivedAt()))));
              r.put(
                  "outcome",
                  o.outcome() == null
                      ? messages.get("objection.outcome.open")
                      : messages.get("objection.outcome." + o.outcome()) + ": " + o.resolution());
              return r;
            })
        .toList();
  }

  private void require(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw messages.reject("form.required", messages.get(label));
    }
    if (value.length() > max) {
      throw messages.reject("plan.text.tooLong", messages.get(label), max);
    }
  }
}
