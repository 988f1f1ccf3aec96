package vn.tdkt.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.annual.YearProcess.Element.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.support.Coverage;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;
import vn.tdkt.system.Vars;

/**
 * The year's title cycle, as the units and Nội vụ live it: registration of titles at the start of
 * the year (reminded, chased), the year-end proposal with its minutes and its list, each nominee
 * checked against the registration and the registry's earlier years at appraisal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearProcessTest extends ProcessTest {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  /**
   * The year the tests live in (registration early in it, the review at its end): a year ahead, so
   * that the engine's clock, moved through it, only goes forward from the day the tests run.
   */
  final int year = LocalDate.now(VN).getYear() + 1;

  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate restTemplate;
  @Autowired YearService years;
  @Autowired vn.tdkt.reporting.AwardReport awardReport;
  @Autowired vn.tdkt.reporting.TitleCycleReport titleReport;
  @RegisterExtension static Coverage.Check coverage = Coverage.atLeast(YearProcess.KEY, 0.9);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * An office has one title cycle a year: each test opens its own, so the ones before it (their
   * work done) are no longer the year's.
   */
  @org.junit.jupiter.api.BeforeEach
  void retirePreviousCycles() {
    jdbc.update("UPDATE campaign SET title_cycle = FALSE WHERE title_cycle AND start_date >= ?",
        java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
  }

  void on(int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, month, day).atTime(9, 0).atZone(VN).toInstant()));
  }

  /** The office's title cycle of the year: registration by 31/03, proposals by 15/12. */
  Map<String, Object> yearPlan(String code, List<String> unitKinds) {
    int YEAR = year;
    Map<String, Object> plan = Driver.plan(code, unitKinds, List.of());
    plan.put(CampaignProcess.Var.CAMPAIGN_NAME, "Thi đua thường xuyên năm " + YEAR + " " + code);
    plan.put(CampaignProcess.Var.CAMPAIGN_KIND, CampaignProcess.CampaignKind.THUONG_XUYEN);
    plan.put(CampaignProcess.Var.TITLE_CYCLE, true);
    plan.put(CampaignProcess.Var.START_DATE, YEAR + "-01-01");
    plan.put(CampaignProcess.Var.REGISTRATION_DUE, YEAR + "-03-31");
    plan.put(CampaignProcess.Var.REPORT_DUE, YEAR + "-12-15");
    plan.put(CampaignProcess.Var.NOMINATION_DUE, YEAR + "-12-15");
    plan.put(CampaignProcess.Var.END_DATE, YEAR + "-12-31");
    return plan;
  }

  /** Nội vụ opens the year (in January), the chairman approves, the units get their tasks. */
  String openYear(List<String> unitKinds) {
    on(1, 5);
    String code = Driver.newCode();
    driver.draft(yearPlan(code, unitKinds));
    driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
        Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
    driver.runJobs();
    return code;
  }

  ProcessInstance unitYear(String code, String unit) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(YearProcess.KEY).processInstanceBusinessKey(code)
        .variableValueEquals("unitCode", unit).singleResult();
  }

  static Map<String, Object> individual(String name, String position, String title) {
    return Map.of(YearProcess.Row.NAME, name, YearProcess.Row.POSITION, position,
        YearProcess.Row.TITLE, title);
  }

  void register(String unit, String code, String collective, List<Map<String, Object>> individuals) {
    Map<String, Object> form = new HashMap<>();
    form.put(YearProcess.Var.COLLECTIVE_TITLE, collective);
    form.put(YearProcess.Var.INDIVIDUALS, Vars.json(individuals));
    driver.complete(unit, code, REGISTER, form);
  }

  static Map<String, Object> nominee(String kind, String name, String award) {
    Map<String, Object> row = new HashMap<>();
    row.put(YearProcess.Row.KIND, kind);
    row.put(YearProcess.Row.NAME, name);
    row.put(YearProcess.Row.POSITION, "Giáo viên");
    row.put(YearProcess.Row.AWARD, award);
    row.put(YearProcess.Row.ACHIEVEMENTS, "Hoàn thành xuất sắc nhiệm vụ năm học");
    row.put(YearProcess.Row.WOMEN, false);
    return row;
  }

  Map<String, Object> proposal(List<Map<String, Object>> nominees) {
    int YEAR = year;
    Map<String, Object> form = new HashMap<>();
    form.put(YearProcess.Var.YEAR_SUMMARY, "Trường hoàn thành xuất sắc nhiệm vụ năm học");
    form.put(YearProcess.Var.MEETING_DATE, YEAR + "-12-04");
    form.put(YearProcess.Var.MINUTES_LINK, "https://vanban.longbien.example/bien-ban-binh-xet");
    form.put(YearProcess.Var.NOMINEES, Vars.json(nominees));
    return form;
  }

  @Test
  @DisplayName("Đơn vị không đăng ký danh hiệu: được nhắc hạn qua thư, quá hạn thì Nội vụ đôn đốc; Nội vụ thấy x/N và danh sách")
  void unitThatRegistersNothingIsChased() throws Exception {
    String code = openYear(List.of("TRUONG_HOC"));
    assertThat(unitYear(code, "mn-hoasua")).isWaitingAt(REGISTER);
    Task task = driver.task("mn-hoasua", code, REGISTER);
    assertThat(task.getName()).isEqualTo("Đăng ký danh hiệu thi đua – Trường Mầm non Hoa Sữa – " + code);
    assertThat(LocalDate.ofInstant(task.getDueDate().toInstant(), VN)).isEqualTo(LocalDate.of(year, 3, 31));
    // the year's plan does not give the units the activity registration of a campaign
    assertThat(driver.tasks("mn-hoasua", code, vn.tdkt.participation.ParticipationProcess.Element.REGISTER)).isEmpty();

    on(2, 10);
    register("th-ngocthuy", code, "TTLDXS", List.of(
        individual("Nguyễn Thị Hoa", "Giáo viên", "CSTDCS"),
        individual("Trần Văn Bình", "Giáo viên", "LDTT")));
    register("thcs-chuvanan", code, "TTLDTT", List.of());

    mail.purgeEmailFromAllMailboxes();
    driver.fireTimers(code, REGISTRATION_REMINDER);
    assertThat(Driver.recipients(mail.getReceivedMessages())).containsExactly("mnhoasua@longbien.example");
    assertThat(mail.getReceivedMessages()[0].getSubject()).contains("Nhắc hạn đăng ký danh hiệu thi đua");
    driver.fireTimers(code, REGISTRATION_OVERDUE);
    List<Task> chases = driver.tasks("noivu", code, CHASE_REGISTRATION);
    assertThat(chases).extracting(Task::getName)
        .containsExactly("Đôn đốc đăng ký danh hiệu – Trường Mầm non Hoa Sữa – " + code);
    assertThat(engine.getTaskService().getVariable(chases.get(0).getId(), "chaseSubject"))
        .isEqualTo("đăng ký danh hiệu thi đua");
    driver.complete("noivu", chases.get(0), Map.of("chaseNote", "Đã gọi điện cho đầu mối"));

    // Nội vụ's x/N: two of three registered, on time; the third still waits
    assertThat(jdbc.queryForList(
            "SELECT p.unit_code FROM participation p JOIN campaign c ON c.id = p.campaign_id"
                + " WHERE c.code = ? AND p.registered_at IS NOT NULL AND p.registered_on_time"
                + " ORDER BY p.unit_code", String.class, code))
        .containsExactly("th-ngocthuy", "thcs-chuvanan");
    assertThat(unitYear(code, "mn-hoasua")).isWaitingAt(REGISTER);
    assertThat(unitYear(code, "th-ngocthuy")).isWaitingAt(PROPOSE);
    // and the list of titles registered, unit by unit
    var rest = restTemplate.withBasicAuth("noivu", "demo");
    var list = rest.getForObject("/api/year/registrations?campaign={c}", List.class, code);
    assertThat(list).hasSize(4);
    assertThat(list.toString()).contains("Nguyễn Thị Hoa", "Chiến sĩ thi đua cơ sở",
        "Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến");
    // a unit does not read the office's list
    assertThat(restTemplate.withBasicAuth("mn-hoasua", "demo")
            .getForEntity("/api/year/registrations?campaign={c}", String.class, code).getStatusCode().value())
        .isEqualTo(403);

    // late, it registers; it is counted, not on time
    on(4, 2);
    register("mn-hoasua", code, null, List.of(individual("Lê Thu Hà", "Giáo viên", "LDTT")));
    assertThat(jdbc.queryForObject(
            "SELECT registered_on_time FROM participation p JOIN campaign c ON c.id = p.campaign_id"
                + " WHERE c.code = ? AND p.unit_code = 'mn-hoasua'", Boolean.class, code))
        .isFalse();
    assertThat(unitYear(code, "mn-hoasua")).isWaitingAt(PROPOSE);
    // the registration's fields are not kept in the process (they are in the table and the history)
    assertThat(engine.getRuntimeService().getVariable(unitYear(code, "mn-hoasua").getId(),
        YearProcess.Var.INDIVIDUALS)).isNull();
  }

  @Test
  @DisplayName("Đăng ký không có danh hiệu nào, hoặc danh hiệu không hợp lệ: bị từ chối, nêu lý do, việc vẫn chờ")
  void emptyOrBadRegistrationIsRefused() {
    String code = openYear(List.of("TRUONG_HOC"));
    on(2, 1);
    Steps.assertRejected(() -> register("mn-hoasua", code, null, List.of()),
        "Vui lòng đăng ký ít nhất một danh hiệu");
    Steps.assertRejected(() -> register("mn-hoasua", code, null,
            List.of(individual("Lê Thu Hà", "Giáo viên", "TTLDTT"))),
        "Dòng 1: vui lòng chọn danh hiệu cá nhân");
    Steps.assertRejected(() -> register("mn-hoasua", code, null, List.of(
            individual("Lê Thu Hà", "Giáo viên", "LDTT"), individual("Lê  Thu hà", "", "LDTT"))),
        "Dòng 2: Lê  Thu hà đã có trong danh sách");
    assertThat(unitYear(code, "mn-hoasua")).isWaitingAt(REGISTER);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM title_registration t JOIN campaign c"
        + " ON c.id = t.campaign_id WHERE c.code = ?", Integer.class, code)).isZero();
  }

  @Test
  @DisplayName("Người đề nghị Chiến sĩ thi đua cấp Thành phố mà sổ khen thưởng thiếu năm trước: bị cảnh báo khi thẩm định và trả lại bổ sung")
  void nomineeShortOfTheYearsIsFlaggedAndReturned() throws Exception {
    String code = openYear(List.of("TRUONG_HOC"));
    // the registry holds Hoa's CSTĐCS of 2025 only; An's of 2024 and 2025
    priorTitle("th-ngocthuy", "Nguyễn Thị Hoa", "CSTDCS", year - 1);
    priorTitle("th-ngocthuy", "Phạm Văn An", "CSTDCS", year - 2);
    priorTitle("th-ngocthuy", "Phạm Văn An", "CSTDCS", year - 1);
    on(2, 10);
    register("th-ngocthuy", code, "TTLDXS", List.of(
        individual("Nguyễn Thị Hoa", "Giáo viên", "CSTD_TP"),
        individual("Phạm Văn An", "Tổ trưởng", "CSTD_TP")));

    on(12, 8);
    ProcessInstance unit = unitYear(code, "th-ngocthuy");
    driver.complete("th-ngocthuy", code, PROPOSE, proposal(List.of(
        nominee("CA_NHAN", "Nguyễn Thị Hoa", "CSTDCS"),
        nominee("CA_NHAN", "Nguyễn Thị Hoa", "CSTD_TP"),
        nominee("CA_NHAN", "Phạm Văn An", "CSTDCS"),
        nominee("CA_NHAN", "Phạm Văn An", "CSTD_TP"),
        nominee("TAP_THE", "Trường Tiểu học Ngọc Thụy", "TTLDXS"))));
    driver.runJobs();
    assertThat(unit).isEnded();

    // five dossiers in appraisal, the minutes their papers
    List<Task> appraisals = driver.tasks("noivu", code, NominationProcess.Element.APPRAISE);
    assertThat(appraisals).hasSize(5);
    Task hoa = appraisal(appraisals, "Nguyễn Thị Hoa", "Chiến sĩ thi đua cấp Thành phố");
    String check = (String) engine.getTaskService().getVariable(hoa.getId(), NominationProcess.Var.HISTORY_CHECK);
    assertThat(check).contains("03 lần liên tục", "Điều 22 khoản 1", "năm " + (year - 2))
        .doesNotContain(String.valueOf(year - 1) + ",");
    // An has the three years (two in the registry, this year's proposed now); the collective has a CSTĐCS
    Task an = appraisal(appraisals, "Phạm Văn An", "Chiến sĩ thi đua cấp Thành phố");
    assertThat(engine.getTaskService().getVariable(an.getId(), NominationProcess.Var.HISTORY_CHECK)).isNull();
    Task school = appraisal(appraisals, "Trường Tiểu học Ngọc Thụy", "Tập thể lao động xuất sắc");
    assertThat(engine.getTaskService().getVariable(school.getId(), NominationProcess.Var.HISTORY_CHECK)).isNull();
    // registered CSTĐ_TP, not CSTĐCS: noted for comparing, not a condition since 2024
    Task hoaCs = appraisal(appraisals, "Nguyễn Thị Hoa", "Chiến sĩ thi đua cơ sở");
    assertThat(engine.getTaskService().getVariable(hoaCs.getId(), NominationProcess.Var.HISTORY_CHECK)).isNull();
    assertThat((String) engine.getTaskService().getVariable(hoaCs.getId(), NominationProcess.Var.REGISTRATION_CHECK))
        .contains("Không có trong đăng ký danh hiệu đầu năm", "Điều 7");

    // found eligible without a word on the warning: refused
    Steps.assertRejected(() -> driver.complete("noivu", hoa, Map.of(
            NominationProcess.Var.APPRAISAL_OUTCOME, NominationProcess.Outcome.ELIGIBLE)),
        "ghi căn cứ kết luận đủ điều kiện");
    // returned to the unit with what is missing
    mail.purgeEmailFromAllMailboxes();
    driver.complete("noivu", hoa, Map.of(
        NominationProcess.Var.APPRAISAL_OUTCOME, NominationProcess.Outcome.SUPPLEMENT,
        NominationProcess.Var.MISSING_ITEMS, "Quyết định công nhận Chiến sĩ thi đua cơ sở năm " + (year - 2)));
    driver.runJobs();
    assertThat(Driver.recipients(mail.getReceivedMessages())).contains("thngocthuy@longbien.example");
    Task supplement = driver.task("th-ngocthuy", code, NominationProcess.Element.SUPPLEMENT);
    assertThat(supplement.getName()).contains("Nguyễn Thị Hoa");
    assertThat(jdbc.queryForObject("SELECT history_check FROM nomination n JOIN campaign c ON c.id = n.campaign_id"
        + " WHERE c.code = ? AND n.nominee_name = 'Nguyễn Thị Hoa' AND n.award_type = 'CSTD_TP'",
        String.class, code)).isEqualTo(check);
    // the unit proves the year; Nội vụ finds her eligible, stating on what
    driver.complete("th-ngocthuy", supplement, Map.of(
        NominationProcess.Var.ACHIEVEMENTS, "Thành tích đã cập nhật",
        NominationProcess.Var.SUPPLEMENT_NOTE, "Bổ sung Quyết định số 15/QĐ-UBND năm " + (year - 2)));
    driver.runJobs();
    driver.complete("noivu", driver.tasks("noivu", code, NominationProcess.Element.APPRAISE).stream()
            .filter(t -> t.getId() != null && t.getName().contains("Nguyễn Thị Hoa")
                && engine.getTaskService().getVariable(t.getId(), NominationProcess.Var.HISTORY_CHECK) != null)
            .findFirst().orElseThrow(),
        Map.of(NominationProcess.Var.APPRAISAL_OUTCOME, NominationProcess.Outcome.ELIGIBLE,
            NominationProcess.Var.APPRAISAL_REASON, "Đã có Quyết định số 15/QĐ-UBND năm " + (year - 2)));
    assertThat(jdbc.queryForObject("SELECT n.status FROM nomination n JOIN campaign c ON c.id = n.campaign_id"
        + " WHERE c.code = ? AND n.nominee_name = 'Nguyễn Thị Hoa' AND n.award_type = 'CSTD_TP'",
        String.class, code)).isEqualTo("DA_DUYET");
  }

  @Test
  @DisplayName("Tập thể lao động xuất sắc mà đơn vị không có Chiến sĩ thi đua cơ sở: bị cảnh báo")
  void collectiveWithoutCstdcsIsFlagged() {
    String code = openYear(List.of("TRUONG_HOC"));
    on(2, 10);
    register("thcs-chuvanan", code, "TTLDXS", List.of());
    on(12, 8);
    driver.complete("thcs-chuvanan", code, PROPOSE, proposal(List.of(
        nominee("TAP_THE", "Trường THCS Chu Văn An", "TTLDXS"),
        nominee("CA_NHAN", "Đỗ Minh Tâm", "LDTT"))));
    Task school = driver.tasks("noivu", code, NominationProcess.Element.APPRAISE).stream()
        .filter(t -> t.getName().contains("Chu Văn An")).findFirst().orElseThrow();
    assertThat((String) engine.getTaskService().getVariable(school.getId(), NominationProcess.Var.HISTORY_CHECK))
        .contains("Điều 27 khoản 1 điểm d");
  }

  @Test
  @DisplayName("Đề nghị cuối năm sai: dòng thiếu thành tích, hình thức không hợp đối tượng, họp bình xét sau hôm nay: từ chối, nêu dòng")
  void badProposalIsRefusedByLine() {
    String code = openYear(List.of("TRUONG_HOC"));
    on(2, 10);
    register("mn-hoasua", code, "TTLDTT", List.of());
    on(12, 8);
    Map<String, Object> noAchievements = new HashMap<>(nominee("CA_NHAN", "Lê Thu Hà", "LDTT"));
    noAchievements.remove(YearProcess.Row.ACHIEVEMENTS);
    Steps.assertRejected(() -> driver.complete("mn-hoasua", code, PROPOSE, proposal(List.of(
            nominee("TAP_THE", "Trường Mầm non Hoa Sữa", "TTLDTT"), noAchievements))),
        "Dòng 2: vui lòng nhập tóm tắt thành tích");
    Steps.assertRejected(() -> driver.complete("mn-hoasua", code, PROPOSE, proposal(List.of(
            nominee("TAP_THE", "Trường Mầm non Hoa Sữa", "LDTT")))),
        "Dòng 1: hình thức đề nghị không dùng cho Tập thể");
    Map<String, Object> future = proposal(List.of());
    future.put(YearProcess.Var.MEETING_DATE, year + "-12-20");
    Steps.assertRejected(() -> driver.complete("mn-hoasua", code, PROPOSE, future),
        "Ngày họp bình xét phải từ ngày bắt đầu năm thi đua");
    assertThat(unitYear(code, "mn-hoasua")).isWaitingAt(PROPOSE);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nomination n JOIN campaign c"
        + " ON c.id = n.campaign_id WHERE c.code = ?", Integer.class, code)).isZero();
  }

  @Test
  @DisplayName("Đơn vị chậm đề nghị cuối năm: được nhắc, quá hạn thì Nội vụ đôn đốc; đơn vị không đề nghị ai vẫn gửi được báo cáo")
  void lateProposalIsChased() throws Exception {
    String code = openYear(List.of("TRUONG_HOC"));
    on(2, 10);
    register("mn-hoasua", code, "TTLDTT", List.of());
    assertThat(driver.task("mn-hoasua", code, PROPOSE).getName())
        .isEqualTo("Bình xét, đề nghị khen thưởng cuối năm – Trường Mầm non Hoa Sữa – " + code);
    // the year-end form shows what was registered, and where the Excel list goes
    Task propose = driver.task("mn-hoasua", code, PROPOSE);
    assertThat(engine.getTaskService().getVariable(propose.getId(), YearProcess.Var.REGISTERED_TITLES).toString())
        .contains("Tập thể lao động tiên tiến");
    assertThat((String) engine.getTaskService().getVariable(propose.getId(), YearProcess.Var.NOMINEE_UPLOAD_URL))
        .startsWith("/nam/nhap-danh-sach?campaign=");
    on(12, 10);
    mail.purgeEmailFromAllMailboxes();
    driver.fireTimers(code, PROPOSAL_REMINDER);
    assertThat(mail.getReceivedMessages()).extracting(m -> m.getSubject())
        .anyMatch(s -> s.contains("Nhắc hạn bình xét, đề nghị khen thưởng cuối năm"));
    driver.fireTimers(code, PROPOSAL_OVERDUE);
    assertThat(driver.tasks("noivu", code, CHASE_PROPOSAL)).extracting(Task::getName)
        .contains("Đôn đốc đề nghị cuối năm – Trường Mầm non Hoa Sữa – " + code);
    ProcessInstance unit = unitYear(code, "mn-hoasua");
    driver.complete("mn-hoasua", code, PROPOSE, proposal(List.of()));
    // Nội vụ closes its chasing task: the unit's year is done
    assertThat(unit).isWaitingAt(CHASE_PROPOSAL);
    driver.complete("noivu", driver.tasks("noivu", code, CHASE_PROPOSAL).stream()
        .filter(t -> t.getName().contains("Hoa Sữa")).findFirst().orElseThrow(),
        Map.of("chaseNote", "Đơn vị đã gửi"));
    assertThat(unit).isEnded();
    assertThat(jdbc.queryForObject(
            "SELECT reported_at IS NOT NULL FROM participation p JOIN campaign c ON c.id = p.campaign_id"
                + " WHERE c.code = ? AND p.unit_code = 'mn-hoasua'", Boolean.class, code))
        .isTrue();
  }

  @Test
  @DisplayName("Kế hoạch thi đua hằng năm: phải là thi đua thường xuyên, trong một năm, mỗi năm một kế hoạch")
  void titleCyclePlanRules() {
    on(1, 5);
    Map<String, Object> chuyenDe = yearPlan(Driver.newCode(), List.of("TRUONG_HOC"));
    chuyenDe.put(CampaignProcess.Var.CAMPAIGN_KIND, "CHUYEN_DE");
    Steps.assertRejected(() -> driver.draft(chuyenDe), "chọn loại phong trào \"Thường xuyên\"");
    Map<String, Object> twoYears = yearPlan(Driver.newCode(), List.of("TRUONG_HOC"));
    twoYears.put(CampaignProcess.Var.END_DATE, (year + 1) + "-01-31");
    Steps.assertRejected(() -> driver.draft(twoYears), "trong một năm");
    String first = Driver.newCode();
    driver.draft(yearPlan(first, List.of("TRUONG_HOC")));
    Steps.assertRejected(() -> driver.draft(yearPlan(Driver.newCode(), List.of("TRUONG_HOC"))),
        "Cơ quan đã có kế hoạch thi đua hằng năm " + year + ": " + first);
    // a regular campaign that is not the title cycle goes the campaign's way
    Map<String, Object> regular = yearPlan(Driver.newCode(), List.of("TRUONG_HOC"));
    regular.put(CampaignProcess.Var.TITLE_CYCLE, false);
    driver.draft(regular);
  }

  @Test
  @DisplayName("Cả năm: đăng ký, đề nghị cuối năm, thẩm định, công khai, Hội đồng, Chủ tịch ký; sổ khen thưởng ghi danh hiệu của năm; báo cáo đăng ký và đạt")
  void yearGoesToTheCouncilAndTheRegistry() {
    String code = openYear(List.of("TRUONG_HOC"));
    on(2, 10);
    register("th-ngocthuy", code, "TTLDTT", List.of(
        individual("Nguyễn Thị Hoa", "Giáo viên", "CSTDCS"),
        individual("Trần Văn Bình", "Giáo viên", "LDTT"),
        individual("Lê Văn Cường", "Giáo viên", "LDTT")));
    register("thcs-chuvanan", code, "TTLDTT", List.of());
    register("mn-hoasua", code, "TTLDTT", List.of());
    on(12, 8);
    driver.complete("th-ngocthuy", code, PROPOSE, proposal(List.of(
        nominee("CA_NHAN", "Nguyễn Thị Hoa", "CSTDCS"),
        nominee("CA_NHAN", "Trần Văn Bình", "LDTT"),
        nominee("TAP_THE", "Trường Tiểu học Ngọc Thụy", "TTLDTT"))));
    driver.complete("thcs-chuvanan", code, PROPOSE, proposal(List.of()));
    driver.complete("mn-hoasua", code, PROPOSE, proposal(List.of()));
    for (String name : List.of("Nguyễn Thị Hoa", "Trần Văn Bình", "Trường Tiểu học Ngọc Thụy")) {
      steps.appraise(code, name, NominationProcess.Outcome.ELIGIBLE, null, null);
    }
    on(12, 16);
    steps.openSession(code);
    for (String member : Steps.COUNCIL) {
      steps.vote(member, code, "Nguyễn Thị Hoa", "Trần Văn Bình", "Trường Tiểu học Ngọc Thụy");
    }
    // the tally is a job of its own
    driver.runJobs();
    // the chairman signs in the January after: the titles are still the year's
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year + 1, 1, 12).atTime(9, 0).atZone(VN).toInstant()));
    steps.sign(code, "05/QĐ-UBND");
    assertThat(steps.awards(code)).containsExactlyInAnyOrder(
        "Nguyễn Thị Hoa:CSTDCS", "Trần Văn Bình:LDTT", "Trường Tiểu học Ngọc Thụy:TTLDTT");
    assertThat(awardReport.titlesOf("th-ngocthuy", java.util.EnumSet.of(vn.tdkt.rules.AwardType.CSTDCS)))
        .contains(new vn.tdkt.reporting.AwardReport.TitleYear("Nguyễn Thị Hoa", vn.tdkt.rules.AwardType.CSTDCS, year));
    // registered against achieved: Cường registered, was not proposed; the three others won
    var lines = titleReport.lines(steps.campaignId(code));
    var totals = vn.tdkt.reporting.TitleCycleReport.totals(lines);
    assertThat(totals).filteredOn(t -> t.unitCode().equals("th-ngocthuy")).singleElement()
        .satisfies(t -> {
          assertThat(t.registered()).isEqualTo(4);
          assertThat(t.proposed()).isEqualTo(3);
          assertThat(t.awarded()).isEqualTo(3);
          assertThat(t.registeredAndAwarded()).isEqualTo(3);
        });
    assertThat(lines).filteredOn(l -> l.name().equals("Lê Văn Cường")).singleElement()
        .satisfies(l -> assertThat(l.status()).isNull());
  }

  @Test
  @DisplayName("Đơn vị tải mẫu Excel, điền danh sách, nhập vào việc cuối năm; biểu mẫu hiện sẵn danh sách để gửi")
  void unitImportsItsListFromExcel() throws Exception {
    String code = openYear(List.of("TRUONG_HOC"));
    on(2, 10);
    register("mn-hoasua", code, "TTLDTT", List.of(individual("Lê Thu Hà", "Giáo viên", "LDTT")));
    on(12, 8);
    var unit = restTemplate.withBasicAuth("mn-hoasua", "demo");
    var template = unit.getForEntity("/api/year/nominee-template?campaign={c}", byte[].class, code);
    assertThat(template.getStatusCode().value()).isEqualTo(200);
    byte[] filled;
    try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
        new java.io.ByteArrayInputStream(template.getBody()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Danh hiệu, hình thức đề nghị");
      String[][] rows = {
        {"Tập thể", "Trường Mầm non Hoa Sữa", "", "Tập thể lao động tiên tiến", "Hoàn thành tốt nhiệm vụ", ""},
        {"Cá nhân", "Lê Thu Hà", "Giáo viên", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ", "Có"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(2 + r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      var out = new java.io.ByteArrayOutputStream();
      workbook.write(out);
      filled = out.toByteArray();
    }
    var sent = unit.postForEntity("/api/year/nominees?campaign={c}", upload(filled), Map.class, code);
    assertThat(sent.getStatusCode().value()).isEqualTo(200);
    assertThat(sent.getBody().get("rows")).isEqualTo(2);
    Task propose = driver.task("mn-hoasua", code, PROPOSE);
    String list = engine.getTaskService().getVariable(propose.getId(), YearProcess.Var.NOMINEES).toString();
    assertThat(list).contains("\"TAP_THE\"", "\"TTLDTT\"", "\"LDTT\"", "Lê Thu Hà", "\"women\":true");

    // the form as the Tasklist submits it: the list it shows, unchanged
    Map<String, Object> form = proposal(List.of());
    form.put(YearProcess.Var.NOMINEES, engine.getTaskService().getVariable(propose.getId(), YearProcess.Var.NOMINEES));
    driver.complete("mn-hoasua", propose, form);
    assertThat(jdbc.queryForList("SELECT n.nominee_name FROM nomination n JOIN campaign c ON c.id = n.campaign_id"
        + " WHERE c.code = ? ORDER BY n.id", String.class, code))
        .containsExactly("Trường Mầm non Hoa Sữa", "Lê Thu Hà");
    assertThat(jdbc.queryForObject("SELECT women_priority FROM nomination n JOIN campaign c ON c.id = n.campaign_id"
        + " WHERE c.code = ? AND n.nominee_name = 'Lê Thu Hà'", Boolean.class, code)).isTrue();
    // the registered-against-achieved report counts them
    var titles = restTemplate.withBasicAuth("noivu", "demo")
        .getForObject("/api/year/titles?campaign={c}", Map.class, code).toString();
    assertThat(titles).contains("unitCode=mn-hoasua", "registered=2", "proposed=2");
    assertThat(restTemplate.withBasicAuth("noivu", "demo")
        .getForEntity("/api/year/titles.xlsx?campaign={c}", byte[].class, code).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("Nhập danh sách sai: tệp không phải Excel, dòng sai (nêu số dòng), người không phải đầu mối, đơn vị đã gửi: từ chối")
  void badImportsAreRefused() throws Exception {
    String code = openYear(List.of("TRUONG_HOC"));
    on(2, 10);
    register("mn-hoasua", code, "TTLDTT", List.of());
    var unit = restTemplate.withBasicAuth("mn-hoasua", "demo");
    var notExcel = unit.postForEntity("/api/year/nominees?campaign={c}",
        upload("không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Map.class, code);
    assertThat(notExcel.getStatusCode().value()).isEqualTo(400);
    assertThat(notExcel.getBody().get("message").toString()).contains("không phải bảng tính Excel");

    byte[] template = unit.getForEntity("/api/year/nominee-template?campaign={c}", byte[].class, code).getBody();
    byte[] badRow;
    try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(template))) {
      var row = workbook.getSheetAt(0).createRow(3);
      String[] cells = {"Tập thể", "Trường Mầm non Hoa Sữa", "", "Huân chương", "Thành tích", ""};
      for (int c = 0; c < cells.length; c++) {
        row.createCell(c).setCellValue(cells[c]);
      }
      var out = new java.io.ByteArrayOutputStream();
      workbook.write(out);
      badRow = out.toByteArray();
    }
    var refused = unit.postForEntity("/api/year/nominees?campaign={c}", upload(badRow), Map.class, code);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).startsWith("Dòng 4:");
    assertThat(engine.getTaskService().getVariable(driver.task("mn-hoasua", code, PROPOSE).getId(),
        YearProcess.Var.NOMINEES)).isNull();

    assertThat(restTemplate.withBasicAuth("noivu", "demo")
            .postForEntity("/api/year/nominees?campaign={c}", upload(template), Map.class, code)
            .getStatusCode().value())
        .isEqualTo(403);
    // a unit whose year-end task is not open (it has not registered yet)
    var other = restTemplate.withBasicAuth("th-ngocthuy", "demo")
        .postForEntity("/api/year/nominees?campaign={c}", upload(template), Map.class, code);
    assertThat(other.getStatusCode().value()).isEqualTo(400);
    assertThat(other.getBody().get("message").toString()).contains("không có việc");
  }

  static org.springframework.http.HttpEntity<org.springframework.util.MultiValueMap<String, Object>> upload(byte[] bytes) {
    org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
    body.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return "danh-sach.xlsx";
      }
    });
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return new org.springframework.http.HttpEntity<>(body, headers);
  }

  Task appraisal(List<Task> tasks, String name, String award) {
    return tasks.stream()
        .filter(t -> t.getName().contains(name)
            && award.equals(engine.getTaskService().getVariable(t.getId(), NominationProcess.Var.AWARD_TYPE_TEXT)))
        .findFirst().orElseThrow(() -> new AssertionError("no appraisal of " + name + " for " + award));
  }

  /** An award of an earlier year's title cycle, as the registry holds it. */
  void priorTitle(String unit, String name, String type, int year) {
    String office = jdbc.queryForObject("SELECT office_code FROM unit WHERE code = ?", String.class, unit);
    String code = "NAM-" + year + "-" + Driver.newCode();
    jdbc.update("INSERT INTO campaign (code, name, kind, start_date, end_date, registration_deadline,"
            + " report_deadline, nomination_deadline, status, office_code, regime, approving_level,"
            + " title_cycle) VALUES (?, ?, 'THUONG_XUYEN', ?, ?, ?, ?, ?, 'CLOSED', ?, 'LUAT_2022', 'DISTRICT', TRUE)",
        code, "Thi đua năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
        LocalDate.of(year, 3, 31), LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 15), office);
    long campaign = jdbc.queryForObject("SELECT id FROM campaign WHERE code = ?", Long.class, code);
    jdbc.update("INSERT INTO nomination (campaign_id, unit_code, nominee_kind, nominee_name, award_type,"
            + " achievements, status, submitted_at) VALUES (?, ?, 'CA_NHAN', ?, ?, 'x', 'DA_KHEN_THUONG', ?)",
        campaign, unit, name, type, java.sql.Timestamp.valueOf(LocalDate.of(year, 12, 10).atStartOfDay()));
    long nomination = jdbc.queryForObject("SELECT MAX(id) FROM nomination WHERE campaign_id = ?", Long.class, campaign);
    jdbc.update("INSERT INTO award_decision (campaign_id, decision_number, decision_date, level, recorded_at)"
            + " VALUES (?, ?, ?, 'LOCAL', ?)", campaign, code + "/QĐ", LocalDate.of(year + 1, 1, 10),
        java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 10).atStartOfDay()));
    long decision = jdbc.queryForObject("SELECT id FROM award_decision WHERE campaign_id = ?", Long.class, campaign);
    jdbc.update("INSERT INTO award (decision_id, nomination_id, campaign_id, unit_code, nominee_name,"
        + " nominee_kind, award_type) VALUES (?, ?, ?, ?, ?, 'CA_NHAN', ?)",
        decision, nomination, campaign, unit, name, type);
  }
}
