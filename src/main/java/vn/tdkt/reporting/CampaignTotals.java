package vn.tdkt.reporting;

/** A campaign's totals: units taking part, registered, reported on time, dossiers, awards. */
public record CampaignTotals(long units, long registered, long onTime, long nominated, long awarded) {}
