package vn.tdkt.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.cluster.ClusterProcess.Element.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.office.OrganisationImport;
import vn.tdkt.support.Coverage;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;
import vn.tdkt.support.Workbooks;
import vn.tdkt.system.Vars;

/**
 * A block of five (the demo office's four departments and its Fatherland Front, made a khối for the
 * test) through its year: the head's compact and criteria, each member's own scores, the head's
 * review, the meeting's ranking and its two proposals to the office.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterProcessTest extends ProcessTest {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String KHOI = "khoi-phong-ban";
  static final List<String> MEMBERS = List.of("pb-vhtt", "pb-gddt", "pb-tckh", "pb-ttvhtt", "dt-mttq");
  static final String HEAD = "pb-vhtt";

  /** A year ahead, so the engine's clock only goes forward from the day the tests run. */
  final int year = LocalDate.now(VN).getYear() + 1;

  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationImport organisation;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @RegisterExtension static Coverage.Check coverage = Coverage.atLeast(ClusterProcess.KEY, 0.9);

  /** The demo office with a khối of five, headed by its culture department this year. */
  @BeforeAll
  void officeWithABlock() {
    organisation.apply(Workbooks.edit(Workbooks.demo("long-bien"), b -> {
      Sheet clusters = b.getSheet("Cụm, khối thi đua");
      Row row = clusters.createRow(clusters.getLastRowNum() + 1);
      row.createCell(0).setCellValue(KHOI);
      row.createCell(1).setCellValue("Khối các phòng, ban và Mặt trận");
      row.createCell(2).setCellValue("Khối");
      Sheet units = b.getSheet("Đơn vị");
      for (String member : MEMBERS) {
        Workbooks.set(units, Workbooks.rowOf(units, member), "Mã cụm, khối", KHOI);
      }
      Sheet heads = b.createSheet("Trưởng cụm, khối");
      heads.createRow(0).createCell(0).setCellValue("Đơn vị trưởng cụm, khối từng năm");
      Row header = heads.createRow(1);
      header.createCell(0).setCellValue("Mã cụm, khối");
      header.createCell(1).setCellValue("Năm");
      header.createCell(2).setCellValue("Mã đơn vị trưởng cụm, khối");
      Row head = heads.createRow(2);
      head.createCell(0).setCellValue(KHOI);
      head.createCell(1).setCellValue(String.valueOf(year));
      head.createCell(2).setCellValue(HEAD);
    }));
  }

  @AfterAll
  void demoOfficeAsItWas() {
    organisation.apply(Workbooks.demo("long-bien"));
  }

  @BeforeEach
  void retirePreviousCycles() {
    jdbc.update("UPDATE campaign SET title_cycle = FALSE WHERE title_cycle AND start_date >= ?",
        java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  void on(int y, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(y, month, day).atTime(9, 0).atZone(VN).toInstant()));
  }

  /** The office's title cycle of a year, for the departments and organisations. */
  String openYear(int y) {
    on(y, 1, 5);
    String code = Driver.newCode();
    Map<String, Object> plan = Driver.plan(code, List.of("PHONG_BAN", "DOAN_THE"), List.of());
    plan.put(CampaignProcess.Var.CAMPAIGN_KIND, CampaignProcess.CampaignKind.THUONG_XUYEN);
    plan.put(CampaignProcess.Var.TITLE_CYCLE, true);
    plan.put(CampaignProcess.Var.START_DATE, y + "-01-01");
    plan.put(CampaignProcess.Var.REGISTRATION_DUE, y + "-03-31");
    plan.put(CampaignProcess.Var.REPORT_DUE, y + "-11-30");
    plan.put(CampaignProcess.Var.NOMINATION_DUE, y + "-12-15");
    plan.put(CampaignProcess.Var.END_DATE, y + "-12-31");
    driver.draft(plan);
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    return code;
  }

  ProcessInstance block(String code) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ClusterProcess.KEY).processInstanceBusinessKey(code).singleResult();
  }

  static Map<String, Object> criterion(String text, String max, String evidence) {
    Map<String, Object> row = new HashMap<>();
    row.put(ClusterProcess.Row.CRITERION, text);
    row.put(ClusterProcess.Row.MAX_POINTS, max);
    row.put(ClusterProcess.Row.EVIDENCE, evidence);
    return row;
  }

  void compact(String code) {
    driver.complete(HEAD, code, COMPACT, Map.of(
        ClusterProcess.Var.COMPACT_LINK, "https://vanban.longbien.example/giao-uoc-khoi",
        ClusterProcess.Var.COMPACT_SIGNED, year + "-02-20",
        ClusterProcess.Var.CRITERIA, Vars.json(List.of(
            criterion("Hoàn thành nhiệm vụ chuyên môn được giao", "40", "Báo cáo tổng kết năm"),
            criterion("Tổ chức phong trào thi đua, khen thưởng", "40", null),
            criterion("Xây dựng cơ quan văn hóa", "20", null)))));
  }

  /** A member's scores, as the form submits them: the fields of each row, in the criteria's order. */
  void score(String member, String code, String... points) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      Map<String, Object> row = new HashMap<>();
      row.put(ClusterProcess.Row.SCORE, points[i]);
      row.put(ClusterProcess.Row.EVIDENCE_LINK, i == 0 ? "https://vanban.longbien.example/" + member : null);
      rows.add(row);
    }
    driver.complete(member, code, SELF_SCORE, Map.of(ClusterProcess.Var.SCORES, Vars.json(rows)));
  }

  @Test
  @DisplayName("Khối năm thành viên: trưởng khối ký giao ước và bảng tiêu chí, các thành viên tự chấm, trưởng khối rà soát, họp khối xếp hạng và đề nghị hai đơn vị")
  void blockRanksFiveAndItsHeadProposesTwo() {
    String code = openYear(year);
    ProcessInstance block = block(code);
    assertThat(block).isWaitingAt(COMPACT);
    Task compact = driver.task(HEAD, code, COMPACT);
    assertThat(compact.getName())
        .isEqualTo("Giao ước thi đua và bảng tiêu chí – Khối các phòng, ban và Mặt trận – " + code);
    // only the head has it
    assertThat(driver.tasks("pb-gddt", code, COMPACT)).isEmpty();
    on(year, 2, 25);
    compact(code);

    // each member scores itself; a score above the maximum, or without the evidence asked, is refused
    assertThat(driver.tasks(HEAD, code, SELF_SCORE)).hasSize(1);
    Steps.assertRejected(() -> score("pb-gddt", code, "41", "30", "10"), "Tiêu chí 1: điểm tự chấm phải là số từ 0 đến 40");
    Steps.assertRejected(() -> driver.complete("pb-gddt", code, SELF_SCORE, Map.of(ClusterProcess.Var.SCORES,
            Vars.json(List.of(Map.of(ClusterProcess.Row.SCORE, "30"), Map.of(ClusterProcess.Row.SCORE, "30"),
                Map.of(ClusterProcess.Row.SCORE, "10"))))),
        "Tiêu chí 1: vui lòng ghi đường dẫn minh chứng (Báo cáo tổng kết năm)");
    on(year, 11, 20);
    score("pb-vhtt", code, "38", "39", "18");
    score("pb-gddt", code, "36", "36", "18");
    score("pb-tckh", code, "32", "32", "16");
    score("pb-ttvhtt", code, "30", "25", "15");
    score("dt-mttq", code, "35", "33", "17");
    driver.runJobs();
    assertThat(block).isWaitingAt(REVIEW);

    // the head lowers one member's score: without its reason, refused
    Task review = driver.task(HEAD, code, REVIEW);
    String reviewRows = engine.getTaskService().getVariable(review.getId(), ClusterProcess.Var.REVIEWS).toString();
    assertThat(reviewRows).contains("Ủy ban MTTQ Việt Nam quận", "\"selfTotal\":\"85\"");
    List<Map<String, Object>> reviewed = new ArrayList<>();
    // the form's rows: dt-mttq, pb-gddt, pb-tckh, pb-ttvhtt, pb-vhtt
    for (String total : List.of("84", "90", "80", "70", "95")) {
      Map<String, Object> row = new HashMap<>();
      row.put(ClusterProcess.Row.REVIEWED_TOTAL, total);
      reviewed.add(row);
    }
    Steps.assertRejected(() -> driver.complete(HEAD, review, Map.of(ClusterProcess.Var.REVIEWS, Vars.json(reviewed))),
        "Ủy ban MTTQ Việt Nam quận: điểm sau rà soát khác điểm tự chấm, vui lòng ghi lý do");
    reviewed.get(0).put(ClusterProcess.Row.NOTE, "Tiêu chí 2 thiếu minh chứng hội nghị điển hình");
    driver.complete(HEAD, review, Map.of(ClusterProcess.Var.REVIEWS, Vars.json(reviewed)));
    assertThat(jdbc.queryForList("SELECT unit_code || ':' || rank_no FROM cluster_result r JOIN campaign c"
        + " ON c.id = r.campaign_id WHERE c.code = ? ORDER BY rank_no", String.class, code))
        .containsExactly("pb-vhtt:1", "pb-gddt:2", "dt-mttq:3", "pb-tckh:4", "pb-ttvhtt:5");

    // the meeting ranks and proposes: the Cờ for the second is refused (it leads only the first)
    Task meeting = driver.task(HEAD, code, RANK);
    assertThat(engine.getTaskService().getVariable(meeting.getId(), ClusterProcess.Var.RANKING).toString())
        .contains("Phòng Văn hóa và Thông tin", "\"rank\":\"1\"");
    on(year, 12, 5);
    Steps.assertRejected(() -> driver.complete(HEAD, meeting, meetingForm(
            proposal(null, null), proposal("CO_THI_DUA_TP", "Dẫn đầu nhiều chỉ tiêu"))),
        "Cờ thi đua chỉ đề nghị cho đơn vị dẫn đầu cụm, khối");
    driver.complete(HEAD, meeting, meetingForm(
        proposal("CO_THI_DUA_TP", "Dẫn đầu khối cả ba tiêu chí"),
        proposal("BANG_KHEN_TP", "Hoàn thành xuất sắc nhiệm vụ giáo dục"),
        proposal(null, null), proposal(null, null), proposal(null, null)));
    assertThat(block).isEnded();

    // two dossiers in the office's appraisal, each carrying its rank and the block's ranking
    List<Map<String, Object>> dossiers = jdbc.queryForList("SELECT n.unit_code, n.nominee_kind, n.award_type,"
        + " n.achievements FROM nomination n JOIN campaign c ON c.id = n.campaign_id WHERE c.code = ?"
        + " ORDER BY n.id", code);
    assertThat(dossiers).extracting(d -> d.get("unit_code") + ":" + d.get("award_type"))
        .containsExactly("pb-vhtt:CO_THI_DUA_TP", "pb-gddt:BANG_KHEN_TP");
    assertThat(dossiers).allSatisfy(d -> assertThat(d.get("nominee_kind")).isEqualTo("TAP_THE"));
    assertThat((String) dossiers.get(0).get("achievements")).contains(
        "Dẫn đầu khối cả ba tiêu chí", "Xếp thứ 1/5 trong Khối các phòng, ban và Mặt trận (95 điểm",
        "1. Phòng Văn hóa và Thông tin – 95; 2. Phòng Giáo dục và Đào tạo – 90; 3. Ủy ban MTTQ Việt Nam quận – 84");
    Task appraisal = steps.appraisalOf(code, "Phòng Văn hóa và Thông tin");
    assertThat((String) engine.getTaskService().getVariable(appraisal.getId(), NominationProcess.Var.ACHIEVEMENTS))
        .contains("Xếp thứ 1/5");
    assertThat(engine.getTaskService().getVariable(appraisal.getId(), NominationProcess.Var.AWARD_TYPE_TEXT))
        .isEqualTo("Cờ thi đua của UBND Thành phố");

    // the block's ranking, for Nội vụ and the council: JSON and a workbook; not for a unit
    String ranking = rest.withBasicAuth("noivu", "demo")
        .getForObject("/api/cluster/ranking?campaign={c}", String.class, code);
    assertThat(ranking).contains("\"head\":\"pb-vhtt\"", "\"rank\":\"3\"", "Tiêu chí 2 thiếu minh chứng",
        "\"proposedAward\":\"CO_THI_DUA_TP\"");
    var workbook = rest.withBasicAuth("hoidong1", "demo")
        .getForEntity("/api/cluster/ranking.xlsx?campaign={c}", byte[].class, code);
    assertThat(workbook.getStatusCode().value()).isEqualTo(200);
    assertThat(vn.tdkt.support.OfficeFiles.rows(vn.tdkt.support.OfficeFiles.xlsx(workbook.getBody()).getSheetAt(0)).toString())
        .contains("Phòng Văn hóa và Thông tin", "Cờ thi đua của UBND Thành phố", "Bằng khen của Chủ tịch UBND Thành phố");
    assertThat(rest.withBasicAuth("pb-gddt", "demo")
        .getForEntity("/api/cluster/ranking?campaign={c}", String.class, code).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  @DisplayName("Khối chưa có trưởng khối của năm: không thi đua khối, Nội vụ thấy tên khối trên việc theo dõi")
  void blockWithoutHeadDoesNotRun() {
    int later = year + 1;
    jdbc.update("UPDATE campaign SET title_cycle = FALSE WHERE title_cycle AND start_date >= ?",
        java.sql.Date.valueOf(LocalDate.of(later, 1, 1)));
    String code = openYear(later);
    assertThat(block(code)).isNull();
    Task tracking = driver.task("noivu", code, CampaignProcess.Element.TRACK);
    assertThat(engine.getTaskService().getVariable(tracking.getId(), CampaignProcess.Var.CLUSTERS_NOT_RUN))
        .isEqualTo("Khối các phòng, ban và Mặt trận");
  }

  Map<String, Object> meetingForm(Map<String, Object>... proposals) {
    return Map.of(ClusterProcess.Var.MEETING_DATE, year + "-12-04",
        ClusterProcess.Var.MINUTES_LINK, "https://vanban.longbien.example/bien-ban-hop-khoi",
        ClusterProcess.Var.PROPOSALS, Vars.json(List.of(proposals)));
  }

  static Map<String, Object> proposal(String award, String achievements) {
    Map<String, Object> row = new HashMap<>();
    row.put(ClusterProcess.Row.AWARD, award);
    row.put(ClusterProcess.Row.ACHIEVEMENTS, achievements);
    return row;
  }
}
