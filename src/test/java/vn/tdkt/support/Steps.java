package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.council.CouncilProcess;

/** The business steps of a campaign, as each role takes them in the Tasklist. */
@Component
public class Steps {

  public static final List<String> COUNCIL = List.of("chutich", "hoidong1", "hoidong2", "hoidong3");

  private final Driver driver;
  private final JdbcTemplate jdbc;
  private final org.camunda.bpm.engine.ProcessEngine engine;

  public Steps(Driver driver, JdbcTemplate jdbc, org.camunda.bpm.engine.ProcessEngine engine) {
    this.driver = driver;
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** Nội vụ drafts the plan, the chairman approves it, the launch jobs run. */
  public ProcessInstance launch(String code, List<String> unitKinds, List<Map<String, String>> assignments) {
    ProcessInstance campaign = driver.draft(Driver.plan(code, unitKinds, assignments));
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    return campaign;
  }

  public void register(String unit, String code) {
    driver.complete(unit, code, ParticipationProcess.Element.REGISTER,
        Map.of(ParticipationProcess.Var.ACTIVITY_NAME, "Lễ báo công dâng Bác",
            ParticipationProcess.Var.ACTIVITY_KIND, "LE_BAO_CONG",
            ParticipationProcess.Var.ACTIVITY_DATE, today().plusDays(5).toString()));
  }

  public void report(String unit, String code) {
    driver.complete(unit, code, ParticipationProcess.Element.REPORT,
        Map.of(ParticipationProcess.Var.RESULT_SUMMARY, "Đã tổ chức, 120 người tham gia",
            ParticipationProcess.Var.PARTICIPANTS, 120L,
            ParticipationProcess.Var.RESULT_LINK, "https://vanban.longbien.example/bc/1"));
  }

  public void registerAndReport(String unit, String code) {
    register(unit, code);
    report(unit, code);
  }

  public Map<String, Object> dossier(String kind, String name, String award, boolean more) {
    Map<String, Object> form = new HashMap<>();
    form.put(NominationProcess.Var.HAS_NOMINATION, "YES");
    form.put(NominationProcess.Var.NOMINEE_KIND, kind);
    form.put(NominationProcess.Var.NOMINEE_NAME, name);
    form.put(NominationProcess.Var.NOMINEE_POSITION, "Giáo viên");
    form.put(NominationProcess.Var.AWARD_TYPE, award);
    form.put(NominationProcess.Var.ACHIEVEMENTS, "Hoàn thành xuất sắc nhiệm vụ năm học");
    form.put(NominationProcess.Var.DOCUMENT_LINK, "https://vanban.longbien.example/hs/1");
    form.put(NominationProcess.Var.MORE_NOMINATIONS, more);
    return form;
  }

  public void nominate(String unit, String code, String kind, String name, String award, boolean more) {
    driver.complete(unit, code, ParticipationProcess.Element.NOMINATE, dossier(kind, name, award, more));
  }

  public void noMoreNominations(String unit, String code) {
    driver.complete(unit, code, ParticipationProcess.Element.NOMINATE,
        Map.of(NominationProcess.Var.HAS_NOMINATION, "NO"));
  }

  public Task appraisalOf(String code, String nominee) {
    return driver.tasks("noivu", code, NominationProcess.Element.APPRAISE).stream()
        .filter(t -> t.getName().contains(nominee))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No appraisal task for " + nominee));
  }

  public void appraise(String code, String nominee, String outcome, String reason, String missing) {
    Map<String, Object> form = new HashMap<>();
    form.put(NominationProcess.Var.APPRAISAL_OUTCOME, outcome);
    form.put(NominationProcess.Var.APPRAISAL_REASON, reason);
    form.put(NominationProcess.Var.MISSING_ITEMS, missing);
    driver.complete("noivu", appraisalOf(code, nominee), form);
    driver.runJobs();
  }

  public void supplement(String unit, String code) {
    driver.complete(unit, code, NominationProcess.Element.SUPPLEMENT,
        Map.of(NominationProcess.Var.ACHIEVEMENTS, "Thành tích đã cập nhật",
            NominationProcess.Var.SUPPLEMENT_NOTE, "Đã bổ sung biên bản họp xét"));
  }

  public long campaignId(String code) {
    return jdbc.queryForObject("SELECT id FROM campaign WHERE code = ?", Long.class, code);
  }

  public long nominationId(String code, String nominee) {
    return jdbc.queryForObject(
        "SELECT id FROM nomination WHERE campaign_id = ? AND nominee_name = ?",
        Long.class, campaignId(code), nominee);
  }

  public String nominationStatus(String code, String nominee) {
    return jdbc.queryForObject("SELECT status FROM nomination WHERE id = ?", String.class,
        nominationId(code, nominee));
  }

  /** A campaign of the schools whose council session is open with one eligible dossier (LĐTT). */
  public void atCouncil(String code, String nominee) {
    launch(code, List.of("TRUONG_HOC"), List.of());
    registerAndReport("th-ngocthuy", code);
    nominate("th-ngocthuy", code, "CA_NHAN", nominee, "LDTT", false);
    appraise(code, nominee, NominationProcess.Outcome.ELIGIBLE, null, null);
    openSession(code);
  }

  /**
   * The nomination deadline passes; Nội vụ publishes the list, the disclosure period ends, and Nội
   * vụ reviews the units' progress and opens the session.
   */
  public void openSession(String code) {
    publishList(code);
    endDisclosure(code);
    prepareSession(code);
  }

  /** The council session of the campaign, called by it when the nomination deadline has passed. */
  public ProcessInstance session(String code) {
    ProcessInstance session = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CouncilProcess.KEY).processInstanceBusinessKey(code).singleResult();
    assertThat(session).as("the council session of %s", code).isNotNull();
    return session;
  }

