package vn.tdkt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.campaign.CampaignProcess.Element.*;
import static vn.tdkt.council.CouncilProcess.Element.*;
import static vn.tdkt.campaign.CampaignProcess.Var.*;
import static vn.tdkt.council.CouncilProcess.Var.*;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.campaign.CampaignProcess.PlanDecision;
import vn.tdkt.council.CouncilProcess;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.support.Coverage;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignProcessTest extends ProcessTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired vn.tdkt.system.Deadlines deadlines;
  @RegisterExtension static Coverage.Check objectionCoverage =
      Coverage.atLeast(vn.tdkt.disclosure.ObjectionProcess.KEY, 0.9);
  @RegisterExtension static Coverage.Check coverage = Coverage.atLeast(CampaignProcess.KEY, 0.9);
  @RegisterExtension static Coverage.Check sessionCoverage = Coverage.atLeast(CouncilProcess.KEY, 0.9);

  @Test
  @DisplayName("Kế hoạch bị trả lại, sửa, được duyệt; đơn vị thi đua, đề nghị; Hội đồng xét; Chủ tịch ký; Thành phố khen; tổng kết")
  void wholeCampaign() throws Exception {
    mail.purgeEmailFromAllMailboxes();
    String code = Driver.newCode();
    Map<String, Object> plan =
        Driver.plan(code, List.of("TRUONG_HOC"),
            List.of(Map.of("unitCode", "pb-vhtt", "description", "Xây dựng kế hoạch tuyên truyền")));
    ProcessInstance campaign = driver.draft(plan);

    assertThat(campaign).isWaitingAt(APPROVE_PLAN);
    assertThat(campaign.getBusinessKey()).isEqualTo(code);
    assertThat(driver.task("chutich", code, APPROVE_PLAN).getName()).contains(code);
    driver.complete("chutich", code, APPROVE_PLAN,
        Map.of(PLAN_DECISION, PlanDecision.RETURN, RETURN_REASON, "Bổ sung căn cứ của Thành phố"));
    assertThat(campaign).isWaitingAt(REVISE_PLAN);
    assertThat(jdbc.queryForObject("SELECT return_reason FROM campaign WHERE code = ?", String.class, code))
        .isEqualTo("Bổ sung căn cứ của Thành phố");
    plan.put(LEGAL_BASIS, "Luật 2022; Kế hoạch 102/KH-UBND của Thành phố");
    driver.complete("noivu", code, REVISE_PLAN, plan);
    driver.complete("chutich", code, APPROVE_PLAN, Map.of(PLAN_DECISION, PlanDecision.APPROVE));
    assertThat(campaign).isWaitingAt(LAUNCH);
    driver.runJobs();

    // three schools and the department with an assigned responsibility take part; each got the launch mail
    assertThat(Driver.recipients(mail.getReceivedMessages()))
        .containsExactlyInAnyOrder("thngocthuy@longbien.example", "chuvanan@longbien.example",
            "mnhoasua@longbien.example", "vhtt@longbien.example");
    assertThat(campaign).isWaitingAt(NOMINATIONS_CLOSED);
    assertThat(jdbc.queryForObject("SELECT status FROM campaign WHERE code = ?", String.class, code))
        .isEqualTo("ACTIVE");

    steps.registerAndReport("th-ngocthuy", code);
    steps.registerAndReport("thcs-chuvanan", code);
    steps.registerAndReport("mn-hoasua", code);
    driver.complete("pb-vhtt", code, vn.tdkt.participation.ParticipationProcess.Element.RESPONSIBILITY,
        Map.of(vn.tdkt.participation.ParticipationProcess.Var.RESPONSIBILITY_RESULT, "Đã ban hành kế hoạch"));

    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Nguyễn Văn An", "CSTDCS", true);
    steps.nominate("th-ngocthuy", code, "TAP_THE", "Tổ chuyên môn khối 5", "TTLDTT", false);
    steps.nominate("thcs-chuvanan", code, "CA_NHAN", "Trần Thị Bình", "BANG_KHEN_TP", false);
    steps.nominate("mn-hoasua", code, "CA_NHAN", "Lê Thị Cúc", "LDTT", false);

    steps.appraise(code, "Nguyễn Văn An", Outcome.ELIGIBLE, null, null);
    steps.appraise(code, "Tổ chuyên môn khối 5", Outcome.SUPPLEMENT, null, "Biên bản họp xét của đơn vị");
    steps.appraise(code, "Trần Thị Bình", Outcome.ELIGIBLE, null, null);
    steps.appraise(code, "Lê Thị Cúc", Outcome.NOT_ELIGIBLE, "Chưa đủ thời gian công tác", null);
    steps.supplement("th-ngocthuy", code);
    steps.appraise(code, "Tổ chuyên môn khối 5", Outcome.ELIGIBLE, null, null);

    steps.openSession(code);
    ProcessInstance session = steps.session(code);
    assertThat(campaign).isWaitingAt(COUNCIL_SESSION);
    assertThat(session).isWaitingAt(CAST_BALLOT);
    assertThat(driver.tasks("noivu", code, CAST_BALLOT)).as("Nội vụ sees every ballot, to record written votes")
        .hasSize(Steps.COUNCIL.size());
    assertThat(driver.tasks("th-ngocthuy", code, CAST_BALLOT)).as("a unit sees no ballot").isEmpty();
    // CSTĐCS needs 80% of all members, other types more than half
    steps.vote("chutich", code, "Nguyễn Văn An", "Tổ chuyên môn khối 5", "Trần Thị Bình");
    steps.vote("hoidong1", code, "Nguyễn Văn An", "Tổ chuyên môn khối 5", "Trần Thị Bình");
    steps.vote("hoidong2", code, "Nguyễn Văn An", "Trần Thị Bình");
    steps.vote("hoidong3", code, "Nguyễn Văn An");
    driver.runJobs();

    assertThat(campaign).isWaitingAt(SIGN_DECISION);
    assertThat(engine.getRuntimeService().getVariable(campaign.getId(), LOCAL_AWARDEE_TABLE).toString())
        .as("CSTĐCS: 1.0 × the base salary in force").contains("2.340.000 đ");
    assertThat(steps.nominationStatus(code, "Tổ chuyên môn khối 5")).isEqualTo("TRA_LAI_XET_DUYET");
    // the minutes and the draft decision are linked from the chairman's task and open for him
    org.camunda.bpm.engine.task.Task signing = driver.task("chutich", code, SIGN_DECISION);
    String minutes = download("chutich", (String) engine.getTaskService().getVariable(signing.getId(), MINUTES_URL));
    assertThat(minutes).contains("BIÊN BẢN").contains("Nguyễn Văn An").contains("Tổ chuyên môn khối 5");
    String draft = download("chutich", (String) engine.getTaskService().getVariable(signing.getId(), DECISION_DRAFT_URL));
    assertThat(draft).contains("QUYẾT ĐỊNH").contains("Nguyễn Văn An").contains("2.340.000");
    assertThat(rest.withBasicAuth("mn-hoasua", "demo").getForEntity(
        (String) engine.getTaskService().getVariable(signing.getId(), MINUTES_URL), String.class).getStatusCode().value())
        .as("a unit does not read the minutes").isEqualTo(403);
    mail.purgeEmailFromAllMailboxes();
    steps.sign(code, code + "/QĐ-UBND");
    assertThat(download("chutich", (String) engine.getRuntimeService().getVariable(campaign.getId(), DECISION_URL)))
        .contains(code + "/QĐ-UBND");
    assertThat(Driver.recipients(mail.getReceivedMessages()))
        .containsExactlyInAnyOrder("thngocthuy@longbien.example", "chuvanan@longbien.example");
    assertThat(campaign).isWaitingAt(CITY_PROPOSAL);
    steps.proposeToCity(code);
    mail.purgeEmailFromAllMailboxes();
    steps.recordCity(code, "Trần Thị Bình");
    driver.runJobs();
    assertThat(Driver.recipients(mail.getReceivedMessages())).containsExactly("chuvanan@longbien.example");
    assertThat(mail.getReceivedMessages()[0].getSubject()).contains("Kết quả khen thưởng của Thành phố");
    assertThat((String) mail.getReceivedMessages()[0].getContent()).contains(code + "/QĐ-UBND-TP")
        .contains("Quyết định của Thành phố").doesNotContain("Nguyễn Văn An");

    assertThat(campaign).isWaitingAt(PERIOD_OVER);
    String proposal = download("noivu", (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(campaign.getId()).variableName(CITY_PROPOSAL_URL).singleResult().getValue());
    assertThat(proposal).contains("TỜ TRÌNH").contains("Trần Thị Bình");
    steps.summarize(code);
    assertThat(campaign).isEnded();
    assertThat(steps.awards(code)).containsExactly("Nguyễn Văn An:CSTDCS", "Trần Thị Bình:BANG_KHEN_TP");
    String summaryUrl = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(campaign.getId()).variableName(SUMMARY_URL).singleResult().getValue();
    assertThat(download("noivu", summaryUrl)).contains("Phong trào đạt kết quả tốt");
    assertThat(jdbc.queryForObject("SELECT status FROM campaign WHERE code = ?", String.class, code))
        .isEqualTo("CLOSED");
    assertThat(campaign).hasPassedInOrder(APPROVE_PLAN, REVISE_PLAN, APPROVE_PLAN, LAUNCH, NOMINATIONS_CLOSED,
        COUNCIL_SESSION, SIGN_DECISION, RECORD_DECISION, CITY_PROPOSAL, CITY_OUTCOME, SUMMARIZE,
        CampaignProcess.Element.END);
    assertThat(session).hasPassedInOrder(PUBLISH_LIST, DISCLOSURE_OVER, PREPARE_SESSION, CAST_BALLOT, TALLY,
        SESSION_PAPERS, CouncilProcess.Element.END).isEnded();
  }

  /** Downloads a document linked from a task, as the user, and returns its text. */
  String download(String user, String url) {
    assertThat(url).startsWith("/api/documents/");
    var response = rest.withBasicAuth(user, "demo").getForEntity(url, byte[].class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return vn.tdkt.support.OfficeFiles.text(response.getBody());
  }

  @Test
  @DisplayName("Phiên họp: phiếu trắng, phiếu bằng văn bản của thành viên vắng mặt, xung đột lợi ích, Thư ký kết thúc sớm")
  void councilSession() {
    String code = Driver.newCode();
    ProcessInstance campaign = steps.launch(code, List.of("DOAN_THE", "TRUONG_HOC"), List.of());
    steps.registerAndReport("dt-mttq", code);
    steps.nominate("dt-mttq", code, "CA_NHAN", "Hoàng Văn Em", "LDTT", false);
    steps.registerAndReport("mn-hoasua", code);
    steps.nominate("mn-hoasua", code, "CA_NHAN", "Vũ Thị Giang", "CSTDCS", false);
    steps.appraise(code, "Hoàng Văn Em", Outcome.ELIGIBLE, null, null);
    steps.appraise(code, "Vũ Thị Giang", Outcome.ELIGIBLE, null, null);
    steps.openSession(code);

    // hoidong3 comes from the MTTQ: its nominee is not on that member's ballot
    org.camunda.bpm.engine.task.Task ballot3 = driver.task("hoidong3", code, CAST_BALLOT);
    assertThat(ballot3.getName()).contains("Tuấn").contains(code);
    assertThat(engine.getTaskService().getVariable(ballot3.getId(), BALLOT_MODE))
        .as("a short ballot opens with one tick per nominee").isEqualTo("EACH");
    String em = String.valueOf(steps.nominationId(code, "Hoàng Văn Em"));
    assertThat(engine.getTaskService().getVariable(ballot3.getId(), BALLOT_OPTIONS).toString())
        .doesNotContain("\"" + em + "\"").contains("Vũ Thị Giang");
    assertThat((String) engine.getTaskService().getVariable(ballot3.getId(), CONFLICT_TEXT)).contains("Hoàng Văn Em");

    steps.ballot("chutich", "chutich", code, List.of("Hoàng Văn Em", "Vũ Thị Giang"), List.of(), List.of(), "");
    // abstains on Giang
    steps.ballot("hoidong1", "hoidong1", code, List.of("Hoàng Văn Em"), List.of(), List.of(), "");
    // absent, votes in writing; Nội vụ records it; the vote on the member's own unit is excluded anyway
    steps.ballot("noivu", "hoidong3", code, List.of("Vũ Thị Giang", "Hoàng Văn Em"), List.of(), List.of(),
        "Phiếu ý kiến bằng văn bản ngày 12/06");
    ProcessInstance session = steps.session(code);
    assertThat(session).isWaitingAt(CAST_BALLOT, CLOSE_VOTING);
    // hoidong2 sends nothing: the secretary closes the voting
    steps.closeVoting(code, "Đồng chí Lan vắng mặt, không gửi ý kiến");
    driver.runJobs();

    // neither passes (below), so there is no decision to sign
    assertThat(session).hasPassed(SECRETARY_CLOSED).hasNotPassed(ALL_VOTED).isEnded();
    assertThat(driver.tasks("chutich", code, SIGN_DECISION)).isEmpty();
    assertThat(driver.tasks("hoidong2", code, CAST_BALLOT)).isEmpty();
    // Em: 2 agree of all 4 members: hoidong3, excluded, still counts, so not more than half
    assertThat(steps.nominationStatus(code, "Hoàng Văn Em")).isEqualTo("TRA_LAI_XET_DUYET");
    // Giang: 2 agree of 4, CSTĐCS needs 80%; hoidong1 abstained, hoidong2 did not vote
    assertThat(steps.nominationStatus(code, "Vũ Thị Giang")).isEqualTo("TRA_LAI_XET_DUYET");
    assertThat(jdbc.queryForList(
        "SELECT member_id || ':' || choice || ':' || written FROM vote v JOIN nomination n ON n.id = v.nomination_id"
            + " WHERE n.campaign_id = ? ORDER BY n.nominee_name, member_id", String.class, steps.campaignId(code)))
        .containsExactly("chutich:AGREE:false", "hoidong1:AGREE:false", "hoidong3:EXCLUDED:true",
            "chutich:AGREE:false", "hoidong1:ABSTAIN:false", "hoidong3:AGREE:true");
    assertThat(jdbc.queryForObject("SELECT DISTINCT recorded_by FROM vote WHERE member_id = 'hoidong3' AND written_note IS NOT NULL"
        + " AND session_id = (SELECT MAX(id) FROM council_session)", String.class)).isEqualTo("noivu");
    assertThat(engine.getRuntimeService().getVariable(campaign.getId(), TALLY_TABLE).toString())
        .contains("2/4 đồng ý").contains("1 không tính").contains("1 phiếu trắng").contains("từ 80%");
  }

  @Test
  @DisplayName("Phiên họp nhiều đối tượng: phiếu mở ở cách \"đồng ý tất cả, trừ...\"; thành viên chỉ chọn ngoại lệ")
  void largeSessionVotesAllBut() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    steps.registerAndReport("mn-hoasua", code);
    int count = CouncilProcess.BallotMode.EACH_UP_TO + 2;
    List<String> names = new java.util.ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add(String.format("Người Thứ %02d", i));
      steps.nominate("mn-hoasua", code, "CA_NHAN", names.get(i - 1), "LDTT", i < count);
    }
    names.forEach(name -> steps.appraise(code, name, Outcome.ELIGIBLE, null, null));
    steps.openSession(code);

    org.camunda.bpm.engine.task.Task ballot = steps.ballotOf("hoidong1", code);
    assertThat(engine.getTaskService().getVariable(ballot.getId(), BALLOT_MODE))
        .as("a ballot of %s nominees opens as agree-to-all-but", count).isEqualTo("ALL_BUT");
    // one nominee in two lists of exceptions: refused, nothing recorded, the ballot still open
    assertThatThrownBy(() -> steps.ballotAllBut("hoidong1", code, List.of(names.get(0)), List.of(names.get(0)),
        List.of()))
        .hasMessageContaining("Người Thứ 01").hasMessageContaining("nhiều mục ngoại lệ");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vote WHERE member_id = 'hoidong1' AND session_id ="
        + " (SELECT MAX(id) FROM council_session)", Integer.class)).isZero();

    steps.ballotAllBut("hoidong1", code, List.of(names.get(0)), List.of(names.get(1)), List.of(names.get(2)));
    assertThat(jdbc.queryForList(
        "SELECT n.nominee_name || ':' || v.choice FROM vote v JOIN nomination n ON n.id = v.nomination_id"
            + " WHERE n.campaign_id = ? AND v.member_id = 'hoidong1' ORDER BY n.nominee_name", String.class,
        steps.campaignId(code)))
        .hasSize(count)
        .startsWith("Người Thứ 01:DISAGREE", "Người Thứ 02:ABSTAIN", "Người Thứ 03:EXCLUDED", "Người Thứ 04:AGREE")
        .endsWith(String.format("Người Thứ %02d:AGREE", count));

    // the others agree with all; the last ballot closes the voting: tally, minutes
    steps.ballotAllBut("chutich", code, List.of(), List.of(), List.of());
    steps.ballotAllBut("hoidong2", code, List.of(), List.of(), List.of());
    long decisionsBefore = engine.getHistoryService().createHistoricDecisionInstanceQuery().count();
    steps.ballotAllBut("hoidong3", code, List.of(), List.of(), List.of());
    driver.runJobs();
    // per nominee, the tally, the minutes and the cash would evaluate at least four decisions each
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count() - decisionsBefore)
        .as("the award rules are evaluated per award type, not per nominee").isLessThan(3L * count);
    assertThat(steps.nominationStatus(code, names.get(3))).isEqualTo("CHO_QUYET_DINH");
  }

  @Test
  @DisplayName("Công khai danh sách: phản ánh được ghi vào hồ sơ; chưa xử lý thì chưa họp; có cơ sở thì đưa ra khỏi danh sách")
  void disclosureAndObjections() throws Exception {
    String code = Driver.newCode();
    ProcessInstance campaign = steps.launch(code, List.of("TRUONG_HOC"), List.of());
    steps.registerAndReport("th-ngocthuy", code);
    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Đinh Văn Hải", "LDTT", true);
    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Cao Thị Yến", "LDTT", false);
    // not yet disclosed: no objection
    Steps.assertRejected(() -> steps.object("p-bode", code, "Đinh Văn Hải", "Không đúng"), "không nằm trong danh sách đang công khai");
    steps.appraise(code, "Đinh Văn Hải", Outcome.ELIGIBLE, null, null);
    driver.fireTimers(code, NOMINATIONS_CLOSED);
    // a dossier not yet appraised: the list cannot be published
    Steps.assertRejected(() -> driver.complete("noivu", code, PUBLISH_LIST,
        Map.of("disclosureChannel", "Niêm yết")), "chưa thẩm định");
    steps.appraise(code, "Cao Thị Yến", Outcome.ELIGIBLE, null, null);
    mail.purgeEmailFromAllMailboxes();
    driver.complete("noivu", code, PUBLISH_LIST, Map.of("disclosureChannel", "Niêm yết tại trụ sở UBND quận"));
    driver.runJobs();
    ProcessInstance session = steps.session(code);
    assertThat(campaign).isWaitingAt(COUNCIL_SESSION);
    assertThat(session).isWaitingAt(DISCLOSURE_OVER);
    // every participating unit gets the list with the dossier numbers and the end of the disclosure
    assertThat(Driver.recipients(mail.getReceivedMessages())).containsExactlyInAnyOrder(
        "thngocthuy@longbien.example", "chuvanan@longbien.example", "mnhoasua@longbien.example");
    assertThat((String) mail.getReceivedMessages()[0].getContent())
        .contains("Đinh Văn Hải").contains("Cao Thị Yến")
        .contains(String.valueOf(steps.nominationId(code, "Đinh Văn Hải")))
        .contains(vn.tdkt.system.Vars.display(deadlines.plusWorkingDays(deadlines.today(), 10)))
        .contains("Niêm yết tại trụ sở UBND quận");
    Date end = engine.getManagementService().createJobQuery().processInstanceId(session.getId())
        .activityId(DISCLOSURE_OVER).singleResult().getDuedate();
    assertThat(deadlines.dateOf(end)).as("10 working days").isEqualTo(deadlines.plusWorkingDays(deadlines.today(), 10));

    steps.object("p-bode", code, "Đinh Văn Hải", "Đồng chí Hải bị kỷ luật khiển trách trong năm");
    steps.object("noivu", code, "Cao Thị Yến", "Thư ngày 05/12: thành tích chưa đúng");
    Steps.assertRejected(() -> steps.object("p-bode", code, "Đinh Văn Hải", "  "), "nội dung phản ánh");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(vn.tdkt.disclosure.ObjectionProcess.KEY).processInstanceBusinessKey(code).count())
        .as("a refused objection leaves no instance").isEqualTo(2);
    assertThat(driver.tasks("noivu", code, vn.tdkt.disclosure.ObjectionProcess.Element.RESOLVE)).hasSize(2)
        .first().extracting(org.camunda.bpm.engine.task.Task::getName).asString().contains("Đinh Văn Hải");
    steps.endDisclosure(code);
    // one objection still open: the session does not open
    org.camunda.bpm.engine.task.Task first =
        driver.tasks("noivu", code, vn.tdkt.disclosure.ObjectionProcess.Element.RESOLVE).get(0);
    mail.purgeEmailFromAllMailboxes();
    driver.complete("noivu", first, Map.of("objectionOutcome", "WITHDRAW",
        "resolution", "Xác minh đúng: có quyết định kỷ luật số 12/QĐ"));
    driver.runJobs();
    // the unit is told, after the save point
    assertThat(Driver.recipients(mail.getReceivedMessages())).containsExactly("thngocthuy@longbien.example");
    assertThat(mail.getReceivedMessages()[0].getSubject()).contains("đưa ra khỏi danh sách");
    assertThat((String) mail.getReceivedMessages()[0].getContent()).contains("Đinh Văn Hải")
        .contains("kỷ luật số 12/QĐ");
    Steps.assertRejected(() -> steps.prepareSession(code), "Còn 1 ý kiến phản ánh");
    steps.resolveObjection(code, "KEEP", "Đã xác minh, thành tích đúng");
    steps.prepareSession(code);
    assertThat(session).isWaitingAt(CAST_BALLOT);
    assertThat(steps.nominationStatus(code, "Đinh Văn Hải")).isEqualTo("KHONG_DU_DIEU_KIEN");
    assertThat(steps.nominationStatus(code, "Cao Thị Yến")).isEqualTo("DANG_XET");
    assertThat(jdbc.queryForList("SELECT outcome FROM objection WHERE campaign_id = ? ORDER BY id", String.class,
        steps.campaignId(code))).containsExactly("WITHDRAW", "KEEP");
  }

  @Test
  @DisplayName("Nội vụ theo dõi phong trào: danh sách đơn vị quá hạn, số ngày làm việc quá hạn")
  void trackingListsOverdueUnits() {
    String code = Driver.newCode();
    ProcessInstance campaign = steps.launch(code, List.of("TRUONG_HOC"), List.of());
    steps.registerAndReport("th-ngocthuy", code);
    org.camunda.bpm.engine.task.Task track = driver.task("noivu", code, TRACK);
    assertThat(track.getDueDate()).isEqualTo(engine.getRuntimeService().getVariable(campaign.getId(), PERIOD_END));
    assertThat(engine.getTaskService().getVariable(track.getId(), OVERDUE_COUNT)).isEqualTo(0);
    try {
      // three calendar days after the registration deadline
      java.time.LocalDate due = java.time.LocalDate.parse(
          (String) jdbc.queryForObject("SELECT CAST(registration_deadline AS VARCHAR) FROM campaign WHERE code = ?",
              String.class, code));
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
          due.plusDays(3).atTime(9, 0).atZone(deadlines.zone()).toInstant()));
      driver.as("noivu", () -> engine.getTaskService().claim(track.getId(), "noivu"));
      String overdue = engine.getTaskService().getVariable(track.getId(), OVERDUE_TABLE).toString();
      assertThat(overdue).contains("Trường THCS Chu Văn An").contains("Trường Mầm non Hoa Sữa")
          .contains("Chưa đăng ký thi đua").contains(vn.tdkt.system.Vars.display(due))
          .contains("\"days\":" + deadlines.workingDaysBetween(due, due.plusDays(3)))
          .doesNotContain("Ngọc Thụy");
      assertThat(engine.getTaskService().getVariable(track.getId(), OVERDUE_COUNT)).isEqualTo(2);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    driver.complete("noivu", code, TRACK, Map.of(TRACKING_NOTE, "Đã đôn đốc đủ"));
    assertThat(campaign).hasPassed(TRACK).isWaitingAt(NOMINATIONS_CLOSED);
  }

  @Test
  @DisplayName("Hạn ghi bằng số ngày làm việc trong kế hoạch: đổi thành ngày (bỏ qua Tết Bính Ngọ), hiện dd/MM/yyyy")
  void deadlinesInWorkingDays() {
    String code = Driver.newCode();
    Map<String, Object> plan = Driver.plan(code, List.of("TRUONG_HOC"), List.of());
    plan.put(START_DATE, "2026-02-12");
    plan.put(END_DATE, "2026-04-30");
    plan.remove(REGISTRATION_DUE);
    plan.put(REGISTRATION_DAYS, 5L);
    plan.put(NOMINATION_DUE, "2026-03-20");
    plan.put(NOMINATION_DAYS, 20L);
    plan.put(REPORT_DUE, "2026-04-10");
    ProcessInstance campaign = driver.draft(plan);
    // 13/02, then Tết (16–20/02) and two weekends, then 23–26/02
    assertThat(jdbc.queryForObject("SELECT CAST(registration_deadline AS VARCHAR) FROM campaign WHERE code = ?",
        String.class, code)).isEqualTo("2026-02-26");
    // 20 working days win over the date also given
    assertThat(jdbc.queryForObject("SELECT CAST(nomination_deadline AS VARCHAR) FROM campaign WHERE code = ?",
        String.class, code)).isEqualTo("2026-03-19");
    org.camunda.bpm.engine.task.Task approval = driver.task("chutich", code, APPROVE_PLAN);
    assertThat(engine.getTaskService().getVariable(approval.getId(), REGISTRATION_DUE_TEXT)).isEqualTo("26/02/2026");
    assertThat(engine.getTaskService().getVariable(approval.getId(), NOMINATION_DUE_TEXT)).isEqualTo("19/03/2026");
    assertThat(engine.getRuntimeService().getVariable(campaign.getId(), REGISTRATION_DAYS)).isNull();

    Map<String, Object> bad = Driver.plan(Driver.newCode(), List.of("TRUONG_HOC"), List.of());
    bad.put(REPORT_DAYS, 0L);
    Steps.assertRejected(() -> driver.draft(bad), "số ngày làm việc phải là số nguyên từ 1 đến 260");
    bad.put(REPORT_DAYS, 2.5);
    Steps.assertRejected(() -> driver.draft(bad), "số ngày làm việc phải là số nguyên");
  }

  @Test
  @DisplayName("Không đơn vị nào đề nghị khen thưởng: không họp Hội đồng, đến hạn thì tổng kết")
  void noDossiers() {
    String code = Driver.newCode();
    ProcessInstance campaign = steps.launch(code, List.of("TRUONG_HOC"), List.of());
    steps.publishList(code);
    ProcessInstance session = steps.session(code);
    steps.endDisclosure(code);
    steps.prepareSession(code);
    assertThat(session).hasPassed(NO_NOMINEE).hasNotPassed(CAST_BALLOT).isEnded();
    assertThat(campaign).isWaitingAt(PERIOD_OVER).hasPassed(COUNCIL_SESSION);
    steps.summarize(code);
    assertThat(campaign).isEnded();
    // units that never registered are cancelled with the campaign
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isZero();
  }

  @Test
  @DisplayName("Biểu quyết không đạt tỷ lệ: không ký quyết định, không đề nghị Thành phố")
  void voteFails() {
    String code = Driver.newCode();
    steps.atCouncil(code, "Phạm Văn Dũng");
    ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(code).singleResult();
    // 2 of 4 is not more than half
    steps.vote("chutich", code, "Phạm Văn Dũng");
    steps.vote("hoidong1", code, "Phạm Văn Dũng");
    steps.vote("hoidong2", code);
    steps.vote("hoidong3", code);
    driver.runJobs();
    assertThat(campaign).isWaitingAt(PERIOD_OVER).hasNotPassed(SIGN_DECISION, CITY_PROPOSAL);
    assertThat(steps.nominationStatus(code, "Phạm Văn Dũng")).isEqualTo("TRA_LAI_XET_DUYET");
    assertThat(steps.awards(code)).isEmpty();
  }

  @Test
  @DisplayName("Chỉ có đề nghị cấp Thành phố; Thành phố không khen thưởng")
  void cityDeclines() {
    String code = Driver.newCode();
    ProcessInstance campaign = steps.launch(code, List.of("TRUONG_HOC"), List.of());
    steps.registerAndReport("thcs-chuvanan", code);
    steps.nominate("thcs-chuvanan", code, "TAP_THE", "Trường THCS Chu Văn An", "TTLDXS", false);
    steps.appraise(code, "Trường THCS Chu Văn An", Outcome.ELIGIBLE, null, null);
    steps.openSession(code);
    for (String member : Steps.COUNCIL) {
      steps.vote(member, code, "Trường THCS Chu Văn An");
    }
    driver.runJobs();
    assertThat(campaign).isWaitingAt(CITY_PROPOSAL).hasNotPassed(SIGN_DECISION);
    steps.proposeToCity(code);
    steps.recordCity(code);
    driver.runJobs();
    assertThat(campaign).isWaitingAt(PERIOD_OVER);
    assertThat(steps.nominationStatus(code, "Trường THCS Chu Văn An")).isEqualTo("THANH_PHO_KHONG_KHEN");
    assertThat(steps.awards(code)).isEmpty();
  }

  @Test
  @DisplayName("Kế hoạch sai (hạn ngược thứ tự, mã trùng, đơn vị không tồn tại): báo lỗi tiếng Việt, không tạo gì")
  void badPlans() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY).count();
    String code = Driver.newCode();
    Map<String, Object> plan = Driver.plan(code, List.of("PHUONG"), List.of());
    Map<String, Object> late = new HashMap<>(plan);
    late.put(REGISTRATION_DUE, plan.get(END_DATE));
    late.put(REPORT_DUE, plan.get(START_DATE));
    Steps.assertRejected(() -> driver.draft(late), "Hạn báo cáo kết quả phải sau hạn đăng ký");
    Map<String, Object> reversed = new HashMap<>(plan);
    reversed.put(START_DATE, java.time.LocalDate.parse((String) plan.get(END_DATE)).plusDays(5).toString());
    Steps.assertRejected(() -> driver.draft(reversed), "Ngày bắt đầu phải trước");
    Map<String, Object> noUnits = new HashMap<>(plan);
    noUnits.put(UNIT_KINDS, vn.tdkt.system.Vars.json(List.of()));
    Steps.assertRejected(() -> driver.draft(noUnits), "ít nhất một khối đơn vị");
    Map<String, Object> ghost = new HashMap<>(plan);
    ghost.put(assignmentUnit(1), "khong-ton-tai");
    ghost.put(assignmentDescription(1), "x");
    Steps.assertRejected(() -> driver.draft(ghost), "không tồn tại: khong-ton-tai");
    Map<String, Object> badDate = new HashMap<>(plan);
    badDate.put(START_DATE, "31/02/2026");
    Steps.assertRejected(() -> driver.draft(badDate), "ngày bắt đầu không phải là ngày hợp lệ");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY).count())
        .as("no half-finished instance").isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE code = ?", Integer.class, code)).isZero();

    driver.draft(plan);
    Steps.assertRejected(() -> driver.draft(plan), "đã được dùng");
    Steps.assertRejected(
        () -> driver.complete("chutich", code, APPROVE_PLAN, Map.of(PLAN_DECISION, PlanDecision.RETURN)),
        "lý do trả lại");
    assertThat(driver.tasks("chutich", code, APPROVE_PLAN)).hasSize(1);
  }

  @Autowired CampaignProcess campaignProcess;
  @Autowired CampaignRepository campaignRepository;

  @Test
  @DisplayName("Kế hoạch của cấp trên đến: Nội vụ nhận thư và việc Lập kế hoạch triển khai, kế hoạch lập từ đó gắn với kế hoạch cấp trên")
  void aPlanFromAboveIsToldAndDrafted() throws Exception {
    String parentCode = Driver.newCode();
    steps.launch(parentCode, List.of("TRUONG_HOC"), List.of());
    Campaign parent = campaignRepository.findByCode(parentCode).orElseThrow();
    mail.purgeEmailFromAllMailboxes();
    // as the launch of the office above sends it (its cascade step)
    ProcessInstance child = campaignProcess.cascade(Map.of(
        CampaignProcess.Var.OFFICE_CODE, "long-bien",
        CampaignProcess.Var.PARENT_CAMPAIGN_ID, parent.id(),
        CampaignProcess.Var.PARENT_CAMPAIGN_CODE, parent.code(),
        CampaignProcess.Var.PARENT_PLAN_TEXT, "Kế hoạch số " + parent.code()));
    assertThat(child).isWaitingAt(CampaignProcess.Element.TELL_NOI_VU);
    driver.runJobs();
    assertThat(Driver.recipients(mail.getReceivedMessages())).containsExactly("noivu@longbien.example");
    assertThat(mail.getReceivedMessages()[0].getSubject())
        .isEqualTo("[" + parentCode + "] Kế hoạch của cấp trên: đề nghị lập kế hoạch triển khai");
    org.camunda.bpm.engine.task.Task task = driver.as("noivu", () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(child.getId()).singleResult());
    assertThat(task.getTaskDefinitionKey()).isEqualTo(CampaignProcess.Element.DRAFT_FROM_PARENT);
    String code = Driver.newCode();
    driver.complete("noivu", task, Driver.plan(code, List.of("TRUONG_HOC"), List.of()));
    assertThat(campaignRepository.parentOf(campaignRepository.findByCode(code).orElseThrow().id()))
        .contains(parent.id());
    assertThat(driver.task("chutich", code, CampaignProcess.Element.APPROVE_PLAN)).isNotNull();
  }
}
