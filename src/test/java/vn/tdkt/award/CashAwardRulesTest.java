package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of {@code cash-award.dmn}, one case per row, with the dates around each change. */
class CashAwardRulesTest {

  static DmnEngine dmn;
  static Map<String, DmnDecision> decisions = new HashMap<>();

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/cash-award.dmn")) {
      for (DmnDecision d : dmn.parseDecisions(in)) {
        decisions.put(d.getKey(), d);
      }
    }
  }

  static DmnDecisionResultEntries evaluate(String decision, String name, Object value) {
    return dmn.evaluateDecision(decisions.get(decision), Map.of(name, value)).getSingleResult();
  }

  @ParameterizedTest(name = "lương cơ sở ngày {0}: {1} đồng ({2})")
  @CsvSource({
    "2023-06-11, 1490000, Nghị định 38/2019",
    "2023-06-30, 1490000, Nghị định 38/2019",
    "2023-07-01, 1800000, Nghị định 24/2023",
    "2024-06-30, 1800000, Nghị định 24/2023",
    "2024-07-01, 2340000, Nghị định 73/2024",
    "2026-11-22, 2340000, Nghị định 73/2024"
  })
  @DisplayName("Lương cơ sở theo ngày")
  void baseSalary(LocalDate day, long amount, String source) {
    DmnDecisionResultEntries row = evaluate("baseSalary", "onDate", AwardRules.dateValue(day));
    assertThat(((Number) row.getEntry("amount")).longValue()).isEqualTo(amount);
    assertThat((String) row.getEntry("source")).startsWith(source);
  }

  @ParameterizedTest(name = "{0}: hệ số {1}")
  @CsvSource({"CSTDCS, 1.0", "LDTT, 0.3"})
  @DisplayName("Hệ số tiền thưởng (Nghị định 98/2023, Điều 54)")
  void coefficient(String type, double coefficient) {
    DmnDecisionResultEntries row = evaluate("cashCoefficient", "awardType", type);
    assertThat(((Number) row.getEntry("coefficient")).doubleValue()).isEqualTo(coefficient);
    assertThat((String) row.getEntry("source")).contains("Điều 54");
  }

  @Test
  @DisplayName("Hình thức chưa có hệ số trong bảng: không có tiền thưởng tính tự động")
  void noCoefficient() {
    assertThat(dmn.evaluateDecision(decisions.get("cashCoefficient"), Map.of("awardType", "GIAY_KHEN"))).isEmpty();
  }
}