  /** The nomination deadline passes and Nội vụ publishes the list of eligible nominees. */
  public void publishList(String code) {
    driver.fireTimers(code, CampaignProcess.Element.NOMINATIONS_CLOSED);
    driver.complete("noivu", code, CouncilProcess.Element.PUBLISH_LIST,
        Map.of("disclosureChannel", "Niêm yết tại trụ sở UBND quận"));
  }

  public void endDisclosure(String code) {
    driver.fireTimers(code, CouncilProcess.Element.DISCLOSURE_OVER);
  }

  public void prepareSession(String code) {
    driver.complete("noivu", code, CouncilProcess.Element.PREPARE_SESSION, Map.of());
  }

  /** Someone objects to a nominee on the published list (through the Tasklist's start form). */
  public void object(String user, String code, String nominee, String content) {
    Map<String, Object> form = new HashMap<>();
    form.put(vn.tdkt.disclosure.ObjectionProcess.Var.CAMPAIGN_CODE, code);
    form.put(vn.tdkt.disclosure.ObjectionProcess.Var.NOMINATION_ID, nominationId(code, nominee));
    form.put(vn.tdkt.disclosure.ObjectionProcess.Var.OBJECTOR, "Nguyễn Văn Dân");
    form.put(vn.tdkt.disclosure.ObjectionProcess.Var.OBJECTOR_CONTACT, "0912 345 678");
    form.put(vn.tdkt.disclosure.ObjectionProcess.Var.CONTENT, content);
    driver.startObjection(user, form);
  }

  /** Nội vụ resolves the objection to a nominee: KEEP or WITHDRAW. */
  public void resolveObjection(String code, String outcome, String resolution) {
    driver.complete("noivu", code, vn.tdkt.disclosure.ObjectionProcess.Element.RESOLVE,
        Map.of(vn.tdkt.disclosure.ObjectionProcess.Var.OUTCOME, outcome,
            vn.tdkt.disclosure.ObjectionProcess.Var.RESOLUTION, resolution));
  }

  /** One member's ballot: agrees with the nominees named, disagrees with the others. */
  public void vote(String member, String code, String... agreed) {
    List<String> others = new java.util.ArrayList<>();
    for (String name : jdbc.queryForList(
        "SELECT nominee_name FROM nomination WHERE campaign_id = ? AND session_id IS NOT NULL",
        String.class, campaignId(code))) {
      if (!List.of(agreed).contains(name)) {
        others.add(name);
      }
    }
    ballot(member, member, code, List.of(agreed), others, List.of(), "");
  }

  /**
   * A ballot submitted by {@code by}: the member, or Nội vụ recording a written vote; nominees in
   * none of the lists are abstentions.
   */
  public void ballot(String by, String member, String code, List<String> agree,
      List<String> disagree, List<String> conflicts, String writtenNote) {
    Task task = driver.as(by, () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(CouncilProcess.Element.CAST_BALLOT)
        .taskCandidateUser(member).includeAssignedTasks().singleResult());
    assertThat(task).as("%s sees the ballot of %s", by, member).isNotNull();
    driver.complete(by, task,
        Map.of(CouncilProcess.Var.BALLOT_MODE, CouncilProcess.BallotMode.EACH.name(),
            CouncilProcess.Var.AGREE_IDS, ids(code, agree),
            CouncilProcess.Var.DISAGREE_IDS, ids(code, disagree),
            CouncilProcess.Var.CONFLICT_IDS, ids(code, conflicts),
            CouncilProcess.Var.WRITTEN_BALLOT_NOTE, writtenNote));
  }

