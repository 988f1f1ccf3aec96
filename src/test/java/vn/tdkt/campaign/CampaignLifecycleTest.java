package vn.tdkt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.campaign.CampaignProcess.Element.*;
import static vn.tdkt.campaign.CampaignProcess.Var.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

class CampaignLifecycleTest extends ProcessTest {

  static final List<String> COUNCIL = List.of("chutich", "hoidong1", "hoidong2", "hoidong3");

  @Autowired JdbcTemplate jdbc;

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
    driver.complete("chutich", code, APPROVE_PLAN,
        Map.of(PLAN_DECISION, CampaignProcess.PlanDecision.RETURN, RETURN_REASON, "Bổ sung căn cứ của Thành phố"));
    assertThat(campaign).isWaitingAt(REVISE_PLAN);
    plan.put(LEGAL_BASIS, "Luật 2022; Kế hoạch 102/KH-UBND của Thành phố");
    driver.complete("noivu", code, REVISE_PLAN, plan);
    driver.complete("chutich", code, APPROVE_PLAN, Map.of(PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();

    // three schools and the department with an assigned responsibility take part; each got the launch mail
    assertThat(Driver.recipients(mail.getReceivedMessages()))
        .containsExactlyInAnyOrder("thngocthuy@longbien.example", "chuvanan@longbien.example",
            "mnhoasua@longbien.example", "vhtt@longbien.example");
    assertThat(campaign).isWaitingAt(PREPARE_SESSION);

    register("th-ngocthuy", code);
    register("thcs-chuvanan", code);
    register("mn-hoasua", code);
    driver.complete("pb-vhtt", code, ParticipationProcess.Element.RESPONSIBILITY,
        Map.of(ParticipationProcess.Var.RESPONSIBILITY_RESULT, "Đã ban hành kế hoạch tuyên truyền"));

    nominate("th-ngocthuy", code, "CA_NHAN", "Nguyễn Văn An", "CSTDCS", true);
    nominate("th-ngocthuy", code, "TAP_THE", "Tổ chuyên môn khối 5", "TTLDTT", false);
    nominate("thcs-chuvanan", code, "CA_NHAN", "Trần Thị Bình", "BANG_KHEN_TP", false);
    nominate("mn-hoasua", code, "CA_NHAN", "Lê Thị Cúc", "LDTT", false);

    List<Task> appraisals = driver.tasks("noivu", code, NominationProcess.Element.APPRAISE);
    assertThat(appraisals).hasSize(4);
    appraise(appraisals.get(0), NominationProcess.Outcome.ELIGIBLE, null, null);
    appraise(appraisals.get(1), NominationProcess.Outcome.SUPPLEMENT, null, "Biên bản họp xét của đơn vị");
    appraise(appraisals.get(2), NominationProcess.Outcome.ELIGIBLE, null, null);
    appraise(appraisals.get(3), NominationProcess.Outcome.NOT_ELIGIBLE, "Chưa đủ thời gian công tác", null);
    driver.runJobs();
    driver.complete("th-ngocthuy", code, NominationProcess.Element.SUPPLEMENT,
        Map.of(NominationProcess.Var.ACHIEVEMENTS, "Thành tích đã cập nhật",
            NominationProcess.Var.SUPPLEMENT_NOTE, "Đã bổ sung biên bản họp xét"));
    appraise(driver.task("noivu", code, NominationProcess.Element.APPRAISE),
        NominationProcess.Outcome.ELIGIBLE, null, null);
    driver.runJobs();

    driver.complete("noivu", code, PREPARE_SESSION, Map.of());
    assertThat(campaign).isWaitingAt(CAST_BALLOT);
    Map<String, Long> ids = nominationIds(code);
    vote("chutich", code, ids, "Nguyễn Văn An", "Tổ chuyên môn khối 5", "Trần Thị Bình");
    vote("hoidong1", code, ids, "Nguyễn Văn An", "Tổ chuyên môn khối 5", "Trần Thị Bình");
    vote("hoidong2", code, ids, "Nguyễn Văn An", "Trần Thị Bình");
    vote("hoidong3", code, ids, "Nguyễn Văn An");
    driver.runJobs();

    assertThat(campaign).isWaitingAt(SIGN_DECISION);
    driver.complete("chutich", code, SIGN_DECISION,
        Map.of(DECISION_NUMBER, code + "/QĐ-UBND", DECISION_DATE, LocalDate.now().toString()));
    driver.runJobs();
    assertThat(campaign).isWaitingAt(CITY_PROPOSAL);
    driver.complete("noivu", code, CITY_PROPOSAL,
        Map.of(CITY_PROPOSAL_NUMBER, code + "/TTr-UBND", CITY_PROPOSAL_DATE, LocalDate.now().toString()));
    driver.complete("noivu", code, CITY_OUTCOME,
        Map.of(CITY_AWARDED_IDS, org.camunda.spin.Spin.JSON("[\"" + ids.get("Trần Thị Bình") + "\"]"),
            CITY_DECISION_NUMBER, code + "/QĐ-UBND-TP", CITY_DECISION_DATE, LocalDate.now().toString()));

    assertThat(campaign).isWaitingAt(PERIOD_OVER);
    driver.fireTimers(code, PERIOD_OVER);
    driver.complete("noivu", code, SUMMARIZE, Map.of(SUMMARY_CONCLUSION, "Phong trào đạt kết quả tốt"));
    assertThat(campaign).isEnded();

    assertThat(jdbc.queryForList(
            "SELECT nominee_name || ':' || award_type FROM award WHERE campaign_id = ? ORDER BY nominee_name",
            String.class, campaignId(code)))
        .containsExactly("Nguyễn Văn An:CSTDCS", "Trần Thị Bình:BANG_KHEN_TP");
    assertThat(jdbc.queryForObject("SELECT status FROM campaign WHERE code = ?", String.class, code))
        .isEqualTo("CLOSED");
  }

  long campaignId(String code) {
    return jdbc.queryForObject("SELECT id FROM campaign WHERE code = ?", Long.class, code);
  }

  Map<String, Long> nominationIds(String code) {
    Map<String, Long> ids = new java.util.HashMap<>();
    jdbc.query("SELECT id, nominee_name FROM nomination WHERE campaign_id = ?",
        rs -> {
          ids.put(rs.getString("nominee_name"), rs.getLong("id"));
        }, campaignId(code));
    return ids;
  }

  void register(String unit, String code) {
    driver.complete(unit, code, ParticipationProcess.Element.REGISTER,
        Map.of(ParticipationProcess.Var.ACTIVITY_NAME, "Lễ báo công dâng Bác",
            ParticipationProcess.Var.ACTIVITY_KIND, "LE_BAO_CONG",
            ParticipationProcess.Var.ACTIVITY_DATE, LocalDate.now().plusDays(5).toString()));
    driver.complete(unit, code, ParticipationProcess.Element.REPORT,
        Map.of(ParticipationProcess.Var.RESULT_SUMMARY, "Đã tổ chức, 120 người tham gia",
            ParticipationProcess.Var.PARTICIPANTS, 120L));
  }

  void nominate(String unit, String code, String kind, String name, String award, boolean more) {
    driver.complete(unit, code, ParticipationProcess.Element.NOMINATE,
        Map.of(NominationProcess.Var.HAS_NOMINATION, "YES",
            NominationProcess.Var.NOMINEE_KIND, kind,
            NominationProcess.Var.NOMINEE_NAME, name,
            NominationProcess.Var.AWARD_TYPE, award,
            NominationProcess.Var.ACHIEVEMENTS, "Hoàn thành xuất sắc nhiệm vụ năm học",
            NominationProcess.Var.DOCUMENT_LINK, "https://vanban.longbien.example/hs/1",
            NominationProcess.Var.MORE_NOMINATIONS, more));
    if (!more) {
      assertThat(driver.tasks(unit, code, ParticipationProcess.Element.NOMINATE)).isEmpty();
    }
  }

  void appraise(Task task, String outcome, String reason, String missing) {
    Map<String, Object> form = new java.util.HashMap<>();
    form.put(NominationProcess.Var.APPRAISAL_OUTCOME, outcome);
    form.put(NominationProcess.Var.APPRAISAL_REASON, reason);
    form.put(NominationProcess.Var.MISSING_ITEMS, missing);
    driver.complete("noivu", task, form);
  }

  void vote(String member, String code, Map<String, Long> ids, String... agreed) {
    StringBuilder json = new StringBuilder("[");
    for (String name : agreed) {
      json.append(json.length() > 1 ? "," : "").append('"').append(ids.get(name)).append('"');
    }
    json.append(']');
    driver.complete(member, code, CAST_BALLOT,
        Map.of(AGREED_NOMINATION_IDS, org.camunda.spin.Spin.JSON(json.toString())));
  }
}
