package vn.tdkt.document;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.system.Downloads;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;

/**
 * A campaign's documents: the list (newest version of each kind) for staff, and the newest file of a
 * kind; a unit's focal point may download only the award decision of a campaign its unit takes part in.
 */
@RestController
public class DocumentController {

  private final DocumentService documents;
  private final CampaignRepository campaigns;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final ZoneId zone;

  public DocumentController(
      DocumentService documents,
      CampaignRepository campaigns,
      CurrentUser currentUser,
      Deadlines deadlines,
      Messages messages) {
    this.documents = documents;
    this.campaigns = campaigns;
    this.currentUser = currentUser;
    this.messages = messages;
    this.zone = deadlines.zone();
  }

  @GetMapping("/api/campaigns/{code}/documents")
  public List<Map<String, Object>> list(@PathVariable String code) {
    Authentication user = currentUser.requireAnyGroup(Roles.STAFF.toArray(String[]::new));
    Campaign campaign = campaign(code, user);
    if (!Roles.maySeeOffice(user, campaign.officeCode())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("auth.forbidden"));
    }
    Map<DocumentKind, List<StoredDocument>> byKind =
        documents.list(campaign.id()).stream()
            .collect(Collectors.groupingBy(StoredDocument::kind, LinkedHashMap::new, Collectors.toList()));
    List<Map<String, Object>> body = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      List<StoredDocument> versions = byKind.get(kind);
      if (versions == null) {
        continue;
      }
      StoredDocument latest = versions.get(0);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", kind.slug());
      row.put("title", messages.get(kind.titleKey()));
      row.put("fileName", latest.fileName());
      row.put("createdAt", Formats.DATE_TIME.format(latest.createdAt().atZone(zone)));
      row.put("createdBy", latest.createdBy());
      row.put("versions", versions.size());
      row.put("url", url(campaign, kind));
      body.add(row);
    }
    return body;
  }

  @GetMapping("/api/campaigns/{code}/documents/{kind}")
  public ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String kind) {
    Authentication user = currentUser.require();
    Campaign campaign = campaign(code, user);
    DocumentKind documentKind =
        DocumentKind.ofSlug(kind)
            .orElseThrow(
                () ->
                    notFound(
                        messages.get(
                            "document.kind.unknown",
                            kind,
                            Arrays.stream(DocumentKind.values())
                                .map(DocumentKind::slug)
                                .collect(Collectors.joining(", ")))));
    if (!documents.readableBy(user, campaign.id(), documentKind)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("auth.forbidden"));
    }
    StoredDocument document =
        documents
            .latest(campaign.id(), documentKind)
            .orElseThrow(
                () ->
                    notFound(
                        messages.get(
                            "document.none",
                            campaign.code(),
                            messages.get(documentKind.titleKey()))));
    return Downloads.attachment(
        document.fileName(), document.contentType(), documents.content(document));
  }

  /** One stored version, as linked from the task that needs it. */
  @GetMapping("/api/documents/{id}")
  public ResponseEntity<byte[]> version(@PathVariable long id) {
    Authentication user = currentUser.require();
    StoredDocument document =
        documents.find(id).orElseThrow(() -> notFound(messages.get("document.notFound", id)));
    if (!documents.readableBy(user, document.campaignId(), document.kind())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("auth.forbidden"));
    }
    return Downloads.attachment(
        document.fileName(), document.contentType(), documents.content(document));
  }

  private String url(Campaign campaign, DocumentKind kind) {
    return "/api/campaigns/" + UriUtils.encodePathSegment(campaign.code(), "UTF-8") + "/documents/"
        + kind.slug();
  }

  /** The campaign with the code of the user's office (offices may number their plans alike). */
  private Campaign campaign(String code, Authentication user) {
    List<Campaign> found = campaigns.byCode(code);
    if (found.isEmpty()) {
      throw notFound(messages.get("campaign.notFound", code));
    }
    return found.stream().filter(c -> Roles.maySeeOffice(user, c.officeCode())).findFirst()
        .orElse(found.get(0));
  }

  private static ResponseStatusException notFound(String reason) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
  }
}
