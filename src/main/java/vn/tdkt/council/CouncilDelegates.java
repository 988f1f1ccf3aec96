package vn.tdkt.council;

import static vn.tdkt.campaign.CampaignProcess.Var.*;
import static vn.tdkt.council.CouncilProcess.Var.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.rules.AwardRules;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.disclosure.DisclosureService;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;

@Configuration
public class CouncilDelegates {

  private final CouncilService council;
  private final DisclosureService disclosure;
  private final CampaignRepository campaigns;
  private final Messages messages;
  private final AwardRules rules;
  private final Deadlines deadlines;
  private final vn.tdkt.nomination.NomineeRows rows;
  private final vn.tdkt.system.Users users;
  private final vn.tdkt.system.CurrentUser currentUser;

  public CouncilDelegates(
      CouncilService council,
      DisclosureService disclosure,
      CampaignRepository campaigns,
      Messages messages,
      AwardRules rules,
      Deadlines deadlines,
      vn.tdkt.nomination.NomineeRows rows,
      vn.tdkt.system.Users users,
      vn.tdkt.system.CurrentUser currentUser) {
    this.council = council;
    this.disclosure = disclosure;
    this.campaigns = campaigns;
    this.messages = messages;
    this.rules = rules;
    this.deadlines = deadlines;
    this.rows = rows;
    this.users = users;
    this.currentUser = currentUser;
  }

  /** Opens the session once every objection to the published list has been resolved. */
  @Bean
  public JavaDelegate openSessionDelegate() {
    return execution -> {
      long campaignId = Vars.id(execution, CAMPAIGN_ID);
      int open = disclosure.unresolved(campaignId);
      if (open > 0) {
        throw messages.reject("session.objectionsOpen", open);
      }
      CouncilService.Session session = council.open(campaignId);
      execution.setVariable(SESSION_ID, session.id());
      execution.setVariable(COUNCIL_MEMBERS, new ArrayList<>(session.members()));
      execution.setVariable(NOMINEE_COUNT, session.nominees().size());
      execution.setVariable(
          NOMINEE_TABLE, Vars.json(session.nominees().stream().map(rows.batch()::row).toList()));
    };
  }

  /**
   * The ballot of one member: the nominees the member may vote on; those of the member's own unit
   * are listed apart and excluded (conflict of interest).
   */
  @Bean
  public JavaDelegate prepareBallotDelegate() {
    return execution -> {
      long sessionId = Vars.id(execution, SESSION_ID);
      String member = Vars.text(execution, COUNCIL_MEMBER);
      execution.setVariableLocal(COUNCIL_MEMBER_NAME, users.displayName(member));
      List<Nomination> votable = council.votable(sessionId, member);
      execution.setVariableLocal(BALLOT_OPTIONS, Vars.json(votable.stream().map(rows.batch()::option).toList()));
      execution.setVariableLocal(BALLOT_MODE, CouncilProcess.BallotMode.forNominees(votable.size()).name());
      List<Nomination> conflicted = council.conflicted(sessionId, member);
      execution.setVariableLocal(
          CONFLICT_TEXT,
          conflicted.isEmpty()
              ? ""
              : messages.get(
                  "ballot.conflict.auto",
                  String.join(", ", conflicted.stream().map(Nomination::nomineeName).toList())));
    };
  }

  /**
   * Records the ballot of the member whose ballot task was just completed: by the member, or by Nội
   * vụ from the member's written vote.
   */
  @Bean
  public JavaDelegate castBallotDelegate() {
    return execution -> {
      String member = Vars.text(execution, COUNCIL_MEMBER);
      String recordedBy = currentUser.idOrNull();
      boolean written = recordedBy != null && !recordedBy.equals(member);
      long sessionId = Vars.id(execution, SESSION_ID);
      CouncilService.Ballot ballot =
          CouncilProcess.BallotMode.of(execution.getVariable(BALLOT_MODE)) == CouncilProcess.BallotMode.ALL_BUT
              ? council.allBut(
                  sessionId,
                  member,
                  Vars.strings(execution, EXCEPT_DISAGREE_IDS),
                  Vars.strings(execution, EXCEPT_ABSTAIN_IDS),
                  Vars.strings(execution, EXCEPT_CONFLICT_IDS),
                  Vars.text(execution, WRITTEN_BALLOT_NOTE))
              : new CouncilService.Ballot(
                  Vars.strings(execution, AGREE_IDS),
                  Vars.strings(execution, DISAGREE_IDS),
                  Vars.strings(execution, CONFLICT_IDS),
                  Vars.text(execution, WRITTEN_BALLOT_NOTE));
      council.castBallot(sessionId, member, ballot, recordedBy, written);
    };
  }

