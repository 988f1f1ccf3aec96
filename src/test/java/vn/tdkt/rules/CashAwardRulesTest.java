package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.support.DmnRows;

/**
 * Each row of {@code cash-award.dmn} with a case of its own: the base salary around each change, the
 * coefficient by the regime of the decision's day, the office's level, the type and the nominee, and
 * the rounding.
 */
class CashAwardRulesTest {

  static final DmnRows DMN = new DmnRows("processes/cash-award.dmn");

  static Stream<Arguments> baseSalaries() {
    return Stream.of(
        Arguments.of("2023-06-11", 1_490_000L, "2019"),
        Arguments.of("2023-06-30", 1_490_000L, "2019"),
        Arguments.of("2023-07-01", 1_800_000L, "2023"),
        Arguments.of("2024-06-30", 1_800_000L, "2023"),
        Arguments.of("2024-07-01", 2_340_000L, "2024"),
        Arguments.of("2026-11-22", 2_340_000L, "2024"));
  }

  @ParameterizedTest(name = "lương cơ sở ngày {0}: {1} đồng (dòng {2})")
  @MethodSource("baseSalaries")
  @DisplayName("Lương cơ sở theo ngày quyết định")
  void baseSalary(String day, long amount, String row) {
    DmnRows.Match m = DMN.one(AwardRules.BASE_SALARY_DECISION, Map.of("onDate", day));
    assertThat(m.ruleId()).isEqualTo("Rule_BaseSalary_" + row);
    assertThat(((Number) m.get("amount")).longValue()).isEqualTo(amount);
  }

