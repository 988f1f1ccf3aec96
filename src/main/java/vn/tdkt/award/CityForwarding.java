package vn.tdkt.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.campaign.CampaignStatus;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.system.SystemActions;
import vn.tdkt.unit.UnitDirectory;

/**
 * Proposals up, results down, between a ward and its city in the same deployment. The nominees a
 * ward's council passed for an award the city decides become dossiers of the city's campaign (the one
 * whose plan the ward carries out), in the city's own appraisal, with the ward's minutes and proposal
 * paper; once the city's council and chairman have decided, the city's decision goes back to the
 * ward's campaign, which records it and tells its units. Nobody retypes the city's outcome.
 */
@Service
public class CityForwarding {

  private final CampaignRepository campaigns;
  private final NominationRepository nominations;
  private final NominationProcess process;
  private final CouncilRepository councils;
  private final AwardRepository awards;
  private final OfficeDirectory offices;
  private final UnitDirectory units;
  private final RuntimeService runtime;

  public CityForwarding(
      CampaignRepository campaigns,
      NominationRepository nominations,
      NominationProcess process,
      CouncilRepository councils,
      AwardRepository awards,
      OfficeDirectory offices,
      UnitDirectory units,
      RuntimeService runtime) {
    this.campaigns = campaigns;
    this.nominations = nominations;
    this.process = process;
    this.councils = councils;
    this.awards = awards;
    this.offices = offices;
    this.units = units;
    this.runtime = runtime;
  }

  /**
   * The city's campaign that takes the ward's dossiers: the one whose plan the ward's campaign
   * carries out, still running, its list of nominees not yet published (a dossier goes before the
   * city's council only after its public disclosure) and its council not in session. Empty for a city
   * outside the deployment (a campaign not cascaded) or one that no longer takes dossiers.
   */
  public Optional<Campaign> takesDossiers(long wardCampaignId) {
    return campaigns.parentOf(wardCampaignId)
        .map(campaigns::get)
        .filter(city -> city.status() == CampaignStatus.ACTIVE)
        .filter(city -> campaigns.disclosure(city.id()).publishedAt() == null)
        .filter(city -> councils.latest(city.id()).isEmpty());
  }

  /**
   * Forwards the nominees the ward proposed to the city into the city's appraisal; false when the
   * city does not take them (then the ward's Nội vụ records the city's outcome by hand). A dossier
   * already forwarded is not forwarded again.
   */
  public boolean forward(long wardCampaignId, String minutesUrl, String proposalUrl) {
    Optional<Campaign> target = takesDossiers(wardCampaignId);
    if (target.isEmpty()) {
      return false;
    }
    Campaign city = target.get();
    Campaign ward = campaigns.get(wardCampaignId);
    String from = offices.find(ward.officeCode()).map(Office::name).orElse(ward.officeCode());
    for (Nomination n :
        nominations.ofCampaign(wardCampaignId, List.of(NominationStatus.DE_NGHI_THANH_PHO))) {
      if (nominations.isForwarded(n.id())) {
        continue;
      }
      long id = nominations.forward(city.id(), n);
      Map<String, Object> more = new HashMap<>();
      more.put(NominationProcess.Var.FORWARDED_FROM, from);
      more.put(NominationProcess.Var.WARD_MINUTES_URL, minutesUrl);
      more.put(NominationProcess.Var.WARD_PROPOSAL_URL, proposalUrl);
      more.put(CampaignProcess.Var.OFFICE_CODE, city.officeCode());
      process.start(nominations.get(id), city, units.find(n.unitCode()).orElseThrow(), more);
    }
    return true;
  }

  /** The campaigns below whose forwarded dossiers this campaign has decided, to be told. */
  public List<String> campaignsToTell(long campaignId) {
    List<String> ids = new ArrayList<>();
    for (NominationRepository.Forwarded f : nominations.forwardedInto(campaignId)) {
      String id = String.valueOf(f.fromCampaignId());
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Tells one ward's campaign the city's outcome: its dossiers the city awarded, under the city's
   * decision; the others (found not eligible, not passed by the city's council) were not awarded.
   */
  public void tell(long campaignId, long wardCampaignId) {
    List<String> awarded = new ArrayList<>();
    for (NominationRepository.Forwarded f : nominations.forwardedInto(campaignId)) {
      if (f.fromCampaignId() == wardCampaignId && f.status() == NominationStatus.DA_KHEN_THUONG) {
        awarded.add(String.valueOf(f.fromId()));
      }
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(CampaignProcess.Var.CITY_AWARDED_IDS, awarded);
    Optional<AwardRepository.Decision> decision =
        awards.lastDecision(campaignId, AwardRules.Level.LOCAL);
    vars.put(CampaignProcess.Var.CITY_DECISION_NUMBER, decision.map(d -> d.number()).orElse(null));
    vars.put(
        CampaignProcess.Var.CITY_DECISION_DATE,
        decision.map(d -> d.date().toString()).orElse(null));
    SystemActions.asSystem(
        () ->
            runtime
                .createMessageCorrelation(CampaignProcess.Message.CITY_DECIDED)
                .processInstanceVariableEquals(CampaignProcess.Var.CAMPAIGN_ID, wardCampaignId)
                .setVariables(vars)
                .correlateWithResult());
  }
}
