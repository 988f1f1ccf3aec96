package vn.tdkt.reporting;

import java.time.LocalDate;

/** One campaign on the list of all: its dates, status and counts. */
public record CampaignOverview(
    String code,
    String name,
    String status,
    LocalDate startDate,
    LocalDate endDate,
    long units,
    long registered,
    long reported,
    long nominated,
    long awarded,
    String officeCode) {}
