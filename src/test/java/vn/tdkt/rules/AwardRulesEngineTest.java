package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.office.OfficeLevel;
import vn.tdkt.support.ProcessTest;

/** The rules as the engine evaluates them, with the office's rules (quy chế) at their defaults. */
class AwardRulesEngineTest extends ProcessTest {

  @Autowired AwardRules rules;

  @Test
  @DisplayName("Phong trào 2023 và 2026: chế độ, thẩm quyền, tỷ lệ biểu quyết, tỷ lệ khống chế khác nhau")
  void regimesByDate() {
    AwardRules.Context old = new AwardRules.Context(rules.regime(LocalDate.of(2023, 5, 31)).code(), rules.approvingLevel(OfficeLevel.DISTRICT));
    AwardRules.Context now = new AwardRules.Context(rules.regime(LocalDate.of(2026, 11, 30)).code(), rules.approvingLevel(OfficeLevel.COMMUNE));
    assertThat(old.regime()).isEqualTo("LUAT_2003");
    assertThat(now.regime()).isEqualTo("LUAT_2022_HAI_CAP");
    assertThat(rules.level(AwardType.CSTD_TP, now)).isEqualTo(AwardRules.Level.CITY);
    assertThat(rules.level(AwardType.CSTDCS, now)).isEqualTo(AwardRules.Level.LOCAL);
    assertThat(rules.level(AwardType.CSTDCS, new AwardRules.Context("LUAT_2022", AwardRules.ApprovingLevel.COMMUNE)))
        .isEqualTo(AwardRules.Level.CITY);
    // the office's rules at their defaults: more than half; 80 % for CSTĐCS from 1/7/2025; 15 % quota
    assertThat(rules.threshold(AwardType.CSTDCS, old).text()).isEqualTo("quá 50%");
    assertThat(rules.threshold(AwardType.CSTDCS, now).text()).isEqualTo("từ 80%");
    assertThat(rules.threshold(AwardType.CSTD_TP, now).text()).isEqualTo("quá 50%");
    assertThat(rules.quota(AwardType.CSTDCS, old)).get().extracting(AwardRules.Quota::percent).isEqualTo(15);
    assertThat(rules.quota(AwardType.CSTDCS, now)).isEmpty();
  }

  @Test
  @DisplayName("Tiền thưởng 2026: LĐTT 710.000 đ, Bằng khen cấp tỉnh cá nhân 3.510.000 đ (hệ số × 2.340.000, làm tròn lên hàng chục nghìn)")
  void cash2026() {
    AwardRules.Context now = new AwardRules.Context("LUAT_2022_HAI_CAP", AwardRules.ApprovingLevel.COMMUNE);
    LocalDate day = LocalDate.of(2026, 11, 22);
    assertThat(rules.baseSalary(day)).isEqualTo(2_340_000L);
    assertThat(rules.cashAmount(AwardType.LDTT, NomineeKind.CA_NHAN, now, day)).contains(710_000L);
    assertThat(rules.cashAmount(AwardType.BANG_KHEN_TP, NomineeKind.CA_NHAN, now, day)).contains(3_510_000L);
    assertThat(rules.cashAmount(AwardType.BANG_KHEN_TP, NomineeKind.TAP_THE, now, day)).contains(7_020_000L);
    // a household: 1.5 × the individual's amount (1.5 × 3,510,000 = 5,265,000, rounded up)
    assertThat(rules.cashAmount(AwardType.BANG_KHEN_TP, NomineeKind.HO_GIA_DINH, now, day)).contains(5_270_000L);
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, NomineeKind.TAP_THE, now, day)).contains(1_410_000L);
    assertThat(rules.cashAmount(AwardType.CSTDCS, NomineeKind.CA_NHAN, now, day)).contains(2_340_000L);
    assertThat(rules.cashAmount(AwardType.THON_VAN_HOA, NomineeKind.KHU_DAN_CU, now, day)).contains(3_510_000L);
    // Gia đình văn hóa: no amount found in the decrees, none unless the office sets one
    assertThat(rules.cashAmount(AwardType.GIA_DINH_VAN_HOA, NomineeKind.HO_GIA_DINH, now, day)).isEmpty();
  }

  @Test
  @DisplayName("Tiền thưởng 2023: làm tròn lên hàng chục nghìn (LĐTT 447.000 → 450.000 đ); Giấy khen cấp xã 0,15, cấp huyện 0,3")
  void cash2023() {
    AwardRules.Context district = new AwardRules.Context("LUAT_2003", AwardRules.ApprovingLevel.DISTRICT);
    AwardRules.Context commune = new AwardRules.Context("LUAT_2003", AwardRules.ApprovingLevel.COMMUNE);
    LocalDate day = LocalDate.of(2023, 6, 9);
    assertThat(rules.cashAmount(AwardType.LDTT, NomineeKind.CA_NHAN, district, day)).contains(450_000L);
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, NomineeKind.CA_NHAN, district, day)).contains(450_000L);
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, NomineeKind.TAP_THE, district, day)).contains(900_000L);
    // 0.15 × 1,490,000 = 223,500 → 230,000; a collective twice the individual: 447,000 → 450,000
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, NomineeKind.CA_NHAN, commune, day)).contains(230_000L);
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, NomineeKind.TAP_THE, commune, day)).contains(450_000L);
    // a household before 1/7/2025: no text found, none unless the office sets a factor
    assertThat(rules.cashAmount(AwardType.GIAY_KHEN, NomineeKind.HO_GIA_DINH, district, day)).isEmpty();
    assertThat(rules.cashAmount(AwardType.CSTDCS, NomineeKind.CA_NHAN, district, LocalDate.of(2023, 8, 1)))
        .contains(1_800_000L);
  }

  @Test
  @DisplayName("Phong trào qua ngày 01/7/2025: hồ sơ, biểu quyết theo Nghị định 98/2023; quyết định từ 01/7/2025 theo mức của Nghị định 152/2025")
  void straddling() {
    AwardRules.Context campaign = new AwardRules.Context(
        rules.regime(LocalDate.of(2025, 6, 20)).code(), AwardRules.ApprovingLevel.COMMUNE);
    assertThat(campaign.regime()).isEqualTo("LUAT_2022");
    // the council sat in June: 80 % of all members (Nghị định 98/2023, Điều 30 khoản 7)
    assertThat(rules.threshold(AwardType.CSTDCS, campaign).source()).contains("98/2023");
    // the decision signed in June pays Nghị định 98/2023's amount; in July, Nghị định 152/2025's
    assertThat(rules.cash(AwardType.LDTT, NomineeKind.CA_NHAN, campaign, LocalDate.of(2025, 6, 30)))
        .get().extracting(AwardRules.Cash::source).asString().contains("98/2023");
    assertThat(rules.cash(AwardType.BANG_KHEN_TP, NomineeKind.CA_NHAN, campaign, LocalDate.of(2025, 7, 10)))
        .get().satisfies(c -> {
          assertThat(c.amount()).isEqualTo(3_510_000L);
          assertThat(c.source()).contains("152/2025");
        });
  }
}
