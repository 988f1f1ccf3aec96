package vn.tdkt.council;

import static vn.tdkt.campaign.CampaignProcess.Var.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.award.AwardRules;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;

@Configuration
public class CouncilDelegates {

  private final CouncilService council;
  private final Messages messages;
  private final AwardRules rules;
  private final vn.tdkt.system.Deadlines deadlines;

  public CouncilDelegates(
      CouncilService council, Messages messages, AwardRules rules, vn.tdkt.system.Deadlines deadlines) {
    this.council = council;
    this.messages = messages;
    this.rules = rules;
    this.deadlines = deadlines;
  }

  @Bean
  public JavaDelegate openSessionDelegate() {
    return execution -> {
      CouncilService.Session session = council.open(Vars.id(execution, CAMPAIGN_ID));
      execution.setVariable(SESSION_ID, session.id());
      execution.setVariable(COUNCIL_MEMBERS, new ArrayList<>(session.members()));
      execution.setVariable(NOMINEE_COUNT, session.nominees().size());
      execution.setVariable(
          NOMINEE_TABLE, Vars.json(session.nominees().stream().map(council::row).toList()));
      execution.setVariable(
          BALLOT_OPTIONS, Vars.json(session.nominees().stream().map(council::option).toList()));
    };
  }

  /** Records the ballot of the member whose ballot task was just completed. */
  @Bean
  public JavaDelegate castBallotDelegate() {
    return execution ->
        council.castBallot(
            Vars.id(execution, SESSION_ID),
            Vars.text(execution, COUNCIL_MEMBER),
            Vars.strings(execution, AGREED_NOMINATION_IDS));
  }

  @Bean
  public JavaDelegate tallyVotesDelegate() {
    return execution -> {
      List<CouncilService.Result> results = council.tally(Vars.id(execution, SESSION_ID));
      List<Map<String, Object>> tally = new ArrayList<>();
      List<Map<String, Object>> local = new ArrayList<>();
      List<Map<String, Object>> city = new ArrayList<>();
      List<Map<String, Object>> cityOptions = new ArrayList<>();
      for (CouncilService.Result r : results) {
        Nomination n = r.nomination();
        Map<String, Object> row = new LinkedHashMap<>(council.row(n));
        row.put("votes", r.agree() + "/" + r.members());
        row.put("result", messages.get(r.passed() ? "tally.passed" : "tally.failed"));
        tally.add(row);
        if (r.passed() && r.level() == AwardRules.Level.LOCAL) {
          Map<String, Object> awardee = new LinkedHashMap<>(row);
          awardee.put(
              "cash",
              rules.cashAmount(n.awardType(), deadlines.today())
                  .map(amount -> String.format(Messages.VI, "%,d đ", amount))
                  .orElse(""));
          local.add(awardee);
        } else if (r.passed()) {
          city.add(row);
          cityOptions.add(council.option(n));
        }
      }
      execution.setVariable(TALLY_TABLE, Vars.json(tally));
      execution.setVariable(LOCAL_AWARDEE_TABLE, Vars.json(local));
      execution.setVariable(CITY_NOMINEE_TABLE, Vars.json(city));
      execution.setVariable(CITY_NOMINEE_OPTIONS, Vars.json(cityOptions));
      execution.setVariable(LOCAL_AWARDS_PASSED, !local.isEmpty());
      execution.setVariable(CITY_AWARDS_PASSED, !city.isEmpty());
    };
  }
}
