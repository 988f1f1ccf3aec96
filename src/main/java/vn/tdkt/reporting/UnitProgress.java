package vn.tdkt.reporting;

import java.time.Instant;

/** A unit's participation in a campaign and what came of it: registered, reported, nominated, awarded. */
public record UnitProgress(
    String unitCode,
    String unitName,
    String unitKind,
    Instant registeredAt,
    boolean registeredOnTime,
    Instant reportedAt,
    Boolean reportedOnTime,
    int nominated,
    int awarded) {}
