package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
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

/** Each row of {@code award-rules.dmn}, one case per row. */
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
    decisions = new java.util.HashMap<>();
    for (DmnDecision d : dmn.parseDecisions(model)) {
      decisions.put(d.getKey(), d);
    }
  }

  static DmnDecisionResultEntries evaluate(String decision, String awardType) {
    return dmn.evaluateDecision(decisions.get(decision), Map.of("awardType", awardType))
        .getSingleResult();
  }

  @ParameterizedTest(name = "{0} do cấp {1} quyết định")
  @CsvSource({
    "GIAY_KHEN, LOCAL", "LDTT, LOCAL", "CSTDCS, LOCAL", "TTLDTT, LOCAL",
    "TTLDXS, CITY", "BANG_KHEN_TP, CITY", "CSTD_TP, CITY"
  })
  @DisplayName("Thẩm quyền quyết định theo hình thức (Luật 2022, Điều 80, 83)")
  void level(String type, String level) {
    DmnDecisionResultEntries row = evaluate(AwardRules.LEVEL_DECISION, type);
    assertThat((String) row.getEntry("level")).isEqualTo(level);
    assertThat((String) row.getEntry("source")).startsWith("Luật Thi đua, khen thưởng 2022");
  }

  @ParameterizedTest(name = "{0}: {1}% tổng số thành viên, vượt quá: {2}")
  @CsvSource({
    "CSTDCS, 80, false, Nghị định 98/2023",
    "CSTD_TP, 90, false, Nghị định 98/2023",
    "LDTT, 50, true, Quy chế",
    "GIAY_KHEN, 50, true, Quy chế",
    "TTLDTT, 50, true, Quy chế",
    "TTLDXS, 50, true, Quy chế",
    "BANG_KHEN_TP, 50, true, Quy chế"
  })
  @DisplayName("Tỷ lệ biểu quyết tối thiểu theo hình thức (Nghị định 98/2023, Điều 30(7))")
  void threshold(String type, int percent, boolean strictlyMore, String source) {
    DmnDecisionResultEntries row = evaluate(AwardRules.THRESHOLD_DECISION, type);
    assertThat(((Number) row.getEntry("percent")).intValue()).isEqualTo(percent);
    assertThat((Boolean) row.getEntry("strictlyMore")).isEqualTo(strictlyMore);
    assertThat((String) row.getEntry("source")).startsWith(source);
  }

  @Test
  @DisplayName("Mọi hình thức có đúng một dòng thẩm quyền; mọi dòng ghi căn cứ pháp lý")
  void everyTypeHasARuleAndEveryRuleItsSource() {
    for (AwardType type : AwardType.values()) {
      assertThat(evaluate(AwardRules.LEVEL_DECISION, type.name())).isNotNull();
      assertThat(evaluate(AwardRules.THRESHOLD_DECISION, type.name())).isNotNull();
    }
    List<Rule> rules = List.copyOf(model.getModelElementsByType(Rule.class));
    assertThat(rules).hasSize(AwardType.values().length + 3);
    assertThat(rules).allSatisfy(r -> assertThat(r.getDescription().getTextContent()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}/{1} thành viên, ngưỡng {2}% (vượt quá: {3}) → đạt: {4}")
  @CsvSource({
    "4, 5, 80, false, true", "3, 5, 80, false, false", "9, 10, 90, false, true",
    "8, 10, 90, false, false", "3, 4, 50, true, true", "2, 4, 50, true, false",
    "3, 5, 50, true, true", "0, 0, 50, true, false"
  })
  @DisplayName("Kiểm phiếu trên tổng số thành viên Hội đồng")
  void tally(int agree, int members, int percent, boolean strictly, boolean passes) {
    assertThat(new AwardRules.Threshold(percent, strictly, "").passes(agree, members)).isEqualTo(passes);
  }
}
