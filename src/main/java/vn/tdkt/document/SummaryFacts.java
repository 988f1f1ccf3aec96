package vn.tdkt.document;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.registry.RegistryEntry;

/** What a campaign's summary reports, for its Word and Excel forms alike. */
record SummaryFacts(
    Campaign campaign,
    LocalDate date,
    List<CampaignRecords.Participation> units,
    List<CampaignRecords.Nominee> nominees,
    List<RegistryEntry> awards,
    String conclusion,
    String signer) {

  long registered() {
    return units.stream().filter(u -> u.registeredOn() != null).count();
  }

  long registeredOnTime() {
    return units.stream().filter(u -> u.registeredOn() != null && u.registeredOnTime()).count();
  }

  long reported() {
    return units.stream().filter(u -> u.reportedOn() != null).count();
  }

  long reportedOnTime() {
    return units.stream().filter(u -> u.reportedOn() != null && u.reportedOnTime()).count();
  }

  long cashTotal() {
    return awards.stream().mapToLong(a -> a.cashAmount() == null ? 0 : a.cashAmount()).sum();
  }
}
