package vn.tdkt.reporting;

import java.util.Collection;
import vn.tdkt.rules.AwardType;

/** The filters of an award search; {@code null} filters nothing, an empty visible set finds nothing. */
public record AwardFilter(
    Collection<String> visibleUnits,
    String unitCode,
    String campaignCode,
    AwardType type,
    Integer year) {}
