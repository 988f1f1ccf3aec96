package vn.tdkt.council;

import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.rules.AwardType;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.nomination.NominationStatus;
import vn.tdkt.reporting.AwardReport;
import vn.tdkt.system.InputCheck;
import vn.tdkt.system.Messages;
import vn.tdkt.system.SystemActions;

/**
 * The council session: who sits, the ballots (agree, disagree, abstain; written votes of absent
 * members; conflicts of interest excluded), the secretary's closing, and the tally against each award
 * type's threshold and quota under the campaign's regime.
 */
@Service
public class CouncilService {

  public static final String COUNCIL_GROUP = vn.tdkt.system.Roles.HOI_DONG;

  /** A member's choice on one nominee. */
  public enum Choice {
    AGREE,
    DISAGREE,
    ABSTAIN,
    EXCLUDED
  }

  private final CouncilRepository sessions;
  private final AwardReport awards;
  private final NominationRepository nominations;
  private final CampaignRepository campaigns;
  private final IdentityService identityService;
  private final AwardRules rules;
  private final CouncilMembers memberUnits;
  private final vn.tdkt.system.Deadlines deadlines;
  private final Messages messages;
  private final java.time.Clock clock;
  private final InputCheck inputs;

  public CouncilService(
      CouncilRepository sessions,
      AwardReport awards,
      NominationRepository nominations,
      CampaignRepository campaigns,
      IdentityService identityService,
      AwardRules rules,
      CouncilMembers memberUnits,
      vn.tdkt.system.Deadlines deadlines,
      Messages messages,
      java.time.Clock clock,
      InputCheck inputs) {
    this.inputs = inputs;
    this.sessions = sessions;
    this.awards = awards;
    this.nominations = nominations;
    this.campaigns = campaigns;
    this.identityService = identityService;
    this.rules = rules;
    this.memberUnits = memberUnits;
    this.deadlines = deadlines;
    this.messages = messages;
    this.clock = clock;
  }

  public record Session(long id, List<String> members, List<Nomination> nominees) {}

  /**
   * One member's ballot as submitted: the rest of the session's nominees are abstentions. A written
   * vote recorded by Nội vụ carries a note on the paper it came from.
   */
  public record Ballot(
      Collection<String> agree,
      Collection<String> disagree,
      Collection<String> conflicts,
      @Size(max = 1000, message = "field.writtenNote") String writtenNote) {}

  /**
   * The tally of one nominee: the votes, the members excluded for a conflict of interest, the
   * denominator of the share ({@code entitled}: all members of the council, the excluded and the
   * absent included), the threshold, and the outcome after the quota.
   */
  public record Result(
      Nomination nomination,
      int agree,
      int disagree,
      int abstain,
      int excluded,
      int entitled,
      AwardRules.Threshold threshold,
      boolean passed,
      String note,
      AwardRules.Level level) {}

  /**
   * Opens a session with the members of the campaign's office's council and every dossier appraised
   * eligible.
   */
  public Session open(long campaignId) {
    String office = campaigns.get(campaignId).officeCode();
    List<String> members =
        SystemActions.asSystem(
            () -> {
              var query = identityService.createUserQuery().memberOfGroup(COUNCIL_GROUP);
              return (office == null ? query : query.memberOfTenant(office)).orderByUserId().asc()
                    .list().stream()
                    .map(User::getId)
                    .toList();
            });
    if (members.isEmpty()) {
      throw messages.reject("council.noMembers");
    }
    List<Nomination> nominees = nominations.ofCampaign(campaignId, List.of(NominationStatus.DA_DUYET));
    Map<String, String> unitByMember = new java.util.LinkedHashMap<>();
    members.forEach(m -> unitByMember.put(m, memberUnits.unitOf(m).orElse(null)));
    long sessionId = sessions.open(campaignId, unitByMember);
    nominations.putBefore(sessionId, nominees.stream().map(Nomination::id).toList());
    return new Session(sessionId, members, nominations.ofSession(sessionId));
  }

  /** The unit a member belongs to in a session, if any. */
  public Optional<String> memberUnit(long sessionId, String member) {
    return sessions.memberUnit(sessionId, member);
  }

  /** The nominees a member may vote on: all but those of the member's own unit. */
  public List<Nomination> votable(long sessionId, String member) {
    Optional<String> own = memberUnit(sessionId, member);
    return nominations.ofSession(sessionId).stream()
        .filter(n -> own.isEmpty() || !own.get().equals(n.unitCode()))
        .toList();
  }

  /** The nominees a member cannot vote on because they come from the member's own unit. */
  public List<Nomination> conflicted(long sessionId, String member) {
    Optional<String> own = memberUnit(sessionId, member);
    return own.isEmpty()
        ? List.of()
        : nominations.ofSession(sessionId).stream()
            .filter(n -> own.get().equals(n.unitCode()))
            .toList();
  }