  /** regime, office level, type, nominee, coefficient, × individual, office rule, row, cited clause. */
  static Stream<Arguments> coefficients() {
    return Stream.of(
        // Luật 2003: Nghị định 91/2017
        c("LUAT_2003", "DISTRICT", "CSTD_TP", "CA_NHAN", 3.0, null, null, "Old_CSTD_TP", "91/2017/NĐ-CP, Điều 69"),
        c("LUAT_2003", "COMMUNE", "CO_THI_DUA_TP", "TAP_THE", 8.0, null, null, "Old_CoThiDua", "Điều 69 khoản 2 điểm đ"),
        c("LUAT_2003", "COMMUNE", "CSTDCS", "CA_NHAN", 1.0, null, null, "Old_CSTDCS", "91/2017/NĐ-CP, Điều 69"),
        c("LUAT_2003", "DISTRICT", "LDTT", "CA_NHAN", 0.3, null, null, "Old_LDTT", "Điều 69 khoản 1 điểm d"),
        c("LUAT_2003", "DISTRICT", "TTLDXS", "TAP_THE", 1.5, null, null, "Old_TTLDXS", "Điều 69 khoản 2"),
        c("LUAT_2003", "DISTRICT", "TTLDTT", "TAP_THE", 0.8, null, null, "Old_TTLDTT", "Điều 69 khoản 2 điểm b"),
        c("LUAT_2003", "DISTRICT", "THON_VAN_HOA", "KHU_DAN_CU", 1.5, null, null, "Old_THON", "Điều 69 khoản 2"),
        c("LUAT_2003", "DISTRICT", "BANG_KHEN_TP", "CA_NHAN", 1.0, null, null, "Old_BK_CaNhan", "Điều 73 khoản 1"),
        c("LUAT_2003", "COMMUNE", "BANG_KHEN_TP", "TAP_THE", null, 2.0, null, "Old_BK_TapThe", "Điều 73 khoản 2"),
        c("LUAT_2003", "DISTRICT", "GIAY_KHEN", "CA_NHAN", 0.3, null, null, "Old_GK_District", "Giấy khen cấp huyện"),
        c("LUAT_2003", "COMMUNE", "GIAY_KHEN", "CA_NHAN", 0.15, null, null, "Old_GK_Commune", "Điều 73 khoản 1 điểm d"),
        c("LUAT_2003", "COMMUNE", "GIAY_KHEN", "TAP_THE", null, 2.0, null, "Old_GK_TapThe", "Điều 73 khoản 2 điểm b"),
        c("LUAT_2003", "DISTRICT", "GIAY_KHEN", "HO_GIA_DINH", null, null, "HOUSEHOLD_FACTOR", "Old_HoGiaDinh", "hộ gia đình"),
        c("LUAT_2003", "DISTRICT", "BANG_KHEN_TP", "HO_GIA_DINH", null, null, "HOUSEHOLD_FACTOR", "Old_HoGiaDinh", "hộ gia đình"),
        // Luật 2022 until 30/6/2025: Nghị định 98/2023
        c("LUAT_2022", "COMMUNE", "CSTD_TP", "CA_NHAN", 3.0, null, null, "New_CSTD_TP", "98/2023/NĐ-CP, Điều 54 khoản 1 điểm b"),
        c("LUAT_2022", "DISTRICT", "CO_THI_DUA_TP", "TAP_THE", 8.0, null, null, "New_CoThiDua", "98/2023/NĐ-CP, Điều 54"),
        c("LUAT_2022", "DISTRICT", "CSTDCS", "CA_NHAN", 1.0, null, null, "New_CSTDCS", "Điều 54 khoản 1 điểm c"),
        c("LUAT_2022", "COMMUNE", "LDTT", "CA_NHAN", 0.3, null, null, "New_LDTT", "Điều 54 khoản 1 điểm d"),
        c("LUAT_2022", "DISTRICT", "TTLDXS", "TAP_THE", 1.5, null, null, "New_TTLDXS", "98/2023/NĐ-CP, Điều 54 khoản 2"),
        c("LUAT_2022", "DISTRICT", "TTLDTT", "TAP_THE", 0.8, null, null, "New_TTLDTT", "98/2023/NĐ-CP, Điều 54 khoản 2"),
        c("LUAT_2022", "DISTRICT", "THON_VAN_HOA", "KHU_DAN_CU", 1.5, null, null, "New_THON", "98/2023/NĐ-CP, Điều 54 khoản 2"),
        c("LUAT_2022", "DISTRICT", "BANG_KHEN_TP", "CA_NHAN", NEW_BK, null, "ND98_BANG_KHEN", "New_BK_CaNhan", NEW_BK_SOURCE),
        c("LUAT_2022", "DISTRICT", "BANG_KHEN_TP", "TAP_THE", null, 2.0, "ND98_COLLECTIVE_FACTOR", "New_BK_TapThe", NEW_BK_SOURCE),
        c("LUAT_2022", "DISTRICT", "GIAY_KHEN", "CA_NHAN", NEW_GK_DISTRICT, null, "ND98_GIAY_KHEN_DISTRICT", "New_GK_District", NEW_GK_SOURCE),
        c("LUAT_2022", "COMMUNE", "GIAY_KHEN", "CA_NHAN", NEW_GK_COMMUNE, null, "ND98_GIAY_KHEN_COMMUNE", "New_GK_Commune", NEW_GK_SOURCE),
        c("LUAT_2022", "COMMUNE", "GIAY_KHEN", "TAP_THE", null, 2.0, "ND98_COLLECTIVE_FACTOR", "New_GK_TapThe", NEW_GK_SOURCE),
        c("LUAT_2022", "COMMUNE", "GIAY_KHEN", "HO_GIA_DINH", null, null, "HOUSEHOLD_FACTOR", "New_HoGiaDinh", "hộ gia đình"),
        // from 1/7/2025: Nghị định 152/2025
        c("LUAT_2022_HAI_CAP", "COMMUNE", "CSTD_TP", "CA_NHAN", 3.0, null, null, "Nd152_CSTD_TP", "Điều 50 khoản 1 điểm b"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "CO_THI_DUA_TP", "TAP_THE", null, null, null, "Nd152_CoThiDua", "chưa đối chiếu được"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "CSTDCS", "CA_NHAN", 1.0, null, null, "Nd152_CSTDCS", "Điều 50 khoản 1 điểm c"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "LDTT", "CA_NHAN", 0.3, null, null, "Nd152_LDTT", "Điều 50 khoản 1 điểm d"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "TTLDXS", "TAP_THE", 1.5, null, null, "Nd152_TTLDXS", "Điều 50 khoản 2 điểm a"),
        c("LUAT_2022_HAI_CAP", "DISTRICT", "TTLDTT", "TAP_THE", 0.8, null, null, "Nd152_TTLDTT", "Điều 50 khoản 2 điểm b"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "THON_VAN_HOA", "KHU_DAN_CU", 1.5, null, null, "Nd152_THON", "Điều 50 khoản 2 điểm d"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "BANG_KHEN_TP", "CA_NHAN", 1.5, null, null, "Nd152_BK_CaNhan", "Điều 54 khoản 1"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "BANG_KHEN_TP", "TAP_THE", 3.0, null, null, "Nd152_BK_TapThe", "Điều 54"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "GIAY_KHEN", "CA_NHAN", 0.3, null, null, "Nd152_GK_CaNhan", "Điều 54 khoản 1"),
        c("LUAT_2022_HAI_CAP", "DISTRICT", "GIAY_KHEN", "TAP_THE", 0.6, null, null, "Nd152_GK_TapThe", "Điều 54"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "GIAY_KHEN", "HO_GIA_DINH", null, 1.5, null, "Nd152_HoGiaDinh", "1,5 lần cá nhân"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "BANG_KHEN_TP", "HO_GIA_DINH", null, 1.5, null, "Nd152_HoGiaDinh", "1,5 lần cá nhân"),
        // Gia đình văn hóa, every regime: no amount found, the office's rule
        c("LUAT_2003", "COMMUNE", "GIA_DINH_VAN_HOA", "HO_GIA_DINH", null, null, "FAMILY_CULTURE_CASH", "GiaDinhVanHoa", "cấu hình"),
        c("LUAT_2022_HAI_CAP", "COMMUNE", "GIA_DINH_VAN_HOA", "HO_GIA_DINH", null, null, "FAMILY_CULTURE_CASH", "GiaDinhVanHoa", "cấu hình"));
  }

