package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.ProcessTest;

class AwardRulesEngineTest extends ProcessTest {

  @Autowired AwardRules rules;

  @Test
  @DisplayName("Bảng quy định do engine đánh giá: chiến dịch 2023 và 2026 ra mức tiền thưởng khác nhau")
  void regimesByDate() {
    assertThat(rules.baseSalary(LocalDate.of(2023, 6, 11))).isEqualTo(1_490_000L);
    assertThat(rules.cashAmount(AwardType.CSTDCS, LocalDate.of(2023, 8, 1))).contains(1_800_000L);
    assertThat(rules.cashAmount(AwardType.LDTT, LocalDate.of(2026, 11, 22))).contains(702_000L);
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, LocalDate.of(2026, 11, 22))).isEmpty();
    assertThat(rules.level(AwardType.CSTD_TP)).isEqualTo(AwardRules.Level.CITY);
  }
}
