package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.support.DmnRows;

/**
 * Each row of {@code award-rules.dmn} with a case of its own (the case names the row it must match),
 * the regime boundaries, and the tally over all members of the council.
 */
class AwardRulesTest {

  static final DmnRows DMN = new DmnRows("processes/award-rules.dmn");
  static final List<String> REGIMES = List.of("LUAT_2003", "LUAT_2022", "LUAT_2022_HAI_CAP");

  // ------------------------------------------------------------------ regime

  static Stream<Arguments> regimes() {
    return Stream.of(
        Arguments.of("2023-05-31", "LUAT_2003", "Luat2003", "Điều 94 khoản 2"),
        Arguments.of("2023-12-31", "LUAT_2003", "Luat2003", "Điều 94 khoản 2"),
        Arguments.of("2024-01-01", "LUAT_2022", "Luat2022", "Điều 94 khoản 1"),
        Arguments.of("2025-06-30", "LUAT_2022", "Luat2022", "Điều 94 khoản 1"),
        Arguments.of("2025-07-01", "LUAT_2022_HAI_CAP", "HaiCap", "152/2025/NĐ-CP, Điều 59"),
        Arguments.of("2026-11-30", "LUAT_2022_HAI_CAP", "HaiCap", "152/2025/NĐ-CP, Điều 59"));
  }

  @ParameterizedTest(name = "ngày {0} → {1} (dòng {2})")
  @MethodSource("regimes")
  @DisplayName("Chế độ pháp lý theo ngày")
  void regime(String date, String regime, String row, String source) {
    DmnRows.Match m = DMN.one(AwardRules.REGIME_DECISION, Map.of("onDate", date));
    assertThat(m.ruleId()).isEqualTo("Rule_Regime_" + row);
    assertThat((String) m.get("regime")).isEqualTo(regime);
    assertThat((String) m.get("source")).contains(source);
    assertThat((String) m.get("name")).isNotBlank();
  }

  // ------------------------------------------------------------------ authority

  static Stream<Arguments> authorities() {
    return Stream.of(
        Arguments.of("LUAT_2003", "DISTRICT", "GIAY_KHEN", "LOCAL", "Old_District"),
        Arguments.of("LUAT_2003", "DISTRICT", "CSTDCS", "LOCAL", "Old_District"),
        Arguments.of("LUAT_2003", "DISTRICT", "THON_VAN_HOA", "LOCAL", "Old_District"),
        Arguments.of("LUAT_2003", "DISTRICT", "GIA_DINH_VAN_HOA", "NONE", "Old_District_Family"),
        Arguments.of("LUAT_2003", "COMMUNE", "GIAY_KHEN", "LOCAL", "Old_Commune"),
        Arguments.of("LUAT_2003", "COMMUNE", "GIA_DINH_VAN_HOA", "LOCAL", "Old_Commune"),
        Arguments.of("LUAT_2003", "COMMUNE", "LDTT", "CITY", "Old_Commune_Up"),
        Arguments.of("LUAT_2003", "COMMUNE", "TTLDTT", "CITY", "Old_Commune_Up"),
        Arguments.of("LUAT_2022", "DISTRICT", "THON_VAN_HOA", "LOCAL", "New_District"),
        Arguments.of("LUAT_2022", "DISTRICT", "CSTDCS", "LOCAL", "New_District"),
        Arguments.of("LUAT_2022", "DISTRICT", "GIA_DINH_VAN_HOA", "NONE", "New_District_Family"),
        Arguments.of("LUAT_2022", "COMMUNE", "LDTT", "LOCAL", "New_Commune"),
        Arguments.of("LUAT_2022", "COMMUNE", "GIA_DINH_VAN_HOA", "LOCAL", "New_Commune"),
        Arguments.of("LUAT_2022", "COMMUNE", "CSTDCS", "CITY", "New_Commune_Up"),
        Arguments.of("LUAT_2022", "COMMUNE", "TTLDTT", "CITY", "New_Commune_Up"),
        Arguments.of("LUAT_2022", "COMMUNE", "THON_VAN_HOA", "CITY", "New_Commune_Up"),
        Arguments.of("LUAT_2022_HAI_CAP", "COMMUNE", "CSTDCS", "LOCAL", "TwoTier"),
        Arguments.of("LUAT_2022_HAI_CAP", "COMMUNE", "TTLDTT", "LOCAL", "TwoTier"),
        Arguments.of("LUAT_2022_HAI_CAP", "COMMUNE", "THON_VAN_HOA", "LOCAL", "TwoTier"),
        Arguments.of("LUAT_2022_HAI_CAP", "COMMUNE", "GIA_DINH_VAN_HOA", "LOCAL", "TwoTier"),
        Arguments.of("LUAT_2022_HAI_CAP", "DISTRICT", "LDTT", "LOCAL", "TwoTier"),
        Arguments.of("LUAT_2003", "DISTRICT", "TTLDXS", "CITY", "City"),
        Arguments.of("LUAT_2022", "COMMUNE", "BANG_KHEN_TP", "CITY", "City"),
        Arguments.of("LUAT_2022_HAI_CAP", "COMMUNE", "CSTD_TP", "CITY", "City"),
        Arguments.of("LUAT_2022_HAI_CAP", "COMMUNE", "CO_THI_DUA_TP", "CITY", "City"),
        Arguments.of("LUAT_2022", "PROVINCE", "CO_THI_DUA_TP", "LOCAL", "Province"),
        Arguments.of("LUAT_2022_HAI_CAP", "PROVINCE", "CSTD_TP", "LOCAL", "Province"),
        Arguments.of("LUAT_2022", "PROVINCE", "BANG_KHEN_TP", "LOCAL", "Province"),
        Arguments.of("LUAT_2003", "PROVINCE", "TTLDXS", "LOCAL", "Province"),
        Arguments.of("LUAT_2022_HAI_CAP", "PROVINCE", "LDTT", "NONE", "Province_Heads"),
        Arguments.of("LUAT_2022", "PROVINCE", "GIAY_KHEN", "NONE", "Province_Heads"),
        Arguments.of("LUAT_2022_HAI_CAP", "PROVINCE", "GIA_DINH_VAN_HOA", "NONE", "Province_Local"),
        Arguments.of("LUAT_2022", "PROVINCE", "THON_VAN_HOA", "NONE", "Province_Local"),
        Arguments.of("LUAT_2003", "PROVINCE", "CSTDCS", "NONE", "Province_Old"));
  }

