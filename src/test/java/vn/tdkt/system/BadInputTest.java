package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;
import vn.tdkt.council.CouncilProcess;

/**
 * Malformed submissions through the REST API the Tasklist uses: each gets 400 with a Vietnamese
 * reason (or 403/404 where the user may not act), the task stays open, and no row is written.
 */
class BadInputTest extends ProcessTest {

  static final String HUGE = "x".repeat(100_000);
  static final String SCRIPT = "<script>alert('x')</script>";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  record Case(String name, String user, String code, String taskKey, Map<String, Object> form, String expected) {}

  Map<String, Object> with(Map<String, Object> base, Object... pairs) {
    Map<String, Object> form = new HashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        form.remove((String) pairs[i]);
      } else {
        form.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return form;
  }

  @TestFactory
  @DisplayName("Bảng nhập sai: mỗi trường hợp nhận 400 kèm lý do tiếng Việt, không ghi dở dang")
  Stream<DynamicTest> malformedSubmissions() {
    String approval = Driver.newCode();
    driver.draft(Driver.plan(approval, List.of("TRUONG_HOC"), List.of()));
    String units = Driver.newCode();
    steps.launch(units, List.of("TRUONG_HOC"), List.of(Map.of("unitCode", "pb-vhtt", "description", "Tuyên truyền")));
    steps.register("thcs-chuvanan", units);
    steps.registerAndReport("mn-hoasua", units);
    steps.nominate("mn-hoasua", units, "CA_NHAN", "Hồ sơ đã nộp", "LDTT", true);
    String council = Driver.newCode();
    steps.atCouncil(council, "Người được xét");
    String decision = Driver.newCode();
    steps.atCouncil(decision, "Người được khen");
    for (String member : Steps.COUNCIL) {
      steps.vote(member, decision, "Người được khen");
    }
    driver.runJobs();
    jdbc.update("INSERT INTO award_decision (campaign_id, decision_number, decision_date, level, recorded_at)"
        + " VALUES (?, 'DA-DUNG/QĐ-UBND', ?, 'LOCAL', CURRENT_TIMESTAMP)", steps.campaignId(units), java.sql.Date.valueOf(vn.tdkt.support.Steps.today()));

    Map<String, Object> plan = new HashMap<>(Driver.plan("KH-SAI", List.of("PHUONG"), List.of()));
    String today = vn.tdkt.support.Steps.today().toString();
    String end = vn.tdkt.support.Steps.today().plusDays(40).toString();
    String dayAfterEnd = vn.tdkt.support.Steps.today().plusDays(41).toString();
    Map<String, Object> register = Map.of(ParticipationProcess.Var.ACTIVITY_NAME, "Lễ báo công",
        ParticipationProcess.Var.ACTIVITY_KIND, "LE_BAO_CONG", ParticipationProcess.Var.ACTIVITY_DATE, today);
    Map<String, Object> report = Map.of(ParticipationProcess.Var.RESULT_SUMMARY, "Kết quả");
    Map<String, Object> dossier = steps.dossier("CA_NHAN", "Nguyễn Văn Mới", "LDTT", false);
    Map<String, Object> sign = Map.of(CampaignProcess.Var.DECISION_NUMBER, "99/QĐ-UBND", CampaignProcess.Var.DECISION_DATE, today);
    String start = null;
    String reg = ParticipationProcess.Element.REGISTER;
    String rep = ParticipationProcess.Element.REPORT;
    String nom = ParticipationProcess.Element.NOMINATE;
    String appr = NominationProcess.Element.APPRAISE;
    String ballot = CouncilProcess.Element.CAST_BALLOT;
    String signKey = CampaignProcess.Element.SIGN_DECISION;

    List<Case> cases = new ArrayList<>(List.of(
        new Case("thiếu mã kế hoạch", "noivu", null, start, with(plan, "campaignCode", null), "Số/mã kế hoạch phải có"),
        new Case("mã kế hoạch có thẻ HTML", "noivu", null, start, with(plan, "campaignCode", SCRIPT), "Số/mã kế hoạch phải có"),
        new Case("mã kế hoạch 100 kB", "noivu", null, start, with(plan, "campaignCode", HUGE), "Số/mã kế hoạch phải có"),
        new Case("mã kế hoạch đã dùng", "noivu", null, start, with(plan, "campaignCode", units), "đã được dùng"),
        new Case("thiếu tên phong trào", "noivu", null, start, with(plan, "campaignName", null), "tên phong trào"),
        new Case("tên phong trào 100 kB", "noivu", null, start, with(plan, "campaignName", HUGE), "tên phong trào"),
        new Case("loại phong trào lạ", "noivu", null, start, with(plan, "campaignKind", "KHAC"), "loại phong trào"),
        new Case("thiếu loại phong trào", "noivu", null, start, with(plan, "campaignKind", null), "loại phong trào"),
        new Case("theo đợt sau 01/01/2024", "noivu", null, start, with(plan, "campaignKind", "DOT"),
            "Luật Thi đua, khen thưởng 2022, Điều 16 khoản 1"),
        new Case("khẩu hiệu 100 kB", "noivu", null, start, with(plan, "slogan", HUGE), "khẩu hiệu dài quá"),
        new Case("căn cứ 100 kB", "noivu", null, start, with(plan, "legalBasis", HUGE), "căn cứ dài quá"),
        new Case("thiếu ngày bắt đầu", "noivu", null, start, with(plan, "startDate", null), "Vui lòng nhập ngày bắt đầu"),
        new Case("ngày không tồn tại", "noivu", null, start, with(plan, "startDate", "2026-02-31"), "không phải là ngày hợp lệ"),
        new Case("ngày là chữ", "noivu", null, start, with(plan, "endDate", "hôm qua"), "không phải là ngày hợp lệ"),
        new Case("ngày là số", "noivu", null, start, with(plan, "reportDue", 20260101), "không phải là ngày hợp lệ"),
        new Case("kết thúc trước bắt đầu", "noivu", null, start, with(plan, "endDate", vn.tdkt.support.Steps.today().minusDays(1).toString()), "Ngày bắt đầu phải trước"),
        new Case("hạn đăng ký trước khi bắt đầu", "noivu", null, start, with(plan, "registrationDue", vn.tdkt.support.Steps.today().minusDays(1).toString()), "Hạn đăng ký thi đua phải nằm"),
        new Case("hạn đăng ký sau khi kết thúc", "noivu", null, start, with(plan, "registrationDue", dayAfterEnd), "Hạn đăng ký thi đua phải nằm"),
        new Case("hạn báo cáo trước hạn đăng ký", "noivu", null, start, with(plan, "reportDue", today), "Hạn báo cáo kết quả phải sau"),
        new Case("hạn báo cáo sau khi kết thúc", "noivu", null, start, with(plan, "reportDue", dayAfterEnd), "Hạn báo cáo kết quả phải sau"),
        new Case("hạn hồ sơ trước hạn đăng ký", "noivu", null, start, with(plan, "nominationDue", today), "Hạn nộp hồ sơ khen thưởng"),
        new Case("hạn hồ sơ sau khi kết thúc", "noivu", null, start, with(plan, "nominationDue", dayAfterEnd), "Hạn nộp hồ sơ khen thưởng"),
        new Case("không chọn khối đơn vị", "noivu", null, start, with(plan, "unitKinds", List.of()), "ít nhất một khối"),
        new Case("khối đơn vị lạ", "noivu", null, start, with(plan, "unitKinds", List.of("CONG_TY")), "Khối đơn vị không hợp lệ"),
        new Case("đơn vị được phân công không tồn tại", "noivu", null, start, with(plan, "assignment1Unit", "khong-co", "assignment1Description", "x"), "không tồn tại: khong-co"),
        new Case("nhiệm vụ thiếu nội dung", "noivu", null, start, with(plan, "assignment1Unit", "pb-vhtt"), "cần có nội dung"),
        new Case("nhiệm vụ 100 kB", "noivu", null, start, with(plan, "assignment1Unit", "pb-vhtt", "assignment1Description", HUGE), "cần có nội dung"),
        new Case("trả lại không nêu lý do", "chutich", approval, CampaignProcess.Element.APPROVE_PLAN, Map.of("planDecision", "RETURN"), "lý do trả lại"),
        new Case("ý kiến lạ", "chutich", approval, CampaignProcess.Element.APPROVE_PLAN, Map.of("planDecision", "CO_THE"), "Phê duyệt hoặc Trả lại"),
        new Case("thiếu ý kiến", "chutich", approval, CampaignProcess.Element.APPROVE_PLAN, Map.of(), "Phê duyệt hoặc Trả lại"),
        new Case("lý do trả lại 100 kB", "chutich", approval, CampaignProcess.Element.APPROVE_PLAN, Map.of("planDecision", "RETURN", "returnReason", HUGE), "lý do trả lại dài quá"),
        new Case("thiếu tên hoạt động", "th-ngocthuy", units, reg, with(register, "activityName", null), "tên hoạt động"),
        new Case("tên hoạt động 100 kB", "th-ngocthuy", units, reg, with(register, "activityName", HUGE), "tên hoạt động dài quá"),
        new Case("hình thức hoạt động lạ", "th-ngocthuy", units, reg, with(register, "activityKind", SCRIPT), "hình thức hoạt động"),
        new Case("ngày hoạt động ngoài thời gian", "th-ngocthuy", units, reg, with(register, "activityDate", "2001-01-01"), "trong thời gian phong trào"),
        new Case("ngày hoạt động sai", "th-ngocthuy", units, reg, with(register, "activityDate", "13/13/2026"), "không phải là ngày hợp lệ"),
        new Case("email sai định dạng", "th-ngocthuy", units, reg, with(register, "contactEmail", "a@b"), "Email người phụ trách"),
        new Case("email có thẻ HTML", "th-ngocthuy", units, reg, with(register, "contactEmail", SCRIPT + "@x.vn"), "Email người phụ trách"),
        new Case("ghi chú 100 kB", "th-ngocthuy", units, reg, with(register, "registrationNote", HUGE), "ghi chú đăng ký dài quá"),
        new Case("thiếu kết quả", "thcs-chuvanan", units, rep, Map.of(), "kết quả thực hiện"),
        new Case("số người âm", "thcs-chuvanan", units, rep, with(report, "participants", -1), "Số người tham gia"),
        new Case("số người quá lớn", "thcs-chuvanan", units, rep, with(report, "participants", 2_000_000), "Số người tham gia"),
        new Case("số người là chữ", "thcs-chuvanan", units, rep, with(report, "participants", "một trăm"), "Số người tham gia"),
        new Case("số người lẻ", "thcs-chuvanan", units, rep, with(report, "participants", 1.5), "Số người tham gia"),
        new Case("đường dẫn javascript", "thcs-chuvanan", units, rep, with(report, "resultLink", "javascript:alert(1)"), "http:// hoặc https://"),
        new Case("đường dẫn 100 kB", "thcs-chuvanan", units, rep, with(report, "resultLink", "https://" + HUGE), "http:// hoặc https://"),
        new Case("đối tượng lạ", "mn-hoasua", units, nom, with(dossier, "nomineeKind", "CONG_TY"), "Vui lòng chọn đối tượng"),
        new Case("hình thức lạ", "mn-hoasua", units, nom, with(dossier, "awardType", "HUAN_CHUONG"), "hình thức khen thưởng"),
        new Case("hình thức không hợp đối tượng", "mn-hoasua", units, nom, with(dossier, "nomineeKind", "HO_GIA_DINH", "awardType", "LDTT"), "không áp dụng cho đối tượng"),
        new Case("thiếu họ tên", "mn-hoasua", units, nom, with(dossier, "nomineeName", null), "họ tên"),
        new Case("họ tên 100 kB", "mn-hoasua", units, nom, with(dossier, "nomineeName", HUGE), "dài quá 300"),
        new Case("thiếu thành tích", "mn-hoasua", units, nom, with(dossier, "achievements", null), "Vui lòng nhập thành tích"),
        new Case("thành tích 100 kB", "mn-hoasua", units, nom, with(dossier, "achievements", HUGE), "thành tích dài quá"),
        new Case("đường dẫn hồ sơ sai", "mn-hoasua", units, nom, with(dossier, "documentLink", "file:///etc/passwd"), "http:// hoặc https://"),
        new Case("hồ sơ trùng", "mn-hoasua", units, nom, with(dossier, "nomineeName", "Hồ sơ đã nộp"), "đã nộp hồ sơ"),
        new Case("kết quả thẩm định lạ", "noivu", units, appr, Map.of("appraisalOutcome", "CO_LE"), "kết quả thẩm định"),
        new Case("không đủ điều kiện không lý do", "noivu", units, appr, Map.of("appraisalOutcome", "NOT_ELIGIBLE"), "Vui lòng nhập lý do"),
        new Case("trả lại không nêu hồ sơ thiếu", "noivu", units, appr, Map.of("appraisalOutcome", "SUPPLEMENT"), "danh mục hồ sơ cần bổ sung"),
        new Case("phiếu có đối tượng lạ", "chutich", council, ballot, Map.of("agreeIds", List.of("999999")), "không thuộc danh sách"),
        new Case("phiếu vừa đồng ý vừa không đồng ý", "hoidong1", council, ballot,
            Map.of("agreeIds", List.of(String.valueOf(steps.nominationId(council, "Người được xét"))),
                "disagreeIds", List.of(String.valueOf(steps.nominationId(council, "Người được xét")))), "nhiều mục"),
        new Case("Nội vụ ghi phiếu thay không nêu văn bản", "noivu", council, ballot, Map.of("agreeIds", List.of()), "Phiếu bằng văn bản"),
        new Case("thiếu số quyết định", "chutich", decision, signKey, with(sign, "decisionNumber", null), "số quyết định"),
        new Case("số quyết định có thẻ HTML", "chutich", decision, signKey, with(sign, "decisionNumber", SCRIPT), "Số quyết định chỉ gồm"),
        new Case("số quyết định đã dùng", "chutich", decision, signKey, with(sign, "decisionNumber", "DA-DUNG/QĐ-UBND"), "đã được dùng"),
        new Case("ngày ký trong tương lai", "chutich", decision, signKey, with(sign, "decisionDate", vn.tdkt.support.Steps.today().plusDays(3).toString()), "không được sau ngày hôm nay"),
        new Case("ngày ký sai", "chutich", decision, signKey, with(sign, "decisionDate", "hôm nay"), "không phải là ngày hợp lệ")));

    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  /** Also: a unit cannot vote, a ward cannot complete another ward's task. */
  @TestFactory
  @DisplayName("Người không có quyền: không thấy hoặc bị từ chối, không ghi gì")
  Stream<DynamicTest> notTheirs() {
    String council = Driver.newCode();
    steps.atCouncil(council, "Người được xét");
    Task ballotOfChairman = driver.task("chutich", council, CouncilProcess.Element.CAST_BALLOT);
    Task registerOfSchool = driver.tasks("mn-hoasua", council, ParticipationProcess.Element.REGISTER).get(0);
    return Stream.of(
        DynamicTest.dynamicTest("đơn vị bỏ phiếu thay thành viên", () -> forbidden("th-ngocthuy", ballotOfChairman)),
        DynamicTest.dynamicTest("thành viên khác bỏ phiếu thay", () -> forbidden("hoidong1", ballotOfChairman)),
        DynamicTest.dynamicTest("trường khác đăng ký thay", () -> forbidden("th-ngocthuy", registerOfSchool)),
        DynamicTest.dynamicTest("phường đăng ký thay trường", () -> forbidden("p-bode", registerOfSchool)));
  }

  void forbidden(String user, Task task) throws Exception {
    Map<String, Long> before = fingerprint();
    ResponseEntity<String> response = submit(user, task.getId(), Map.of("agreeIds", List.of()));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(fingerprint()).isEqualTo(before);
  }

  void check(Case c) throws Exception {
    Map<String, Long> before = fingerprint();
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    ResponseEntity<String> response;
    String taskId = null;
    if (c.taskKey() == null) {
      response = rest.withBasicAuth(c.user(), "demo").exchange(
          "/engine-rest/process-definition/key/" + CampaignProcess.KEY + "/submit-form",
          org.springframework.http.HttpMethod.POST, body(c.form()), String.class);
    } else {
      Task task = driver.tasks(c.user(), c.code(), c.taskKey()).get(0);
      taskId = task.getId();
      if (task.getAssignee() == null) {
        driver.as(c.user(), () -> engine.getTaskService().claim(task.getId(), c.user()));
      }
      response = submit(c.user(), taskId, c.form());
    }
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains(c.expected());
    assertThat(response.getBody()).doesNotContain("<script>");
    assertThat(fingerprint()).as("no row written").isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("no instance left").isEqualTo(instances);
    if (taskId != null) {
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays").isEqualTo(1);
    }
  }

  ResponseEntity<String> submit(String user, String taskId, Map<String, Object> form) throws Exception {
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
        org.springframework.http.HttpMethod.POST, body(form), String.class);
  }

  HttpEntity<String> body(Map<String, Object> form) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : form.entrySet()) {
      Object value = e.getValue() instanceof TypedValue typed ? typed.getValue() : e.getValue();
      if (value instanceof List<?> || value instanceof org.camunda.spin.json.SpinJsonNode) {
        variables.put(e.getKey(), Map.of("type", "Json", "value",
            value instanceof List<?> list ? json.writeValueAsString(list) : value.toString()));
      } else {
        variables.put(e.getKey(), Map.of("value", value));
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers);
  }

  Map<String, Long> fingerprint() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("campaign", "responsibility", "nomination", "vote", "award_decision", "award",
        "council_session", "city_proposal")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    counts.put("registered", jdbc.queryForObject("SELECT COUNT(*) FROM participation WHERE registered_at IS NOT NULL", Long.class));
    counts.put("reported", jdbc.queryForObject("SELECT COUNT(*) FROM participation WHERE reported_at IS NOT NULL", Long.class));
    counts.put("appraised", jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE status <> 'CHO_DUYET'", Long.class));
    return counts;
  }
}