  // Nghị định 98/2023's Bằng khen and Giấy khen rows: text not found, the office's value, else these
  // fallbacks (Nghị định 91/2017's, see cash-award.dmn)
  static final Double NEW_BK = 1.0;
  static final String NEW_BK_SOURCE = "98/2023/NĐ-CP";
  static final Double NEW_GK_DISTRICT = 0.3;
  static final Double NEW_GK_COMMUNE = 0.15;
  static final String NEW_GK_SOURCE = "98/2023/NĐ-CP";

  static Arguments c(String regime, String level, String type, String kind, Double coefficient,
      Double ofIndividual, String officeRule, String row, String source) {
    return Arguments.of(regime, level, type, kind, coefficient, ofIndividual, officeRule, row, source);
  }

  @ParameterizedTest(name = "{0}, {1}, {2}, {3}: hệ số {4} / × cá nhân {5} / quy chế {6} (dòng {7})")
  @MethodSource("coefficients")
  @DisplayName("Hệ số tiền thưởng theo chế độ ngày quyết định, cấp, hình thức và đối tượng")
  void coefficient(String regime, String level, String type, String kind, Double coefficient,
      Double ofIndividual, String officeRule, String row, String source) {
    DmnRows.Match m = DMN.one(AwardRules.CASH_COEFFICIENT_DECISION,
        Map.of("regime", regime, "approvingLevel", level, "awardType", type, "nomineeKind", kind));
    assertThat(m.ruleId()).isEqualTo("Rule_CashCoefficient_" + row);
    assertThat(number(m.get("coefficient"))).isEqualTo(coefficient);
    assertThat(number(m.get("ofIndividual"))).isEqualTo(ofIndividual);
    assertThat((String) m.get("officeRule")).isEqualTo(officeRule);
    assertThat((String) m.get("source")).contains(source);
  }

  static Double number(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }

