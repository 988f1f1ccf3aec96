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

  @ParameterizedTest(name = "{0}, {1}, {2}: hệ số {3}")
  @CsvSource({
    "LUAT_2003, CSTDCS, CA_NHAN, 1.0, Nghị định 91/2017",
    "LUAT_2003, LDTT, CA_NHAN, 0.3, Nghị định 91/2017",
    "LUAT_2003, TTLDTT, TAP_THE, 0.8, Nghị định 91/2017",
    "LUAT_2003, TTLDXS, TAP_THE, 1.5, Nghị định 91/2017",
    "LUAT_2003, CSTD_TP, CA_NHAN, 3.0, Nghị định 91/2017",
    "LUAT_2003, BANG_KHEN_TP, TAP_THE, 2.0, Nghị định 91/2017",
    "LUAT_2003, BANG_KHEN_TP, CA_NHAN, 1.0, Nghị định 91/2017",
    "LUAT_2003, GIAY_KHEN, TAP_THE, 0.6, Nghị định 91/2017",
    "LUAT_2003, GIAY_KHEN, HO_GIA_DINH, 0.3, Nghị định 91/2017",
    "LUAT_2022, CSTDCS, CA_NHAN, 1.0, Nghị định 98/2023",
    "LUAT_2022_HAI_CAP, LDTT, CA_NHAN, 0.3, Nghị định 98/2023",
    "LUAT_2022, TTLDTT, TAP_THE, 0.8, Nghị định 98/2023",
    "LUAT_2022_HAI_CAP, TTLDXS, TAP_THE, 1.5, Nghị định 98/2023",
    "LUAT_2022, CSTD_TP, CA_NHAN, 3.0, Nghị định 98/2023",
    "LUAT_2022_HAI_CAP, BANG_KHEN_TP, TAP_THE, 2.0, Nghị định 98/2023",
    "LUAT_2022, BANG_KHEN_TP, HO_GIA_DINH, 1.0, Nghị định 98/2023",
    "LUAT_2022_HAI_CAP, GIAY_KHEN, TAP_THE, 0.6, Nghị định 98/2023",
    "LUAT_2022, GIAY_KHEN, CA_NHAN, 0.3, Nghị định 98/2023"
  })
  @DisplayName("Hệ số tiền thưởng theo chế độ, hình thức và đối tượng")
  void coefficient(String regime, String type, String kind, double coefficient, String source) {
    DmnDecisionResultEntries row =
        dmn.evaluateDecision(decisions.get("cashCoefficient"),
                Map.of("regime", regime, "awardType", type, "nomineeKind", kind))
            .getSingleResult();
    assertThat(((Number) row.getEntry("coefficient")).doubleValue()).isEqualTo(coefficient);
    assertThat((String) row.getEntry("source")).startsWith(source);
  }

  @Test
  @DisplayName("Mọi hình thức, đối tượng phù hợp và chế độ có đúng một hệ số")
  void everyTypeAndKindHasOneCoefficient() {
    for (String regime : java.util.List.of("LUAT_2003", "LUAT_2022", "LUAT_2022_HAI_CAP")) {
      for (AwardType type : AwardType.values()) {
        for (NomineeKind kind : NomineeKind.values()) {
          if (type.canGoTo(kind)) {
            assertThat(dmn.evaluateDecision(decisions.get("cashCoefficient"),
                    Map.of("regime", regime, "awardType", type.name(), "nomineeKind", kind.name())))
                .as("%s %s %s", regime, type, kind).hasSize(1);
          }
        }
      }
    }
  }
}
