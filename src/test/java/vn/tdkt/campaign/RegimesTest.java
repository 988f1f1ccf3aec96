package vn.tdkt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.demo.DemoCampaignController;
import vn.tdkt.council.CouncilProcess;

/**
 * The seeds' 2023 campaign and a 2026 campaign run end to end, each under its own rules: the same
 * nominees and the same votes give different outcomes (CSTĐCS: more than half and a 15% quota of
 * LĐTT in 2023; 80% and no quota in 2026), and the cash follows the base salary of the decision day.
 */
class RegimesTest extends ProcessTest {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired DemoCampaignController demo;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void clock(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(VN).toInstant()));
  }

  @Test
  @DisplayName("Kế hoạch năm 2023 (Luật 2003, Nghị định 91/2017): CSTĐCS quá nửa, tối đa 15% số LĐTT; LĐTT 450.000 đ")
  void seedsCampaign2023() {
    clock(LocalDate.of(2023, 4, 3));
    String code = "KH-75NAM-" + Driver.newCode();
    Map<String, Object> plan = demo.plan(null);
    plan.put(CampaignProcess.Var.CAMPAIGN_CODE, code);
    ProcessInstance campaign = driver.draft(plan);
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    assertThat(jdbc.queryForObject("SELECT regime FROM campaign WHERE code = ?", String.class, code))
        .isEqualTo("LUAT_2003");

    clock(LocalDate.of(2023, 4, 10));
    nominateAndVote(code);

    clock(LocalDate.of(2023, 6, 9));
    assertThat(campaign).isWaitingAt(CampaignProcess.Element.SIGN_DECISION);
    // every time the application writes is the engine's: the 2023 session and dossiers are dated 2023
    assertThat(jdbc.queryForList("SELECT EXTRACT(YEAR FROM s.opened_at) FROM council_session s"
            + " JOIN campaign c ON c.id = s.campaign_id WHERE c.code = ?", Number.class, code))
        .isNotEmpty().allSatisfy(y -> assertThat(y.intValue()).isEqualTo(2023));
    assertThat(jdbc.queryForList("SELECT EXTRACT(YEAR FROM n.submitted_at) FROM nomination n"
            + " JOIN campaign c ON c.id = n.campaign_id WHERE c.code = ?", Number.class, code))
        .isNotEmpty().allSatisfy(y -> assertThat(y.intValue()).isEqualTo(2023));
    // both CSTĐCS pass the threshold (more than half); the quota of 15% of 7 allows one
    assertThat(steps.nominationStatus(code, "Nguyễn Thị Hoa")).isEqualTo("CHO_QUYET_DINH");
    assertThat(steps.nominationStatus(code, "Phạm Văn Khoa")).isEqualTo("TRA_LAI_XET_DUYET");
    assertThat(jdbc.queryForObject("SELECT vote_note FROM nomination WHERE id = ?", String.class,
        steps.nominationId(code, "Phạm Văn Khoa"))).contains("vượt tỷ lệ").contains("15%").contains("91/2017");
    String awardees = engine.getRuntimeService()
        .getVariable(campaign.getId(), CouncilProcess.Var.LOCAL_AWARDEE_TABLE).toString();
    // 0.3 × 1,490,000 = 447,000, rounded up to tens of thousands (Nghị định 91/2017, Điều 68 khoản 2)
    assertThat(awardees).contains("1.490.000 đ").contains("450.000 đ").doesNotContain("447.000 đ");
    finish(code, campaign);
    assertThat(steps.awards(code)).contains("Nguyễn Thị Hoa:CSTDCS").doesNotContain("Phạm Văn Khoa:CSTDCS")
        .hasSize(6);
  }

  @Test
  @DisplayName("Phong trào năm 2026 (Luật 2022, Nghị định 152/2025, chính quyền hai cấp): CSTĐCS từ 80%, không khống chế tỷ lệ; LĐTT 710.000 đ")
  void campaign2026() {
    String code = Driver.newCode();
    ProcessInstance campaign = steps.launch(code, List.of("PHUONG", "PHONG_BAN", "DOAN_THE", "TRUONG_HOC"), List.of());
    assertThat(jdbc.queryForObject("SELECT regime FROM campaign WHERE code = ?", String.class, code))
        .isEqualTo("LUAT_2022_HAI_CAP");
    nominateAndVote(code);
    assertThat(campaign).isWaitingAt(CampaignProcess.Element.SIGN_DECISION);
    // 4/4 and 3/4: only the first reaches 80%; no quota
    assertThat(steps.nominationStatus(code, "Nguyễn Thị Hoa")).isEqualTo("CHO_QUYET_DINH");
    assertThat(steps.nominationStatus(code, "Phạm Văn Khoa")).isEqualTo("TRA_LAI_XET_DUYET");
    assertThat(jdbc.queryForObject("SELECT vote_note FROM nomination WHERE id = ?", String.class,
        steps.nominationId(code, "Phạm Văn Khoa"))).contains("chưa đạt tỷ lệ");
    String awardees = engine.getRuntimeService()
        .getVariable(campaign.getId(), CouncilProcess.Var.LOCAL_AWARDEE_TABLE).toString();
    // 0.3 × 2,340,000 = 702,000, rounded up to tens of thousands (Nghị định 152/2025, Điều 49 khoản 2)
    assertThat(awardees).contains("2.340.000 đ").contains("710.000 đ").doesNotContain("702.000 đ");
    finish(code, campaign);
    assertThat(steps.awards(code)).contains("Nguyễn Thị Hoa:CSTDCS").hasSize(6);
  }

  @Test
  @DisplayName("Chế độ 2023, hai CSTĐCS cùng số phiếu, tỷ lệ cho một: cá nhân nữ được chọn (Nghị định 152/2025, Điều 4 khoản 6)")
  void womenFirstWithEqualVotes() {
    // a year of its own: the quota counts the office's awards of the same year
    clock(LocalDate.of(2022, 4, 3));
    String code = "KH-NU-" + Driver.newCode();
    // the seeds' plan moved to 2022: still the 2003 regime, in a year of its own
    Map<String, Object> plan = demo.plan(LocalDate.of(2022, 4, 3));
    plan.put(CampaignProcess.Var.CAMPAIGN_CODE, code);
    ProcessInstance campaign = driver.draft(plan);
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    clock(LocalDate.of(2022, 4, 10));
    nominateFiveLdtt(code);
    steps.registerAndReport("th-ngocthuy", code);
    // the man's dossier comes first; the woman's is marked for priority
    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Phạm Văn Khoa", "CSTDCS", true);
    Map<String, Object> hoa = steps.dossier("CA_NHAN", "Nguyễn Thị Hoa", "CSTDCS", false);
    hoa.put(vn.tdkt.nomination.NominationProcess.Var.WOMEN_PRIORITY, true);
    driver.complete("th-ngocthuy", code, vn.tdkt.participation.ParticipationProcess.Element.NOMINATE, hoa);
    List<String> all = List.of("Trần Văn Lực", "Lê Thị Mai", "Đặng Văn Nam", "Bùi Thị Oanh", "Ngô Văn Phúc",
        "Phạm Văn Khoa", "Nguyễn Thị Hoa");
    for (String name : all) {
      steps.appraise(code, name, Outcome.ELIGIBLE, null, null);
    }
    steps.openSession(code);
    for (String member : List.of("chutich", "hoidong1", "hoidong2", "hoidong3")) {
      steps.vote(member, code, all.toArray(String[]::new));
    }
    driver.runJobs();
    assertThat(campaign).isWaitingAt(CampaignProcess.Element.SIGN_DECISION);
    assertThat(steps.nominationStatus(code, "Nguyễn Thị Hoa")).isEqualTo("CHO_QUYET_DINH");
    assertThat(steps.nominationStatus(code, "Phạm Văn Khoa")).isEqualTo("TRA_LAI_XET_DUYET");
  }

  @Test
  @DisplayName("Cùng số phiếu 3/4 cho CSTĐCS: đạt theo chế độ 2023 nếu trong tỷ lệ, không đạt theo chế độ 2026")
  void sameVotesDifferentRules() {
    var old = new vn.tdkt.rules.AwardRules.Context("LUAT_2003", vn.tdkt.rules.AwardRules.ApprovingLevel.DISTRICT);
    var now = new vn.tdkt.rules.AwardRules.Context("LUAT_2022_HAI_CAP", vn.tdkt.rules.AwardRules.ApprovingLevel.COMMUNE);
    assertThat(rules.threshold(vn.tdkt.rules.AwardType.CSTDCS, old).passes(3, 4)).isTrue();
    assertThat(rules.threshold(vn.tdkt.rules.AwardType.CSTDCS, now).passes(3, 4)).isFalse();
  }

  @Autowired vn.tdkt.rules.AwardRules rules;

  /** Five LĐTT and two CSTĐCS from five units; every member agrees, but one member disagrees with Khoa. */
  private void nominateAndVote(String code) {
    nominateFiveLdtt(code);
    steps.registerAndReport("th-ngocthuy", code);
    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Nguyễn Thị Hoa", "CSTDCS", true);
    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Phạm Văn Khoa", "CSTDCS", false);
    List<String> all = List.of("Trần Văn Lực", "Lê Thị Mai", "Đặng Văn Nam", "Bùi Thị Oanh", "Ngô Văn Phúc",
        "Nguyễn Thị Hoa", "Phạm Văn Khoa");
    for (String name : all) {
      steps.appraise(code, name, Outcome.ELIGIBLE, null, null);
    }
    steps.openSession(code);
    for (String member : List.of("chutich", "hoidong1", "hoidong2")) {
      steps.vote(member, code, all.toArray(String[]::new));
    }
    steps.vote("hoidong3", code, all.stream().filter(n -> !n.equals("Phạm Văn Khoa")).toArray(String[]::new));
    driver.runJobs();
  }

  /** Five LĐTT from five units, each registered and reported. */
  private void nominateFiveLdtt(String code) {
    String[][] ldtt = {{"p-bode", "Trần Văn Lực"}, {"p-cukhoi", "Lê Thị Mai"},
        {"pb-gddt", "Đặng Văn Nam"}, {"thcs-chuvanan", "Bùi Thị Oanh"}, {"mn-hoasua", "Ngô Văn Phúc"}};
    for (String[] n : ldtt) {
      steps.registerAndReport(n[0], code);
      steps.nominate(n[0], code, "CA_NHAN", n[1], "LDTT", false);
    }
  }

  private void finish(String code, ProcessInstance campaign) {
    steps.sign(code, code + "/QĐ-UBND");
    assertThat(campaign).isWaitingAt(CampaignProcess.Element.PERIOD_OVER);
    steps.summarize(code);
    assertThat(campaign).isEnded();
  }
}