  /** The secretary's task shows who has voted so far. */
  @Bean
  public TaskListener votingProgressListener() {
    return task -> {
      long sessionId = Vars.id(task, SESSION_ID);
      List<String> members = Vars.strings(task, COUNCIL_MEMBERS);
      List<String> missing = council.notVoted(sessionId);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String m : members) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("member", users.displayName(m));
        row.put(
            "voted", messages.get(missing.contains(m) ? "voting.notYet" : "voting.done"));
        rows.add(row);
      }
      task.setVariableLocal(VOTING_TABLE, Vars.json(rows));
      task.setVariableLocal(
          VOTING_TEXT, messages.get("voting.progress", members.size() - missing.size(), members.size()));
    };
  }

  @Bean
  public JavaDelegate closeVotingDelegate() {
    return execution ->
        council.close(Vars.id(execution, SESSION_ID), currentUser.idOrNull(), Vars.text(execution, CLOSE_NOTE));
  }

  @Bean
  public JavaDelegate tallyVotesDelegate() {
    return execution -> {
      long campaignId = Vars.id(execution, CAMPAIGN_ID);
      AwardRules.Context context = campaigns.get(campaignId).rules();
      List<CouncilService.Result> results = council.tally(Vars.id(execution, SESSION_ID));
      List<Map<String, Object>> tally = new ArrayList<>();
      List<Map<String, Object>> local = new ArrayList<>();
      List<Map<String, Object>> city = new ArrayList<>();
      List<Map<String, Object>> cityOptions = new ArrayList<>();
      vn.tdkt.nomination.NomineeRows.Batch batch = rows.batch();
      // the cash is the same for every awardee of a type and kind: evaluated once for each
      Map<String, String> cash = new java.util.HashMap<>();
      for (CouncilService.Result r : results) {
        Nomination n = r.nomination();
        Map<String, Object> row = new LinkedHashMap<>(batch.row(n));
        row.put("votes", messages.get("tally.votes", r.agree(), r.entitled(), r.disagree(),
            r.abstain(), r.excluded()));
        row.put("threshold", r.threshold().text());
        row.put(
            "result",
            messages.get(r.passed() ? "tally.passed" : "tally.failed")
                + (r.note() == null ? "" : " – " + r.note()));
        tally.add(row);
        if (r.passed() && r.level() == AwardRules.Level.LOCAL) {
          Map<String, Object> awardee = new LinkedHashMap<>(row);
          awardee.put(
              "cash",
              cash.computeIfAbsent(n.awardType() + "/" + n.nomineeKind(), k ->
                  rules.cashAmount(n.awardType(), n.nomineeKind(), context, deadlines.today())
                      .map(amount -> String.format(Messages.VI, "%,d đ", amount))
                      .orElse("")));
          local.add(awardee);
        } else if (r.passed()) {
          city.add(row);
          cityOptions.add(batch.option(n));
        }
      }
      execution.setVariable(TALLY_TABLE, Vars.json(tally));
      execution.setVariable(LOCAL_AWARDEE_TABLE, Vars.json(local));
      execution.setVariable(CITY_NOMINEE_TABLE, Vars.json(city));
      execution.setVariable(CITY_NOMINEE_OPTIONS, Vars.json(cityOptions));
      execution.setVariable(LOCAL_AWARDS_PASSED, !local.isEmpty());
      execution.setVariable(CITY_AWARDS_PASSED, !city.isEmpty());
      // the session's papers follow as their own job (Task_LapGiayToPhienHop): a paper that fails
      // is retried and becomes an incident, the tally stays
    };
  }
}
