package vn.tdkt.reporting;

import java.time.Instant;

/** An objection to a nominee on the published list, with the nominee's name and unit. */
public record ObjectionRow(
    long id,
    long nominationId,
    String nomineeName,
    String unitCode,
    String objector,
    String contact,
    String content,
    String receivedBy,
    Instant receivedAt,
    String outcome,
    String resolution,
    String resolvedBy,
    Instant resolvedAt) {}