  static Stream<Arguments> roundings() {
    return Stream.of(
        Arguments.of("LUAT_2003", 10_000L, null, "Old", "91/2017/NĐ-CP, Điều 68 khoản 2"),
        Arguments.of("LUAT_2022", ROUND_98, "ND98_ROUNDING", "New", "98/2023/NĐ-CP"),
        Arguments.of("LUAT_2022_HAI_CAP", 10_000L, null, "Nd152", "152/2025/NĐ-CP, Điều 49 khoản 2"));
  }

  static final Long ROUND_98 = 10_000L;

  @ParameterizedTest(name = "{0}: làm tròn lên bội số {1}, quy chế {2} (dòng {3})")
  @MethodSource("roundings")
  @DisplayName("Làm tròn tiền thưởng theo chế độ ngày quyết định")
  void rounding(String regime, Long step, String officeRule, String row, String source) {
    DmnRows.Match m = DMN.one(AwardRules.CASH_ROUNDING_DECISION, Map.of("regime", regime));
    assertThat(m.ruleId()).isEqualTo("Rule_CashRounding_" + row);
    Number actual = m.get("step");
    assertThat(actual == null ? null : actual.longValue()).isEqualTo(step);
    assertThat((String) m.get("officeRule")).isEqualTo(officeRule);
    assertThat((String) m.get("source")).contains(source);
  }

  @Test
  @DisplayName("Mọi hình thức, đối tượng phù hợp, cấp và chế độ có đúng một dòng tiền thưởng")
  void everyTypeAndKindHasOneRow() {
    for (String regime : AwardRulesTest.REGIMES) {
      for (AwardRules.ApprovingLevel level : AwardRules.ApprovingLevel.RULED) {
        for (AwardType type : AwardType.values()) {
          for (NomineeKind kind : NomineeKind.values()) {
            Map<String, Object> in = new HashMap<>(Map.of("regime", regime, "approvingLevel", level.name(),
                "awardType", type.name(), "nomineeKind", kind.name()));
            // a type no one decides at this level has no cash at it (the city's office: giấy khen)
            if (type.canGoTo(kind) && decidedOrProposed(regime, level, type)) {
              assertThat(DMN.count(AwardRules.CASH_COEFFICIENT_DECISION, in)).as("%s", in).isEqualTo(1);
            }
          }
        }
      }
    }
  }

  static final DmnRows LEVELS = new DmnRows("processes/award-rules.dmn");

  static boolean decidedOrProposed(String regime, AwardRules.ApprovingLevel level, AwardType type) {
    DmnRows.Match m = LEVELS.one(AwardRules.LEVEL_DECISION,
        Map.of("regime", regime, "approvingLevel", level.name(), "awardType", type.name()));
    return !"NONE".equals(m.get("level"));
  }

  @Test
  @DisplayName("Mọi dòng có trường hợp thử của riêng nó, trích điều khoản hoặc ghi rõ chưa tìm được văn bản")
  void everyRowHasItsOwnCase() {
    DMN.assertEveryRuleCovered(AwardRules.BASE_SALARY_DECISION,
        AwardRulesTest.covered(baseSalaries(), 2, "Rule_BaseSalary_"));
    DMN.assertEveryRuleCovered(AwardRules.CASH_COEFFICIENT_DECISION,
        AwardRulesTest.covered(coefficients(), 7, "Rule_CashCoefficient_"));
    DMN.assertEveryRuleCovered(AwardRules.CASH_ROUNDING_DECISION,
        AwardRulesTest.covered(roundings(), 3, "Rule_CashRounding_"));
    List<Rule> rules = DMN.allRules();
    assertThat(rules).allSatisfy(r -> assertThat(r.getDescription().getTextContent())
        .containsPattern("Điều \\d+|chưa (tìm|đối chiếu) được|Nghị định \\d+/\\d+/NĐ-CP"));
    // a row whose text was not found takes its value from the office's configuration, or gives none
    assertThat(rules).filteredOn(r -> java.util.regex.Pattern.compile("(chưa|không) tìm được|chưa đối chiếu được")
            .matcher(r.getDescription().getTextContent()).find())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getDescription().getTextContent())
            .containsPattern("cấu hình của cơ quan|không tính tiền thưởng"));
  }
}
