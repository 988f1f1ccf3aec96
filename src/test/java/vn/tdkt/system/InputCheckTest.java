package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.tdkt.campaign.Plan;
import vn.tdkt.council.CouncilService;
import vn.tdkt.nomination.NominationService;
import vn.tdkt.participation.ParticipationService.Registration;
import vn.tdkt.unit.UnitKind;
import vn.tdkt.participation.ParticipationService.Report;

/** The constraints on the input records become the Vietnamese refusals the forms show. */
class InputCheckTest {

  final InputCheck inputs = new InputCheck(
      Validation.buildDefaultValidatorFactory().getValidator(), new Messages(messages()));

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  static Registration registration(String name, String note, String email) {
    return new Registration(name, "HOI_THAO", LocalDate.of(2026, 3, 1), note, email);
  }

  @Test
  @DisplayName("Hồ sơ hợp lệ đi qua nguyên vẹn")
  void validInputPasses() {
    Registration r = registration("Hội thi", null, "a@b.vn");
    assertThat(inputs.valid(r)).isSameAs(r);
  }

  @Test
  @DisplayName("Thiếu tên hoạt động: lời nhắc nhập, bằng tiếng Việt, trước lỗi của trường sau")
  void missingValueNamesTheField() {
    assertThatThrownBy(() -> inputs.valid(registration(" ", null, "không-phải-email")))
        .isInstanceOf(InputRejected.class)
        .hasMessageContaining("Vui lòng nhập")
        .satisfies(e -> assertThat(((InputRejected) e).key()).isEqualTo("form.required"));
  }

  @Test
  @DisplayName("Ghi chú quá dài: nêu trường và số ký tự tối đa")
  void tooLongNamesTheLimit() {
    assertThatThrownBy(() -> inputs.valid(registration("Hội thi", "x".repeat(4001), null)))
        .hasMessageContaining("4.000")
        .satisfies(e -> assertThat(((InputRejected) e).key()).isEqualTo("plan.text.tooLong"));
  }

  @Test
  @DisplayName("Email sai định dạng: lời từ chối riêng của trường")
  void ownKeyIsTheRefusal() {
    assertThatThrownBy(() -> inputs.valid(registration("Hội thi", null, "khong-co-a-cong")))
        .satisfies(e -> assertThat(((InputRejected) e).key()).isEqualTo("form.email.invalid"));
    assertThatThrownBy(() -> inputs.valid(new Report("Kết quả", -1, null)))
        .satisfies(
            e -> assertThat(((InputRejected) e).key()).isEqualTo("report.participants.range"));
  }

  static Plan plan(String code, String slogan, List<Plan.Assignment> assignments) {
    LocalDate d = LocalDate.of(2026, 3, 1);
    return new Plan(code, "Phong trào", "CHUYEN_DE", slogan, null, d, d.plusMonths(6),
        d.plusDays(10), d.plusMonths(5), d.plusMonths(5), List.of(UnitKind.PHONG_BAN), assignments);
  }

  static String key(ThrowingCallable call) {
    return ((InputRejected) catchThrowable(call)).key();
  }

  @Test
  @DisplayName("Kế hoạch: số/mã sai, khẩu hiệu quá dài, nhiệm vụ không có nội dung – mỗi lỗi một lời riêng")
  void planConstraints() {
    assertThat(inputs.valid(plan("45/KH-UBND", null, List.of()))).isNotNull();
    assertThat(key(() -> inputs.valid(plan("?", null, List.of())))).isEqualTo("plan.code.invalid");
    assertThat(key(() -> inputs.valid(plan(null, null, List.of())))).isEqualTo("plan.code.invalid");
    assertThatThrownBy(() -> inputs.valid(plan("45/KH-UBND", "x".repeat(1001), List.of())))
        .hasMessageContaining("khẩu hiệu").hasMessageContaining("1.000");
    // a list's element is checked in the list's place: the slogan, a field before it, is read first
    List<Plan.Assignment> blank = List.of(new Plan.Assignment("vhtt", "Tuyên truyền"),
        new Plan.Assignment("vhtt", " "));
    assertThat(key(() -> inputs.valid(plan("45/KH-UBND", null, blank))))
        .isEqualTo("plan.assignment.description");
    assertThat(key(() -> inputs.valid(plan("45/KH-UBND", "x".repeat(1001), blank))))
        .isEqualTo("plan.text.tooLong");
  }

  @Test
  @DisplayName("Hồ sơ, thẩm định, bổ sung, phiếu bầu: thiếu hoặc quá dài thì nêu đúng trường")
  void dossierAppraisalSupplementBallot() {
    assertThatThrownBy(() -> inputs.valid(new NominationService.Dossier(
            "CA_NHAN", "Nguyễn Văn A", null, "GIAY_KHEN", " ", null)))
        .hasMessageContaining("thành tích");
    assertThatThrownBy(() -> inputs.valid(new NominationService.Dossier(
            "CA_NHAN", "x".repeat(301), null, "GIAY_KHEN", "Tốt", null)))
        .hasMessageContaining("họ tên").hasMessageContaining("300");
    assertThatThrownBy(() -> inputs.valid(
            new NominationService.Appraisal("ELIGIBLE", null, "x".repeat(4001), null)))
        .hasMessageContaining("danh mục hồ sơ cần bổ sung");
    assertThatThrownBy(() -> inputs.valid(new NominationService.Supplement("Tốt", null, "")))
        .hasMessageContaining("nội dung đã bổ sung");
    assertThatThrownBy(() -> inputs.valid(
            new CouncilService.Ballot(List.of(), List.of(), List.of(), "x".repeat(1001))))
        .hasMessageContaining("phiếu bằng văn bản");
    assertThat(inputs.valid(new CouncilService.Ballot(List.of("1"), List.of(), List.of(), null)))
        .isNotNull();
  }
}
