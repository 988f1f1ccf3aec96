package vn.tdkt.document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.document.CampaignRecords.Session;
import vn.tdkt.registry.RegistryQuery;
import vn.tdkt.registry.RegistryService;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;

/**
 * The documents kept with a campaign: each method generates one from the campaign's records, stores
 * it as a new version in table {@code document} and returns the stored id. Meant to be called from
 * the process's delegates with the ids they hold, or from anywhere with the campaign's id.
 */
@Service
public class DocumentService {

  private final DocumentRepository documents;
  private final CampaignRepository campaigns;
  private final CampaignRecords records;
  private final RegistryService registry;
  private final MinutesDocument minutes;
  private final DecisionDocument decision;
  private final CityProposalDocument cityProposal;
  private final SummaryDocument summary;
  private final SummaryWorkbook summaryWorkbook;
  private final IdentityService identityService;
  private final Deadlines deadlines;
  private final Messages messages;

  public DocumentService(
      DocumentRepository documents,
      CampaignRepository campaigns,
      CampaignRecords records,
      RegistryService registry,
      MinutesDocument minutes,
      DecisionDocument decision,
      CityProposalDocument cityProposal,
      SummaryDocument summary,
      SummaryWorkbook summaryWorkbook,
      IdentityService identityService,
      Deadlines deadlines,
      Messages messages) {
    this.documents = documents;
    this.campaigns = campaigns;
    this.records = records;
    this.registry = registry;
    this.minutes = minutes;
    this.decision = decision;
    this.cityProposal = cityProposal;
    this.summary = summary;
    this.summaryWorkbook = summaryWorkbook;
    this.identityService = identityService;
    this.deadlines = deadlines;
    this.messages = messages;
  }

  /** The council's minutes of a session of the campaign, with the tally of every nominee. */
  public long minutes(long campaignId, long sessionId) {
    Campaign campaign = campaigns.get(campaignId);
    Session session =
        records
            .session(sessionId)
            .filter(s -> s.campaignId() == campaignId)
            .orElseThrow(
                () -> messages.reject("document.session.notOfCampaign", String.valueOf(sessionId)));
    byte[] content =
        minutes.write(
            campaign,
            session,
            records.sessionNominees(sessionId, session.memberCount()),
            records.signer(campaignId, null));
    return store(campaign, DocumentKind.MINUTES, content);
  }

  /**
   * The draft decision for the awards within the local level's authority: the nominees the council
   * passed that wait for it, and those it already awarded. A null number is left blank for the clerk;
   * a null date is today. Cash amounts are those in force on the decision's date.
   */
  public long decisionDraft(long campaignId, String number, LocalDate date) {
    Campaign campaign = campaigns.get(campaignId);
    LocalDate day = date == null ? deadlines.today() : date;
    // the cash is the same for every awardee of a type and kind: evaluated once for each
    Map<String, Long> cash = new HashMap<>();
    List<DecisionDocument.Awardee> awardees =
        records.localAwardees(campaignId).stream()
            .map(n -> new DecisionDocument.Awardee(n, cash.computeIfAbsent(n.type() + "/" + n.kind(),
                k -> records.cash(campaign.rules(), n, day))))
            .toList();
    byte[] content =
        decision.write(
            campaign,
            number,
            day,
            records.signer(campaignId, number),
            awardees,
            records.lastSession(campaignId).map(Session::openedOn));
    return store(campaign, DocumentKind.DECISION, content);
  }

  /** The proposal to the city, listing the nominees the council passed for awards the city decides. */
  public long cityProposal(long campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    byte[] content =
        cityProposal.write(
            campaign,
            records.cityProposal(campaignId),
            deadlines.today(),
            records.lastSession(campaignId).map(Session::openedOn),
            records.cityNominees(campaignId),
            records.signer(campaignId, null));
    return store(campaign, DocumentKind.CITY_PROPOSAL, content);
  }

  /**
   * The campaign's summary, stored twice: as a Word report ({@link DocumentKind#SUMMARY}, whose id is
   * returned) and as a workbook ({@link DocumentKind#SUMMARY_XLSX}).
   */
  public long summary(long campaignId) {
    Campaign campaign = campaigns.get(campaignId);
    SummaryFacts facts =
        new SummaryFacts(
            campaign,
            deadlines.today(),
            records.participation(campaignId),
            records.allNominees(campaignId),
            registry.search(RegistryQuery.ofCampaign(campaign.code())),
            records.conclusion(campaignId),
            records.signer(campaignId, null));
    long id = store(campaign, DocumentKind.SUMMARY, summary.write(facts));
    store(campaign, DocumentKind.SUMMARY_XLSX, summaryWorkbook.write(facts));
    return id;
  }

  /** The newest version of a kind of document of the campaign. */
  public Optional<StoredDocument> latest(long campaignId, DocumentKind kind) {
    return documents.latest(campaignId, kind);
  }

  /** One stored version. */
  public Optional<StoredDocument> find(long id) {
    return documents.find(id);
  }

  /** The address a form links to for one stored version (same origin as the Tasklist). */
  public static String url(long id) {
    return "/api/documents/" + id;
  }

  /** Every stored version of every document of the campaign, newest first. */
  public List<StoredDocument> list(long campaignId) {
    return documents.list(campaignId);
  }

  public byte[] content(StoredDocument document) {
    return documents.content(document.id());
  }

  /**
   * Staff read every document; a unit's focal point reads only the award decision, of a campaign its
   * unit takes part in.
   */
  public boolean readableBy(Authentication user, long campaignId, DocumentKind kind) {
    if (!Roles.maySeeOffice(user, campaigns.get(campaignId).officeCode())) {
      // the city's staff read the papers a ward sent up with the dossiers it proposed to the city
      return Roles.isStaff(user)
          && (kind == DocumentKind.MINUTES || kind == DocumentKind.CITY_PROPOSAL)
          && campaigns.parentOf(campaignId)
              .map(parent -> campaigns.get(parent).officeCode())
              .filter(parent -> Roles.maySeeOffice(user, parent))
              .isPresent();
    }
    if (Roles.isStaff(user)) {
      return true;
    }
    if (kind != DocumentKind.DECISION) {
      return false;
    }
    return Roles.units(user).stream().anyMatch(unit -> records.takesPart(campaignId, unit));
  }

  private long store(Campaign campaign, DocumentKind kind, byte[] content) {
    String fileName =
        messages.get("document.file." + kind.name(), campaign.code().replace('/', '-'))
            + "." + kind.format().extension();
    Authentication user = identityService.getCurrentAuthentication();
    return documents.insert(
        campaign.id(), kind, fileName, content, user == null ? null : user.getUserId());
  }
}