  /** A member's ballot filled in as "agree with all but" the nominees named in the three lists. */
  public void ballotAllBut(String member, String code, List<String> disagree, List<String> abstain,
      List<String> conflicts) {
    driver.complete(member, ballotOf(member, code),
        Map.of(CouncilProcess.Var.BALLOT_MODE, CouncilProcess.BallotMode.ALL_BUT.name(),
            CouncilProcess.Var.EXCEPT_DISAGREE_IDS, ids(code, disagree),
            CouncilProcess.Var.EXCEPT_ABSTAIN_IDS, ids(code, abstain),
            CouncilProcess.Var.EXCEPT_CONFLICT_IDS, ids(code, conflicts),
            CouncilProcess.Var.WRITTEN_BALLOT_NOTE, ""));
  }

  /** The ballot task of a member, as the member sees it. */
  public Task ballotOf(String member, String code) {
    Task task = driver.as(member, () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(CouncilProcess.Element.CAST_BALLOT)
        .taskCandidateUser(member).includeAssignedTasks().singleResult());
    assertThat(task).as("%s sees the ballot", member).isNotNull();
    return task;
  }

  /** The secretary (Nội vụ) closes the voting before every member has voted. */
  public void closeVoting(String code, String note) {
    driver.complete("noivu", code, CouncilProcess.Element.CLOSE_VOTING,
        Map.of(CouncilProcess.Var.CLOSE_NOTE, note));
  }

  private org.camunda.spin.json.SpinJsonNode ids(String code, List<String> names) {
    StringBuilder json = new StringBuilder("[");
    for (String name : names) {
      json.append(json.length() > 1 ? "," : "").append('"').append(nominationId(code, name)).append('"');
    }
    return Spin.JSON(json.append(']').toString());
  }

  public void sign(String code, String number) {
    driver.complete("chutich", code, CampaignProcess.Element.SIGN_DECISION,
        Map.of(CampaignProcess.Var.DECISION_NUMBER, number,
            CampaignProcess.Var.DECISION_DATE, today().toString()));
    driver.runJobs();
  }

  public void proposeToCity(String code) {
    driver.complete("noivu", code, CampaignProcess.Element.CITY_PROPOSAL,
        Map.of(CampaignProcess.Var.CITY_PROPOSAL_NUMBER, code + "/TTr-UBND",
            CampaignProcess.Var.CITY_PROPOSAL_DATE, today().toString()));
    // the dossiers go to the city's appraisal, or to Nội vụ's manual record, by a job of their own
    driver.runJobs();
  }

  public void recordCity(String code, String... awarded) {
    StringBuilder json = new StringBuilder("[");
    for (String name : awarded) {
      json.append(json.length() > 1 ? "," : "").append('"').append(nominationId(code, name)).append('"');
    }
    json.append(']');
    Map<String, Object> form = new HashMap<>();
    form.put(CampaignProcess.Var.CITY_AWARDED_IDS, Spin.JSON(json.toString()));
    if (awarded.length > 0) {
      form.put(CampaignProcess.Var.CITY_DECISION_NUMBER, code + "/QĐ-UBND-TP");
      form.put(CampaignProcess.Var.CITY_DECISION_DATE, today().toString());
    }
    driver.complete("noivu", code, CampaignProcess.Element.CITY_OUTCOME, form);
  }

  public void summarize(String code) {
    driver.fireTimersIfAny(code, CampaignProcess.Element.TRACKING_OVER);
    driver.fireTimers(code, CampaignProcess.Element.PERIOD_OVER);
    driver.complete("noivu", code, CampaignProcess.Element.SUMMARIZE,
        Map.of(CampaignProcess.Var.SUMMARY_CONCLUSION, "Phong trào đạt kết quả tốt"));
    // the final report is written by its own job
    driver.runJobs();
  }

  public List<String> awards(String code) {
    return jdbc.queryForList(
        "SELECT nominee_name || ':' || award_type FROM award WHERE campaign_id = ? ORDER BY nominee_name",
        String.class, campaignId(code));
  }

  /** Today by the engine's clock, in Vietnam. */
  public static LocalDate today() {
    return LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
        java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  public static void assertRejected(Runnable action, String messagePart) {
    org.assertj.core.api.Assertions.assertThatThrownBy(action::run)
        .isInstanceOf(vn.tdkt.system.InputRejected.class)
        .hasMessageContaining(messagePart);
  }

  public void assertNoTasks(String user, String code, String key) {
    assertThat(driver.tasks(user, code, key)).isEmpty();
  }
}
