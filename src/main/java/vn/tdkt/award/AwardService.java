package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;

/** Award decisions and the award registry (sổ vàng). */
@Service
public class AwardService {

  private final AwardRepository awards;
  private final CampaignRepository campaigns;
  private final NominationRepository nominations;
  private final Deadlines deadlines;
  private final Messages messages;

  public AwardService(
      AwardRepository awards, CampaignRepository campaigns, NominationRepository nominations,
      Deadlines deadlines, Messages messages) {
    this.awards = awards;
    this.campaigns = campaigns;
    this.nominations = nominations;
    this.deadlines = deadlines;
    this.messages = messages;
  }

  /** The chairman's decision: every nominee the council passed at this level is awarded. */
  public List<String> recordDecision(
      long campaignId, String number, LocalDate date, String signedBy) {
    List<Nomination> awardees =
        nominations.ofCampaign(campaignId, List.of(NominationStatus.CHO_QUYET_DINH));
    long decisionId = decision(campaignId, AwardRules.Level.LOCAL, number, date, signedBy);
    for (Nomination n : awardees) {
      award(decisionId, n);
    }
    return nominations.unitsBeforeCouncil(campaignId);
  }

  public void recordCityProposal(long campaignId, String number, LocalDate date) {
    checkNumber(number, "field.cityProposalNumber");
    checkDate(date, "field.cityProposalDate");
    if (awards.proposalNumberTaken(ofOffice(campaignId), number)) {
      throw messages.reject("decision.number.taken", number);
    }
    awards.proposal(campaignId, number, date);
  }

  /**
   * The city's answer: the nominees it awarded are recorded, the others marked not awarded; returns
   * the units whose nominees were proposed, to be told.
   */
  public List<String> recordCityOutcome(
      long campaignId, Set<String> awardedIds, String number, LocalDate date) {
    List<Nomination> proposed =
        nominations.ofCampaign(campaignId, List.of(NominationStatus.DE_NGHI_THANH_PHO));
    for (String id : awardedIds) {
      if (proposed.stream().noneMatch(n -> String.valueOf(n.id()).equals(id))) {
        throw messages.reject("ballot.unknownNominee");
      }
    }
    Long decisionId =
        awardedIds.isEmpty()
            ? null
            : decision(campaignId, AwardRules.Level.CITY, number, date, null);
    for (Nomination n : proposed) {
      if (awardedIds.contains(String.valueOf(n.id()))) {
        award(decisionId, n);
      } else {
        nominations.setStatus(n.id(), NominationStatus.THANH_PHO_KHONG_KHEN);
      }
    }
    return proposed.stream().map(Nomination::unitCode).distinct().sorted().toList();
  }

  private long decision(
      long campaignId, AwardRules.Level level, String number, LocalDate date, String signedBy) {
    checkNumber(number, "field.decisionNumber");
    checkDate(date, "field.decisionDate");
    if (awards.decisionNumberTaken(
        level == AwardRules.Level.LOCAL ? ofOffice(campaignId) : List.of(campaignId), level, number)) {
      throw messages.reject("decision.number.taken", number);
    }
    return awards.decision(campaignId, level, number, date, signedBy);
  }

  /** The campaigns of the campaign's office: its papers are numbered within the office. */
  private List<Long> ofOffice(long campaignId) {
    List<Long> ids = new java.util.ArrayList<>(campaigns.idsOfOffice(campaigns.get(campaignId).officeCode()));
    if (!ids.contains(campaignId)) {
      ids.add(campaignId); // a campaign of before offices were recorded
    }
    return ids;
  }

  private void award(long decisionId, Nomination n) {
    awards.award(decisionId, n);
    nominations.setStatus(n.id(), NominationStatus.DA_KHEN_THUONG);
  }

  private void checkNumber(String number, String label) {
    if (number == null || number.isBlank()) {
      throw messages.reject("form.required", messages.get(label));
    }
    if (number.length() > 60 || !number.matches("[\\p{L}0-9./_ -]+")) {
      throw messages.reject("decision.number.invalid");
    }
  }

  private void checkDate(LocalDate date, String label) {
    if (date == null) {
      throw messages.reject("form.required", messages.get(label));
    }
    if (date.isAfter(deadlines.today())) {
      throw messages.reject("decision.date.future");
    }
  }
}
