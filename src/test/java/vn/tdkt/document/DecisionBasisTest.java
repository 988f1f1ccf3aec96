package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignStatus;
import vn.tdkt.support.Workbooks;

/** The decision's legal basis follows the regime the campaign stored, not its dates. */
class DecisionBasisTest {

  /** Only the messages are needed for the basis, not the paper's office or templates. */
  private final DecisionDocument decision =
      new DecisionDocument(mock(Paper.class), Workbooks.messages());

  private static Campaign campaign(LocalDate start, String regime) {
    return new Campaign(
        1L, "PT-1", "Phong trào thử nghiệm", "THUONG_XUYEN", null, null, start,
        start.plusMonths(6), start, start, start.plusMonths(5), CampaignStatus.DRAFT, null,
        regime, "XA", "lb");
  }

  @Test
  @DisplayName("A campaign started in 2023 but planned under the 2022 law cites the 2022 law and NĐ 98")
  void storedRegimeWinsOverTheStartDate() {
    List<String> lines =
        decision.basis(campaign(LocalDate.of(2023, 11, 1), "LUAT_2022"), Optional.empty());

    assertThat(lines)
        .contains("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;")
        .anyMatch(l -> l.startsWith("Căn cứ Nghị định số 98/2023/NĐ-CP"))
        .noneMatch(l -> l.contains("26/11/2003"))
        .noneMatch(l -> l.contains("91/2017"));
  }

  @Test
  @DisplayName("A campaign started in 2026 that stored the 2003 regime cites the 2003 law and NĐ 91")
  void olderStoredRegime() {
    List<String> lines =
        decision.basis(campaign(LocalDate.of(2026, 1, 1), "LUAT_2003"), Optional.empty());

    assertThat(lines)
        .anyMatch(l -> l.startsWith("Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003"))
        .anyMatch(l -> l.startsWith("Căn cứ Nghị định số 91/2017/NĐ-CP"))
        .noneMatch(l -> l.contains("152/2025"));
  }

  @Test
  @DisplayName("The two-tier regime cites NĐ 152/2025")
  void twoTierRegime() {
    assertThat(decision.regimeBasis("LUAT_2022_HAI_CAP"))
        .containsExactly(
            "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ;");
  }
}
