package vn.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.nomination.NominationProcess.Element.*;

import jakarta.mail.Message;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Coverage;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NominationProcessTest extends ProcessTest {

  @org.springframework.beans.factory.annotation.Autowired vn.tdkt.system.Deadlines deadlines;
  @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @RegisterExtension static Coverage.Check coverage = Coverage.atLeast(NominationProcess.KEY, 0.9);
  String code;

  /** One campaign of the wards for all tests of the class, launched by the first that needs it. */
  @org.junit.jupiter.api.BeforeEach
  void campaign() {
    if (code == null) {
      code = Driver.newCode();
      steps.launch(code, List.of("PHUONG"), List.of());
      for (String ward : List.of("p-bode", "p-cukhoi", "p-giathuy", "p-longbien")) {
        steps.registerAndReport(ward, code);
      }
    }
  }

  ProcessInstance dossierProcess(String nominee) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NominationProcess.KEY)
        .variableValueEquals(NominationProcess.Var.NOMINATION_ID, steps.nominationId(code, nominee))
        .singleResult();
  }

  @Test
  @DisplayName("Đơn vị đã nộp hàng trăm hồ sơ: danh sách đã nộp vẫn ghi được và hiện đủ trên biểu mẫu")
  void aUnitWithHundredsOfDossiers() {
    var task = driver.task("p-longbien", code, ParticipationProcess.Element.NOMINATE);
    List<java.util.Map<String, Object>> earlier = new java.util.ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      earlier.add(java.util.Map.of("name", "Hộ gia đình ông Nguyễn Văn Số " + i, "award", "Gia đình văn hóa"));
    }
    // as if the ward had already submitted 300 dossiers: far more than a text variable holds
    engine.getRuntimeService().setVariable(task.getProcessInstanceId(), NominationProcess.Var.SUBMITTED_NOMINEES,
        vn.tdkt.system.Vars.json(earlier));
    steps.nominate("p-longbien", code, "CA_NHAN", "Trịnh Văn Ba Trăm Lẻ Một", "LDTT", true);
    var next = driver.task("p-longbien", code, ParticipationProcess.Element.NOMINATE);
    org.camunda.spin.json.SpinJsonNode submitted = (org.camunda.spin.json.SpinJsonNode)
        engine.getTaskService().getVariable(next.getId(), NominationProcess.Var.SUBMITTED_NOMINEES);
    assertThat(submitted.elements()).hasSize(301);
    assertThat(submitted.elements().get(300).prop("name").stringValue()).isEqualTo("Trịnh Văn Ba Trăm Lẻ Một");
  }

  @Test
  @DisplayName("Hồ sơ đủ điều kiện: chờ xét khen thưởng")
  void eligible() {
    steps.nominate("p-bode", code, "CA_NHAN", "Vũ Văn Giang", "LDTT", true);
    var next = driver.task("p-bode", code, ParticipationProcess.Element.NOMINATE);
    assertThat(engine.getTaskService().getVariables(next.getId()))
        .as("the next dossier's form starts empty")
        .doesNotContainKeys(NominationProcess.Var.MORE_NOMINATIONS, NominationProcess.Var.NOMINEE_NAME)
        .containsKey(NominationProcess.Var.SUBMITTED_NOMINEES);
    assertThat(engine.getTaskService().getVariable(next.getId(), NominationProcess.Var.SUBMITTED_NOMINEES).toString())
        .as("the dossiers submitted so far, as the form's table lists them")
        .isEqualTo("[{\"name\":\"Vũ Văn Giang\",\"award\":\"Lao động tiên tiến\"}]");
    ProcessInstance dossier = dossierProcess("Vũ Văn Giang");
    assertThat(dossier).isWaitingAt(APPRAISE);
    assertThat(driver.tasks("p-bode", code, APPRAISE)).as("the unit does not appraise").isEmpty();
    assertThat(steps.appraisalOf(code, "Vũ Văn Giang").getName())
        .isEqualTo("Thẩm định hồ sơ – Vũ Văn Giang – UBND phường Bồ Đề – " + code);
    steps.appraise(code, "Vũ Văn Giang", Outcome.ELIGIBLE, null, null);
    assertThat(dossier).isEnded().hasPassed(ELIGIBLE_END);
    assertThat(steps.nominationStatus(code, "Vũ Văn Giang")).isEqualTo("DA_DUYET");
  }

  @Test
  @DisplayName("Đang xem xét kỷ luật, thanh tra, khiếu nại: chưa khen thưởng (Nghị định 152/2025, Điều 4 khoản 4)")
  void underReviewIsNotAwardedNow() {
    steps.nominate("p-giathuy", code, "CA_NHAN", "Tạ Văn Khiếu", "LDTT", true);
    var task = steps.appraisalOf(code, "Tạ Văn Khiếu");
    vn.tdkt.support.Steps.assertRejected(() -> driver.complete("noivu", task, java.util.Map.of(
        NominationProcess.Var.REVIEW_STATUS, NominationProcess.Review.UNDER_REVIEW,
        NominationProcess.Var.APPRAISAL_OUTCOME, Outcome.ELIGIBLE)), "Điều 4 khoản 4");
    assertThat(steps.nominationStatus(code, "Tạ Văn Khiếu")).isEqualTo("CHO_DUYET");
    driver.complete("noivu", task, java.util.Map.of(
        NominationProcess.Var.REVIEW_STATUS, NominationProcess.Review.UNDER_REVIEW,
        NominationProcess.Var.APPRAISAL_OUTCOME, Outcome.NOT_ELIGIBLE,
        NominationProcess.Var.APPRAISAL_REASON, "Đang có đơn tố cáo chưa được xác minh"));
    driver.runJobs();
    assertThat(steps.nominationStatus(code, "Tạ Văn Khiếu")).isEqualTo("KHONG_DU_DIEU_KIEN");
    assertThat(jdbc.queryForObject("SELECT under_review FROM nomination WHERE id = ?", Boolean.class,
        steps.nominationId(code, "Tạ Văn Khiếu"))).isTrue();
  }

  @Test
  @DisplayName("Danh hiệu mới từ 01/7/2025: Gia đình văn hóa cho hộ gia đình, thôn, tổ dân phố văn hóa cho thôn, tổ dân phố; ưu tiên nữ được ghi và hiện khi thẩm định")
  void newTitles() {
    java.util.Map<String, Object> family = steps.dossier("HO_GIA_DINH", "Hộ ông Lê Văn Hòa", "GIA_DINH_VAN_HOA", true);
    driver.complete("p-longbien", code, ParticipationProcess.Element.NOMINATE, family);
    java.util.Map<String, Object> area = steps.dossier("KHU_DAN_CU", "Tổ dân phố số 5", "THON_VAN_HOA", true);
    driver.complete("p-longbien", code, ParticipationProcess.Element.NOMINATE, area);
    java.util.Map<String, Object> woman = steps.dossier("CA_NHAN", "Nguyễn Thị Ưu", "LDTT", true);
    woman.put(NominationProcess.Var.WOMEN_PRIORITY, true);
    driver.complete("p-longbien", code, ParticipationProcess.Element.NOMINATE, woman);
    assertThat(steps.nominationStatus(code, "Hộ ông Lê Văn Hòa")).isEqualTo("CHO_DUYET");
    assertThat(steps.nominationStatus(code, "Tổ dân phố số 5")).isEqualTo("CHO_DUYET");
    assertThat(engine.getTaskService().getVariable(steps.appraisalOf(code, "Nguyễn Thị Ưu").getId(),
        NominationProcess.Var.WOMEN_PRIORITY)).isEqualTo(true);
    assertThat(engine.getTaskService().getVariable(steps.appraisalOf(code, "Tổ dân phố số 5").getId(),
        NominationProcess.Var.WOMEN_PRIORITY)).isEqualTo(false);
    // a title for another kind of nominee is refused
    vn.tdkt.support.Steps.assertRejected(() -> driver.complete("p-bode", code, ParticipationProcess.Element.NOMINATE,
        steps.dossier("CA_NHAN", "Trần Văn Sai", "THON_VAN_HOA", true)), "không áp dụng cho đối tượng");
  }

  @Test
  @DisplayName("Hồ sơ không đủ điều kiện: đơn vị nhận thư nêu lý do (nội dung được thoát HTML)")
  void notEligible() throws Exception {
    mail.purgeEmailFromAllMailboxes();
    steps.nominate("p-cukhoi", code, "CA_NHAN", "<script>alert('x')</script> Hà", "LDTT", false);
    steps.appraise(code, "<script>alert('x')</script> Hà", Outcome.NOT_ELIGIBLE,
        "Chưa đủ 12 tháng <b>công tác</b>", null);
    assertThat(dossierProcess("<script>alert('x')</script> Hà")).isNull();
    Message[] sent = mail.getReceivedMessages();
    assertThat(Driver.recipients(sent)).containsExactly("cukhoi@longbien.example");
    String body = (String) sent[0].getContent();
    assertThat(body).contains("Chưa đủ 12 tháng &lt;b&gt;công tác&lt;/b&gt;")
        .contains("&lt;script&gt;").doesNotContain("<script>");
    assertThat(steps.nominationStatus(code, "<script>alert('x')</script> Hà")).isEqualTo("KHONG_DU_DIEU_KIEN");
  }

  @Test
  @DisplayName("Trả lại bổ sung một lần: đơn vị nhận thư và việc bổ sung; lần thẩm định sau không được trả lại nữa")
  void supplementOnce() throws Exception {
    mail.purgeEmailFromAllMailboxes();
    steps.nominate("p-giathuy", code, "TAP_THE", "Tổ dân phố số 3", "GIAY_KHEN", false);
    ProcessInstance dossier = dossierProcess("Tổ dân phố số 3");
    Steps.assertRejected(
        () -> steps.appraise(code, "Tổ dân phố số 3", Outcome.SUPPLEMENT, null, null),
        "danh mục hồ sơ cần bổ sung");
    steps.appraise(code, "Tổ dân phố số 3", Outcome.SUPPLEMENT, null, "Biên bản họp xét\nẢnh hoạt động");
    assertThat(dossier).isWaitingAt(SUPPLEMENT);
    assertThat(Driver.recipients(mail.getReceivedMessages())).containsExactly("giathuy@longbien.example");
    // five working days to supplement, shown as a date in the mail, the form and the task's due date
    java.time.LocalDate due = deadlines.plusWorkingDays(deadlines.today(), 5);
    assertThat((String) mail.getReceivedMessages()[0].getContent()).contains("Biên bản họp xét")
        .contains("Hạn bổ sung").contains(vn.tdkt.system.Vars.display(due));
    org.camunda.bpm.engine.task.Task supplement = driver.task("p-giathuy", code, SUPPLEMENT);
    assertThat(supplement.getName()).contains("Tổ dân phố số 3");
    assertThat(supplement.getDueDate()).isEqualTo(deadlines.endOf(due));
    assertThat(engine.getTaskService().getVariable(supplement.getId(), "supplementDueText"))
        .isEqualTo(vn.tdkt.system.Vars.display(due));
    assertThat(driver.tasks("p-bode", code, SUPPLEMENT)).isEmpty();
    steps.supplement("p-giathuy", code);
    Steps.assertRejected(
        () -> steps.appraise(code, "Tổ dân phố số 3", Outcome.SUPPLEMENT, null, "Thiếu nữa"),
        "trả lại bổ sung một lần");
    steps.appraise(code, "Tổ dân phố số 3", Outcome.ELIGIBLE, null, null);
    assertThat(dossier).isEnded().hasPassedInOrder(APPRAISE, SUPPLEMENT, APPRAISE, ELIGIBLE_END);
  }

  @Test
  @DisplayName("Hồ sơ sai (hình thức không hợp đối tượng, trùng, thiếu thành tích): lỗi tiếng Việt, không tạo hồ sơ")
  void badDossiers() {
    Map<String, Object> wrongType = steps.dossier("TAP_THE", "Tổ dân phố số 9", "CSTDCS", false);
    Steps.assertRejected(() -> driver.complete("p-longbien", code, ParticipationProcess.Element.NOMINATE, wrongType),
        "không áp dụng cho đối tượng Tập thể");
    Map<String, Object> noAchievements = steps.dossier("CA_NHAN", "Đinh Văn Khoa", "LDTT", false);
    noAchievements.remove(NominationProcess.Var.ACHIEVEMENTS);
    Steps.assertRejected(() -> driver.complete("p-longbien", code, ParticipationProcess.Element.NOMINATE, noAchievements),
        "Vui lòng nhập thành tích");
    Map<String, Object> longName = steps.dossier("CA_NHAN", "A".repeat(100_000), "LDTT", false);
    Steps.assertRejected(() -> driver.complete("p-longbien", code, ParticipationProcess.Element.NOMINATE, longName),
        "dài quá 300 ký tự");
    steps.nominate("p-longbien", code, "CA_NHAN", "Đinh Văn Khoa", "LDTT", true);
    Steps.assertRejected(() -> steps.nominate("p-longbien", code, "CA_NHAN", "Đinh Văn Khoa", "LDTT", false),
        "đã nộp hồ sơ đề nghị hình thức này cho Đinh Văn Khoa");
    assertThat(driver.tasks("p-longbien", code, ParticipationProcess.Element.NOMINATE)).hasSize(1);
  }
}
