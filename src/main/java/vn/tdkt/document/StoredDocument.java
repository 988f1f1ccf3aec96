package vn.tdkt.document;

import java.time.Instant;

/** A stored version of a campaign's document, without its content. */
public record StoredDocument(
    long id,
    long campaignId,
    DocumentKind kind,
    String fileName,
    String contentType,
    Instant createdAt,
    String createdBy) {}