  /**
   * Records one member's ballot. {@code recordedBy} is who submitted it: the member, or Phòng Nội vụ
   * recording the written vote of an absent member (then {@code writtenNote} is required).
   */
  public void castBallot(
      long sessionId, String member, Ballot ballot, String recordedBy, boolean written) {
    if (member == null || !sessions.sits(sessionId, member)) {
      throw messages.reject("ballot.notMember");
    }
    if (sessions.session(sessionId).tallied()) {
      throw messages.reject("ballot.closed");
    }
    if (written && (ballot.writtenNote() == null || ballot.writtenNote().isBlank())) {
      throw messages.reject("ballot.written.noteRequired");
    }
    inputs.valid(ballot);
    List<Nomination> nominees = nominations.ofSession(sessionId);
    Set<String> known = new HashSet<>();
    nominees.forEach(n -> known.add(String.valueOf(n.id())));
    Map<String, Choice> chosen = new HashMap<>();
    mark(chosen, ballot.agree(), Choice.AGREE, known, nominees, "ballot.twoChoices");
    mark(chosen, ballot.disagree(), Choice.DISAGREE, known, nominees, "ballot.twoChoices");
    mark(chosen, ballot.conflicts(), Choice.EXCLUDED, known, nominees, "ballot.twoChoices");
    Set<Long> ownUnit = new HashSet<>();
    conflicted(sessionId, member).forEach(n -> ownUnit.add(n.id()));
    Timestamp now = Timestamp.from(clock.instant());
    for (Nomination n : nominees) {
      Choice choice =
          ownUnit.contains(n.id())
              ? Choice.EXCLUDED
              : chosen.getOrDefault(String.valueOf(n.id()), Choice.ABSTAIN);
      sessions.vote(sessionId, n.id(), member, choice, now, written, recordedBy,
          written ? ballot.writtenNote().strip() : null);
    }
  }

  /**
   * A ballot filled in as "agree with all but": the member agrees with every nominee on the
   * member's ballot except those picked as disagreed, abstained on, or in conflict of interest
   * (each nominee in one list at most).
   */
  public Ballot allBut(
      long sessionId,
      String member,
      Collection<String> disagree,
      Collection<String> abstain,
      Collection<String> conflicts,
      String writtenNote) {
    List<Nomination> nominees = nominations.ofSession(sessionId);
    Set<String> known = new HashSet<>();
    nominees.forEach(n -> known.add(String.valueOf(n.id())));
    Map<String, Choice> chosen = new HashMap<>();
    mark(chosen, disagree, Choice.DISAGREE, known, nominees, "ballot.twoExceptions");
    mark(chosen, abstain, Choice.ABSTAIN, known, nominees, "ballot.twoExceptions");
    mark(chosen, conflicts, Choice.EXCLUDED, known, nominees, "ballot.twoExceptions");
    List<String> agree = new ArrayList<>();
    for (Nomination n : votable(sessionId, member)) {
      if (!chosen.containsKey(String.valueOf(n.id()))) {
        agree.add(String.valueOf(n.id()));
      }
    }
    return new Ballot(agree, List.copyOf(disagree), List.copyOf(conflicts), writtenNote);
  }

  private void mark(
      Map<String, Choice> chosen,
      Collection<String> ids,
      Choice choice,
      Set<String> known,
      List<Nomination> nominees,
      String twoChoices) {
    for (String id : ids) {
      if (!known.contains(id)) {
        throw messages.reject("ballot.unknownNominee");
      }
      Choice before = chosen.put(id, choice);
      if (before != null && before != choice) {
        String name =
            nominees.stream()
                .filter(n -> String.valueOf(n.id()).equals(id))
                .map(Nomination::nomineeName)
                .findFirst()
                .orElse(id);
        throw messages.reject(twoChoices, name);
      }
    }
  }

  /** The members who have not voted yet, in user id order. */
  public List<String> notVoted(long sessionId) {
    return sessions.notVoted(sessionId);
  }

  /** The secretary closes the voting before every member has voted; missing ballots count as not agreeing. */
  public void close(long sessionId, String closedBy, String note) {
    if (note != null && note.length() > 2000) {
      throw messages.reject("plan.text.tooLong", messages.get("field.closeNote"), 2000);
    }
    sessions.close(sessionId, closedBy, note == null || note.isBlank() ? null : note.strip());
  }

