package vn.tdkt.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.award.AwardRepository;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.participation.ParticipationRepository;
import vn.tdkt.reporting.DossierReport;
import vn.tdkt.reporting.NomineeRow;
import vn.tdkt.reporting.ProgressReport;
import vn.tdkt.system.Roles;
import vn.tdkt.system.SystemCalls;

/**
 * What the documents say about a campaign, read from the application's tables: the council's
 * sessions and votes, the dossiers, the units' participation, and the rules that apply to them.
 */
@Component
class CampaignRecords {

  /** A dossier with its unit's name and, once tallied, the council's vote. */
  record Nominee(
      long id,
      String name,
      NomineeKind kind,
      String unitCode,
      String unitName,
      AwardType type,
      NominationStatus status,
      Integer agree,
      Integer members,
      Boolean passed) {}

  /** A council session: when it opened, who sits, how many ballots were cast. */
  record Session(long id, long campaignId, LocalDate openedOn, int memberCount, List<String> members,
      int ballots) {}

  /** A unit's participation in a campaign. */
  record Participation(
      String unitCode,
      String unitName,
      LocalDate registeredOn,
      boolean registeredOnTime,
      LocalDate reportedOn,
      boolean reportedOnTime,
      int nominated,
      int awarded) {}

  /** A proposal to the city as recorded: its number and date. */
  record Proposal(String number, LocalDate date) {}

  private final java.time.ZoneId zone;
  private final vn.tdkt.system.Users users;
  private final CampaignRepository campaigns;
  private final ParticipationRepository participation;
  private final CouncilRepository sessions;
  private final AwardRepository awards;
  private final DossierReport dossiers;
  private final ProgressReport progress;
  private final AwardRules rules;
  private final IdentityService identityService;
  private final SystemCalls system;

  CampaignRecords(
      CampaignRepository campaigns,
      ParticipationRepository participation,
      CouncilRepository sessions,
      AwardRepository awards,
      DossierReport dossiers,
      ProgressReport progress,
      AwardRules rules,
      IdentityService identityService,
      SystemCalls system,
      vn.tdkt.system.Deadlines deadlines,
      vn.tdkt.system.Users users) {
    this.zone = deadlines.zone();
    this.users = users;
    this.campaigns = campaigns;
    this.participation = participation;
    this.sessions = sessions;
    this.awards = awards;
    this.dossiers = dossiers;
    this.progress = progress;
    this.rules = rules;
    this.identityService = identityService;
    this.system = system;
  }

  Optional<Session> session(long sessionId) {
    return sessions.find(sessionId).map(this::session);
  }

  /** The latest council session of the campaign, if one was held. */
  Optional<Session> lastSession(long campaignId) {
    return sessions.latest(campaignId).map(this::session);
  }

  private Session session(CouncilRepository.SessionRow s) {
    return new Session(
        s.id(),
        s.campaignId(),
        day(s.openedAt()),
        s.memberCount(),
        sessions.members(s.id()).stream().map(users::displayName).toList(),
        sessions.ballots(s.id()));
  }

  /**
   * The dossiers before a session with the tally as recorded: agreeing votes over the members entitled
   * to vote on each (conflicts of interest excluded) and the outcome after the threshold and quota.
   */
  List<Nominee> sessionNominees(long sessionId, int members) {
    return nominees(dossiers.ofSession(sessionId));
  }

  /** The rules of a campaign: its regime and approving level. */
  AwardRules.Context rulesOf(long campaignId) {
    return campaigns.get(campaignId).rules();
  }

  /** Passed by the council at the local level: waiting for the decision, or already awarded by it. */
  List<Nominee> localAwardees(long campaignId) {
    return nominees(
        dossiers.inStatusOrAwarded(
            campaignId, NominationStatus.CHO_QUYET_DINH.name(), AwardRules.Level.LOCAL.name()));
  }

  /** Passed by the council for an award the city decides. */
  List<Nominee> cityNominees(long campaignId) {
    AwardRules.Context rulesOf = rulesOf(campaignId);
    return nominees(dossiers.passed(campaignId)).stream()
        .filter(n -> level(rulesOf, n.type()) == AwardRules.Level.CITY)
        .toList();
  }

  List<Nominee> allNominees(long campaignId) {
    return nominees(dossiers.ofCampaign(campaignId));
  }

  List<Participation> participation(long campaignId) {
    return progress.units(campaignId, ProgressReport.Order.BY_CODE).stream()
        .map(
            p ->
                new Participation(
                    p.unitCode(),
                    p.unitName(),
                    day(p.registeredAt()),
                    p.registeredOnTime(),
                    day(p.reportedAt()),
                    Boolean.TRUE.equals(p.reportedOnTime()),
                    p.nominated(),
                    p.awarded()))
        .toList();
  }

  boolean takesPart(long campaignId, String unitCode) {
    return participation.takesPart(campaignId, unitCode);
  }

  Optional<Proposal> cityProposal(long campaignId) {
    return awards.lastProposal(campaignId).map(p -> new Proposal(p.number(), p.date()));
  }

  String conclusion(long campaignId) {
    return campaigns.conclusion(campaignId);
  }

  /**
   * Who signs a decision: the user who recorded it when it is already recorded under this number,
   * otherwise the chairman of the campaign's office (the first member of the chairman's group there).
   */
  String signer(long campaignId, String number) {
    Optional<String> recorded =
        number == null ? Optional.empty() : awards.signedBy(campaignId, number);
    String office = campaigns.get(campaignId).officeCode();
    String userId =
        recorded.isEmpty()
            ? system.run(
                () -> {
                  var chairmen = identityService.createUserQuery().memberOfGroup(Roles.CHU_TICH);
                  return (office == null ? chairmen : chairmen.memberOfTenant(office)).orderByUserId()
                        .asc().list().stream()
                        .map(User::getId)
                        .findFirst()
                        .orElse(null);
                })
            : recorded.get();
    return userId == null ? "" : withoutRole(users.displayName(userId));
  }

  // ---- rules (award-rules.dmn, cash-award.dmn), read whatever the current user may do

  AwardRules.Threshold threshold(AwardRules.Context rulesOf, AwardType type) {
    return system.run(() -> rules.threshold(type, rulesOf));
  }

  AwardRules.Level level(AwardRules.Context rulesOf, AwardType type) {
    return system.run(() -> rules.levelNow(type, rulesOf));
  }

  /** The cash that goes with an award decided on a day under the campaign's rules; 0 when none. */
  long cash(AwardRules.Context rulesOf, Nominee n, LocalDate day) {
    return system.run(() -> rules.cashAmount(n.type(), n.kind(), rulesOf, day)).orElse(0L);
  }

  // ---- helpers

  private static List<Nominee> nominees(List<NomineeRow> rows) {
    return rows.stream()
        .map(
            r ->
                new Nominee(
                    r.id(),
                    r.name(),
                    r.kind(),
                    r.unitCode(),
                    r.unitName(),
                    r.type(),
                    NominationStatus.valueOf(r.status()),
                    r.agree(),
                    r.members(),
                    r.passed()))
        .toList();
  }

  /** A name without the role note the demo users carry in parentheses, for a signature. */
  static String withoutRole(String name) {
    return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
  }

  private LocalDate day(java.time.Instant instant) {
    // the day in Vietnam, whatever the server's time zone
    return instant == null ? null : instant.atZone(zone).toLocalDate();
  }
}
