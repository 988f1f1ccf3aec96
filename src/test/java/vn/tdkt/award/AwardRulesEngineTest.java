package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import vn.tdkt.office.OfficeLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.ProcessTest;

class AwardRulesEngineTest extends ProcessTest {

  @Autowired AwardRules rules;

  @Test
  @DisplayName("Bảng quy định do engine đánh giá: chiến dịch 2023 và 2026 theo chế độ và mức tiền thưởng khác nhau")
  void regimesByDate() {
    AwardRules.Context old = new AwardRules.Context(rules.regime(LocalDate.of(2023, 5, 31)).code(), rules.approvingLevel(OfficeLevel.DISTRICT));
    AwardRules.Context now = new AwardRules.Context(rules.regime(LocalDate.of(2026, 11, 30)).code(), rules.approvingLevel(OfficeLevel.COMMUNE));
    assertThat(old.regime()).isEqualTo("LUAT_2003");
    assertThat(now.regime()).isEqualTo("LUAT_2022_HAI_CAP");
    assertThat(old.approvingLevel()).isEqualTo(AwardRules.ApprovingLevel.DISTRICT);
    assertThat(rules.baseSalary(LocalDate.of(2023, 6, 11))).isEqualTo(1_490_000L);
    assertThat(rules.cashAmount(AwardType.CSTDCS, NomineeKind.CA_NHAN, old, LocalDate.of(2023, 8, 1)))
        .contains(1_800_000L);
    assertThat(rules.cashAmount(AwardType.LDTT, NomineeKind.CA_NHAN, now, LocalDate.of(2026, 11, 22)))
        .contains(702_000L);
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, NomineeKind.TAP_THE, now, LocalDate.of(2026, 11, 22)))
        .contains(1_404_000L);
    assertThat(rules.level(AwardType.CSTD_TP, now)).isEqualTo(AwardRules.Level.CITY);
    assertThat(rules.threshold(AwardType.CSTDCS, old).percent()).isEqualTo(50);
    assertThat(rules.threshold(AwardType.CSTDCS, now).percent()).isEqualTo(80);
    assertThat(rules.quota(AwardType.CSTDCS, old)).get().extracting(AwardRules.Quota::percent).isEqualTo(15);
    assertThat(rules.quota(AwardType.CSTDCS, now)).isEmpty();
    AwardRules.Context commune = new AwardRules.Context("LUAT_2022", AwardRules.ApprovingLevel.COMMUNE);
    assertThat(rules.level(AwardType.CSTDCS, commune)).isEqualTo(AwardRules.Level.CITY);
  }
}
