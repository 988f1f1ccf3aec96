package vn.tdkt.campaign;

/** Lifecycle of a campaign's plan. */
public enum CampaignStatus {
  DRAFT,
  RETURNED,
  ACTIVE,
  CLOSED
}