  @ParameterizedTest(name = "{0}, cấp {1}: {2} → {3} (dòng {4})")
  @MethodSource("authorities")
  @DisplayName("Thẩm quyền quyết định theo chế độ, cấp của cơ quan và hình thức")
  void authority(String regime, String approving, String type, String level, String row) {
    DmnRows.Match m =
        DMN.one(AwardRules.LEVEL_DECISION,
            Map.of("regime", regime, "approvingLevel", approving, "awardType", type));
    assertThat(m.ruleId()).isEqualTo("Rule_AwardLevel_" + row);
    assertThat((String) m.get("level")).isEqualTo(level);
    assertThat((String) m.get("source")).containsPattern("Điều \\d+");
  }

  @Test
  @DisplayName("Mọi chế độ, cấp và hình thức: đúng một dòng thẩm quyền, có tỷ lệ biểu quyết và dòng tỷ lệ khống chế")
  void everyCombinationHasExactlyOneAuthority() {
    for (String regime : REGIMES) {
      for (AwardRules.ApprovingLevel approving : AwardRules.ApprovingLevel.RULED) {
        for (AwardType type : AwardType.values()) {
          Map<String, Object> in =
              Map.of("regime", regime, "approvingLevel", approving.name(), "awardType", type.name());
          assertThat(DMN.count(AwardRules.LEVEL_DECISION, in)).as("%s", in).isEqualTo(1);
          assertThat(DMN.count(AwardRules.THRESHOLD_DECISION, Map.of("regime", regime, "awardType", type.name())))
              .isPositive();
          assertThat(DMN.count(AwardRules.QUOTA_DECISION, Map.of("regime", regime, "awardType", type.name())))
              .isPositive();
        }
      }
    }
  }

  // ------------------------------------------------------------------ vote threshold

  static Stream<Arguments> thresholds() {
    return Stream.of(
        Arguments.of("LUAT_2022", "CSTDCS", 80, false, null, "Nd98_CSTDCS"),
        Arguments.of("LUAT_2022_HAI_CAP", "CSTDCS", null, null, "EMULATION_SHARE", "Nd152_CSTDCS"),
        Arguments.of("LUAT_2022", "CSTD_TP", null, null, "PROVINCIAL_EMULATION_SHARE", "Provincial"),
        Arguments.of("LUAT_2003", "CSTD_TP", null, null, "PROVINCIAL_EMULATION_SHARE", "Provincial"),
        Arguments.of("LUAT_2022_HAI_CAP", "CSTD_TP", null, null, "PROVINCIAL_EMULATION_SHARE", "Provincial"),
        Arguments.of("LUAT_2003", "CSTDCS", null, null, "VOTE_SHARE", "Default"),
        Arguments.of("LUAT_2022", "LDTT", null, null, "VOTE_SHARE", "Default"),
        Arguments.of("LUAT_2022_HAI_CAP", "GIAY_KHEN", null, null, "VOTE_SHARE", "Default"));
  }

  @ParameterizedTest(name = "{0}, {1}: {2}% / quy chế {4} (dòng {5})")
  @MethodSource("thresholds")
  @DisplayName("Tỷ lệ biểu quyết: theo luật, hoặc theo quy chế của cơ quan")
  void threshold(String regime, String type, Integer percent, Boolean strictly, String officeRule, String row) {
    DmnRows.Match m = DMN.one(AwardRules.THRESHOLD_DECISION, Map.of("regime", regime, "awardType", type));
    assertThat(m.ruleId()).isEqualTo("Rule_VoteThreshold_" + row);
    Number actual = m.get("percent");
    assertThat(actual == null ? null : actual.intValue()).isEqualTo(percent);
    assertThat((Boolean) m.get("strictlyMore")).isEqualTo(strictly);
    assertThat((String) m.get("officeRule")).isEqualTo(officeRule);
    if (officeRule != null) {
      assertThat(AwardRules.OfficeRule.valueOf(officeRule)).isNotNull();
    }
  }

