package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.tdkt.participation.ParticipationService.Registration;
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
}