  /**
   * Counts each nominee's votes and applies the threshold of its award type over all members of the
   * council ("tính trên tổng số thành viên của Hội đồng": a member excluded for a conflict of interest,
   * or absent without a written vote, still counts), then the quota of the campaign's regime.
   */
  public List<Result> tally(long sessionId) {
    CouncilRepository.SessionRow session = sessions.session(sessionId);
    int members = session.memberCount();
    long campaignId = session.campaignId();
    AwardRules.Context context = campaigns.get(campaignId).rules();
    List<Result> results = new ArrayList<>();
    // the rules are the same for every nominee of an award type: evaluated once per type, not per
    // nominee (a city session has hundreds)
    Map<AwardType, AwardRules.Threshold> thresholds = new java.util.EnumMap<>(AwardType.class);
    Map<AwardType, AwardRules.Level> levels = new java.util.EnumMap<>(AwardType.class);
    Map<Long, Map<Choice, Integer>> votes = sessions.countsByNominee(sessionId);
    for (Nomination n : nominations.ofSession(sessionId)) {
      Map<Choice, Integer> counts = votes.getOrDefault(n.id(), Map.of());
      int agree = counts.getOrDefault(Choice.AGREE, 0);
      int excluded = counts.getOrDefault(Choice.EXCLUDED, 0);
      int entitled = members;
      AwardRules.Threshold threshold = thresholds.computeIfAbsent(n.awardType(), t -> rules.threshold(t, context));
      results.add(
          new Result(
              n,
              agree,
              counts.getOrDefault(Choice.DISAGREE, 0),
              counts.getOrDefault(Choice.ABSTAIN, 0),
              excluded,
              entitled,
              threshold,
              threshold.passes(agree, entitled),
              threshold.passes(agree, entitled) ? null : messages.get("tally.belowThreshold"),
              levels.computeIfAbsent(n.awardType(), t -> rules.levelNow(t, context))));
    }
    results = applyQuotas(results, context, campaignId);
    for (Result r : results) {
      NominationStatus status =
          !r.passed()
              ? NominationStatus.TRA_LAI_XET_DUYET
              : r.level() == AwardRules.Level.LOCAL
                  ? NominationStatus.CHO_QUYET_DINH
                  : NominationStatus.DE_NGHI_THANH_PHO;
      nominations.recordVote(
          r.nomination().id(), r.agree(), r.disagree(), r.abstain(), r.excluded(), r.entitled(),
          r.passed(), r.note(), status);
    }
    sessions.tallied(sessionId);
    return results;
  }

  /**
   * Where the regime limits an award type to a share of the nominees recognised with other types,
   * the nominees with the most agreeing votes keep it (with equal votes, women first) and the others
   * over the limit do not pass.
   */
  private List<Result> applyQuotas(List<Result> results, AwardRules.Context context, long campaignId) {
    List<Result> out = new ArrayList<>(results);
    for (AwardType type : AwardType.values()) {
      Optional<AwardRules.Quota> quota = rules.quota(type, context);
      if (quota.isEmpty()) {
        continue;
      }
      // the share is of all individuals recognised this year: this session's, and those the office's
      // other campaigns awarded this year, whose limited awards count against it too
      int year = deadlines.today().getYear();
      int recognisedBefore = awardedThisYear(quota.get().ofTypes(), context, campaignId, year);
      int limitedBefore = awardedThisYear(List.of(type), context, campaignId, year);
      int recognised =
          recognisedBefore
              + (int)
                  out.stream()
                      .filter(Result::passed)
                      .filter(r -> quota.get().ofTypes().contains(r.nomination().awardType()))
                      .count();
      int allowed = Math.max(0, quota.get().allowed(recognised) - limitedBefore);
      List<Result> limited =
          out.stream()
              .filter(Result::passed)
              .filter(r -> r.nomination().awardType() == type)
              // more agreeing votes first; with equal votes, a woman or a collective of at least
              // 70 % women (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6), then the earlier dossier
              .sorted(
                  Comparator.comparingInt(Result::agree)
                      .reversed()
                      .thenComparing(r -> !r.nomination().womenPriority())
                      .thenComparing(r -> r.nomination().id()))
              .toList();
      for (int i = allowed; i < limited.size(); i++) {
        Result r = limited.get(i);
        String note =
            messages.get(
                "tally.overQuota",
                messages.get(type.labelKey()),
                quota.get().percent(),
                recognised,
                allowed,
                quota.get().source());
        out.set(
            out.indexOf(r),
            new Result(r.nomination(), r.agree(), r.disagree(), r.abstain(), r.excluded(),
                r.entitled(), r.threshold(), false, note, r.level()));
      }
    }
    return out;
  }

  /** Individuals awarded one of the types this year by the office's other campaigns. */
  private int awardedThisYear(
      List<AwardType> types, AwardRules.Context context, long campaignId, int year) {
    return awards.individualsAwarded(types, context.officeCode(), campaignId, year);
  }
}