  // ------------------------------------------------------------------ quota

  static Stream<Arguments> quotas() {
    return Stream.of(
        Arguments.of("LUAT_2003", "CSTDCS", "EMULATION_QUOTA", "OldCSTDCS"),
        Arguments.of("LUAT_2022", "CSTDCS", null, "None"),
        Arguments.of("LUAT_2022_HAI_CAP", "CSTDCS", null, "None"),
        Arguments.of("LUAT_2003", "LDTT", null, "None"));
  }

  @ParameterizedTest(name = "{0}, {1}: {2} (dòng {3})")
  @MethodSource("quotas")
  @DisplayName("Tỷ lệ khống chế Chiến sĩ thi đua cơ sở: do tỉnh quy định, tối đa 15% số LĐTT, theo chế độ 2003; không có từ 2024")
  void quota(String regime, String type, String officeRule, String row) {
    DmnRows.Match m = DMN.one(AwardRules.QUOTA_DECISION, Map.of("regime", regime, "awardType", type));
    assertThat(m.ruleId()).isEqualTo("Rule_AwardQuota_" + row);
    assertThat((Object) m.get("percent")).isNull();
    assertThat((String) m.get("officeRule")).isEqualTo(officeRule);
    if (officeRule != null) {
      assertThat((String) m.get("ofTypes")).isEqualTo("LDTT,CSTDCS");
      assertThat((String) m.get("source")).contains("Điều 9 khoản 3").contains("15%");
    }
  }

  // ------------------------------------------------------------------ every row

  @Test
  @DisplayName("Mọi dòng có trường hợp thử của riêng nó")
  void everyRowHasItsOwnCase() {
    DMN.assertEveryRuleCovered(AwardRules.REGIME_DECISION, covered(regimes(), 2, "Rule_Regime_"));
    DMN.assertEveryRuleCovered(AwardRules.LEVEL_DECISION, covered(authorities(), 4, "Rule_AwardLevel_"));
    DMN.assertEveryRuleCovered(AwardRules.THRESHOLD_DECISION, covered(thresholds(), 5, "Rule_VoteThreshold_"));
    DMN.assertEveryRuleCovered(AwardRules.QUOTA_DECISION, covered(quotas(), 3, "Rule_AwardQuota_"));
  }

  static Set<String> covered(Stream<Arguments> cases, int rowIndex, String prefix) {
    Set<String> ids = new HashSet<>();
    cases.forEach(a -> ids.add(prefix + a.get()[rowIndex]));
    return ids;
  }

  @Test
  @DisplayName("Mọi dòng trích điều khoản, hoặc ghi rõ chưa tìm được văn bản")
  void everyRuleCitesItsClause() {
    List<Rule> rules = DMN.allRules();
    assertThat(rules).hasSize(3 + 14 + 4 + 2);
    assertThat(rules).allSatisfy(r -> assertThat(r.getDescription().getTextContent())
        .containsPattern("Điều \\d+|chưa (tìm|đối chiếu) được"));
  }

  // ------------------------------------------------------------------ tally and quota arithmetic

  @ParameterizedTest(name = "{0}/{1} thành viên, ngưỡng {2}% (vượt quá: {3}) → đạt: {4}")
  @CsvSource({
    "4, 5, 80, false, true", "3, 5, 80, false, false", "9, 10, 90, false, true",
    "8, 10, 90, false, false", "3, 4, 50, true, true", "2, 4, 50, true, false",
    "3, 5, 50, true, true", "0, 0, 50, true, false",
    // 9 members, 1 excluded for a conflict, 7 agree: 7/9 = 77.8 %, below 80 %
    "7, 9, 80, false, false", "8, 9, 80, false, true"
  })
  @DisplayName("Kiểm phiếu trên tổng số thành viên Hội đồng")
  void tally(int agree, int members, int percent, boolean strictly, boolean passes) {
    assertThat(new AwardRules.Threshold(percent, strictly, "").passes(agree, members)).isEqualTo(passes);
  }

  @ParameterizedTest(name = "{0} cá nhân đạt danh hiệu, tối đa {1}% → {2}")
  @CsvSource({"0, 15, 0", "6, 15, 0", "7, 15, 1", "13, 15, 1", "14, 15, 2", "100, 15, 15", "20, 10, 2"})
  @DisplayName("Số được công nhận trong tỷ lệ khống chế (làm tròn xuống)")
  void quotaAllowed(int recognised, int percent, int allowed) {
    assertThat(new AwardRules.Quota(percent, List.of(), "").allowed(recognised)).isEqualTo(allowed);
  }
}
