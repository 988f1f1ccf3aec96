package vn.tdkt.campaign;

import java.util.List;

/**
 * Published when a campaign is launched, in the launch's transaction: the stages above record
 * what they need for the units taking part (participation rows), without the campaign knowing them.
 */
public record CampaignLaunched(long campaignId, List<String> unitCodes) {}
