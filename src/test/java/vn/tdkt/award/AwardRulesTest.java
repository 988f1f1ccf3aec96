package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row of {@code award-rules.dmn}, one or more cases per row, and the regime boundaries: the
 * seeds' 2023 campaign follows Luật 2003 / Nghị định 91/2017, a 2026 campaign Luật 2022 / Nghị định
 * 98/2023 with two-tier local government.
 */
class AwardRulesTest {

  static DmnEngine dmn;
  static Map<String, DmnDecision> decisions;
  static DmnModelInstance model;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/award-rules.dmn")) {
      model = Dmn.readModelFromStream(in);
    }
    decisions = new HashMap<>();
    for (DmnDecision d : dmn.parseDecisions(model)) {
      decisions.put(d.getKey(), d);
    }
  }

  static DmnDecisionTableResult evaluate(String decision, Map<String, Object> in) {
    return dmn.evaluateDecisionTable(decisions.get(decision), in);
  }

  static DmnDecisionRuleResult one(String decision, Map<String, Object> in) {
    DmnDecisionTableResult result = evaluate(decision, in);
    assertThat(result).as("%s %s", decision, in).hasSize(1);
    return result.getSingleResult();
  }

  @ParameterizedTest(name = "hạn nộp hồ sơ {0} → {1}")
  @CsvSource({
    "2023-05-31, LUAT_2003, Điều 95", "2023-12-31, LUAT_2003, Điều 95",
    "2024-01-01, LUAT_2022, Điều 96", "2025-06-30, LUAT_2022, Điều 96",
    "2025-07-01, LUAT_2022_HAI_CAP, 152/2025", "2026-11-30, LUAT_2022_HAI_CAP, 152/2025"
  })
  @DisplayName("Chế độ pháp lý theo hạn nộp hồ sơ của phong trào")
  void regime(String date, String regime, String source) {
    DmnDecisionRuleResult row = one(AwardRules.REGIME_DECISION, Map.of("onDate", date));
    assertThat((String) row.getEntry("regime")).isEqualTo(regime);
    assertThat((String) row.getEntry("source")).contains(source);
    assertThat((String) row.getEntry("name")).isNotBlank();
  }

  @ParameterizedTest(name = "{0}, cấp {1}: {2} do cấp {3} quyết định")
  @CsvSource({
    // OldDistrict
    "LUAT_2003, DISTRICT, GIAY_KHEN, LOCAL, Luật Thi đua, khen thưởng 2003",
    "LUAT_2003, DISTRICT, LDTT, LOCAL, Luật Thi đua, khen thưởng 2003",
    "LUAT_2003, DISTRICT, CSTDCS, LOCAL, Luật Thi đua, khen thưởng 2003",
    "LUAT_2003, DISTRICT, TTLDTT, LOCAL, Luật Thi đua, khen thưởng 2003",
    // OldCommune
    "LUAT_2003, COMMUNE, GIAY_KHEN, LOCAL, Luật Thi đua, khen thưởng 2003",
    "LUAT_2003, COMMUNE, LDTT, LOCAL, Luật Thi đua, khen thưởng 2003",
    // NewDistrict
    "LUAT_2022, DISTRICT, GIAY_KHEN, LOCAL, Điều 80(2)",
    "LUAT_2022, DISTRICT, CSTDCS, LOCAL, Điều 80(2)",
    "LUAT_2022, DISTRICT, TTLDTT, LOCAL, Điều 80(2)",
    // NewCommune
    "LUAT_2022, COMMUNE, GIAY_KHEN, LOCAL, Điều 80(3)",
    "LUAT_2022, COMMUNE, LDTT, LOCAL, Điều 80(3)",
    // UpCommune
    "LUAT_2022, COMMUNE, CSTDCS, CITY, cấp trên",
    "LUAT_2003, COMMUNE, TTLDTT, CITY, cấp trên",
    // TwoTier
    "LUAT_2022_HAI_CAP, COMMUNE, CSTDCS, LOCAL, 152/2025",
    "LUAT_2022_HAI_CAP, COMMUNE, TTLDTT, LOCAL, 152/2025",
    "LUAT_2022_HAI_CAP, DISTRICT, LDTT, LOCAL, 152/2025",
    // City
    "LUAT_2003, DISTRICT, TTLDXS, CITY, Điều 83",
    "LUAT_2022, COMMUNE, BANG_KHEN_TP, CITY, Điều 83",
    "LUAT_2022_HAI_CAP, COMMUNE, CSTD_TP, CITY, Điều 83"
  })
  @DisplayName("Thẩm quyền quyết định theo chế độ, cấp phê duyệt và hình thức")
  void level(String regime, String approving, String type, String level, String source) {
    DmnDecisionRuleResult row =
        one(AwardRules.LEVEL_DECISION,
            Map.of("regime", regime, "approvingLevel", approving, "awardType", type));
    assertThat((String) row.getEntry("level")).isEqualTo(level);
    assertThat((String) row.getEntry("source")).contains(source);
  }

  @Test
  @DisplayName("Mọi chế độ và cấp phê duyệt có đúng một dòng thẩm quyền cho mọi hình thức")
  void everyCombinationHasExactlyOneAuthority() {
    for (String regime : List.of("LUAT_2003", "LUAT_2022", "LUAT_2022_HAI_CAP")) {
      for (AwardRules.ApprovingLevel approving : AwardRules.ApprovingLevel.values()) {
        for (AwardType type : AwardType.values()) {
          one(AwardRules.LEVEL_DECISION,
              Map.of("regime", regime, "approvingLevel", approving.name(), "awardType", type.name()));
          one(AwardRules.THRESHOLD_DECISION, Map.of("regime", regime, "awardType", type.name()));
          assertThat(evaluate(AwardRules.QUOTA_DECISION, Map.of("regime", regime, "awardType", type.name())))
              .isNotEmpty();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}, {1}: {2}% tổng số thành viên, vượt quá: {3}")
  @CsvSource({
    "LUAT_2022, CSTDCS, 80, false, Nghị định 98/2023",
    "LUAT_2022_HAI_CAP, CSTDCS, 80, false, Nghị định 98/2023",
    "LUAT_2022, CSTD_TP, 90, false, Nghị định 98/2023",
    "LUAT_2022_HAI_CAP, CSTD_TP, 90, false, Nghị định 98/2023",
    "LUAT_2003, CSTDCS, 50, true, Quy chế",
    "LUAT_2003, CSTD_TP, 50, true, Quy chế",
    "LUAT_2022, LDTT, 50, true, Quy chế",
    "LUAT_2022_HAI_CAP, GIAY_KHEN, 50, true, Quy chế"
  })
  @DisplayName("Tỷ lệ biểu quyết tối thiểu theo chế độ và hình thức")
  void threshold(String regime, String type, int percent, boolean strictlyMore, String source) {
    DmnDecisionTableResult result =
        evaluate(AwardRules.THRESHOLD_DECISION, Map.of("regime", regime, "awardType", type));
    DmnDecisionRuleResult row = result.getFirstResult();
    assertThat(((Number) row.getEntry("percent")).intValue()).isEqualTo(percent);
    assertThat((Boolean) row.getEntry("strictlyMore")).isEqualTo(strictlyMore);
    assertThat((String) row.getEntry("source")).startsWith(source);
  }

  @ParameterizedTest(name = "{0}, {1}: tối đa {2}%")
  @CsvSource({
    "LUAT_2003, CSTDCS, 15, Nghị định 91/2017",
    "LUAT_2022, CSTDCS, , Điều 23",
    "LUAT_2022_HAI_CAP, CSTDCS, , Điều 23",
    "LUAT_2003, LDTT, , Điều 23"
  })
  @DisplayName("Tỷ lệ khống chế Chiến sĩ thi đua cơ sở: 15% Lao động tiên tiến theo chế độ 2003, không giới hạn từ 2024")
  void quota(String regime, String type, Integer percent, String source) {
    DmnDecisionRuleResult row =
        evaluate(AwardRules.QUOTA_DECISION, Map.of("regime", regime, "awardType", type))
            .getFirstResult();
    Number actual = row.getEntry("percent");
    assertThat(actual == null ? null : actual.intValue()).isEqualTo(percent);
    assertThat((String) row.getEntry("source")).contains(source);
    if (percent != null) {
      assertThat((String) row.getEntry("ofTypes")).isEqualTo("LDTT,CSTDCS");
    }
  }

  @Test
  @DisplayName("Mọi dòng ghi căn cứ pháp lý")
  void everyRuleHasItsSource() {
    List<Rule> rules = List.copyOf(model.getModelElementsByType(Rule.class));
    assertThat(rules).hasSize(3 + 7 + 3 + 2);
    assertThat(rules).allSatisfy(r -> assertThat(r.getDescription().getTextContent()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}/{1} thành viên, ngưỡng {2}% (vượt quá: {3}) → đạt: {4}")
  @CsvSource({
    "4, 5, 80, false, true", "3, 5, 80, false, false", "9, 10, 90, false, true",
    "8, 10, 90, false, false", "3, 4, 50, true, true", "2, 4, 50, true, false",
    "3, 5, 50, true, true", "0, 0, 50, true, false"
  })
  @DisplayName("Kiểm phiếu trên số thành viên có quyền biểu quyết")
  void tally(int agree, int members, int percent, boolean strictly, boolean passes) {
    assertThat(new AwardRules.Threshold(percent, strictly, "").passes(agree, members)).isEqualTo(passes);
  }

  @ParameterizedTest(name = "{0} cá nhân đạt danh hiệu, tối đa {1}% → {2}")
  @CsvSource({"0, 15, 0", "6, 15, 0", "7, 15, 1", "13, 15, 1", "14, 15, 2", "100, 15, 15"})
  @DisplayName("Số được công nhận trong tỷ lệ khống chế (làm tròn xuống)")
  void quotaAllowed(int recognised, int percent, int allowed) {
    assertThat(new AwardRules.Quota(percent, List.of(), "").allowed(recognised)).isEqualTo(allowed);
  }
}
