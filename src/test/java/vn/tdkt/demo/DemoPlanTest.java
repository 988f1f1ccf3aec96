package vn.tdkt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.office.Organisation;
import vn.tdkt.office.OrganisationWorkbook;
import vn.tdkt.unit.Unit;

/** The demo offices' plans of the seeds, as data: each fits its office's organisation. */
class DemoPlanTest {

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  static Organisation organisation(String office) {
    return new OrganisationWorkbook(vn.tdkt.support.Workbooks.messages()).read(DemoOrganisation.workbook(office));
  }

  @ParameterizedTest
  @ValueSource(strings = {"long-bien", "kien-an"})
  @DisplayName("Kế hoạch mẫu của mỗi cơ quan: kỳ đến 11/06/2023, đơn vị được phân công có trong tệp tổ chức của cơ quan")
  void planFitsItsOffice(String office) {
    DemoPlan plan = DemoPlan.of(office, JSON);
    assertThat(plan.endDate()).isEqualTo(LocalDate.of(2023, 6, 11));
    assertThat(plan.registrationDue()).isBetween(plan.startDate(), plan.endDate());
    assertThat(plan.nominationDue()).isBetween(plan.registrationDue(), plan.endDate());
    assertThat(plan.reportDue()).isBetween(plan.registrationDue(), plan.endDate());
    Set<String> units = organisation(office).units().stream().map(Unit::code).collect(Collectors.toSet());
    assertThat(plan.assignments()).allSatisfy(a -> assertThat(units).contains(a.get("unitCode")));
    Map<String, Object> today = plan.formValues(LocalDate.of(2026, 12, 2));
    assertThat(today.get(CampaignProcess.Var.START_DATE)).isEqualTo("2026-12-02");
    assertThat(today.get(CampaignProcess.Var.CAMPAIGN_CODE)).isEqualTo(plan.code() + "-2026");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kien-an"})
  @DisplayName("Kế hoạch của quận Kiến An: khẩu hiệu, căn cứ Kế hoạch 105/KH-UBND của Hải Phòng, năm nhiệm vụ được phân công")
  void kienAn(String office) {
    DemoPlan plan = DemoPlan.of(office, JSON);
    assertThat(plan.slogan()).startsWith("Đảng bộ, chính quyền, quân và dân quận Kiến An thi đua lập thành tích");
    assertThat(plan.legalBasis()).startsWith("Kế hoạch số 105/KH-UBND ngày 29/3/2023 của Ủy ban nhân dân thành phố Hải Phòng");
    assertThat(plan.unitKinds()).containsExactly("PHUONG", "PHONG_BAN", "DOAN_THE");
    assertThat(plan.assignments()).extracting(a -> a.get("unitCode"))
        .containsExactly("ka-pb-vhtt", "ka-pb-ttvhtt", "ka-pb-tckh", "ka-dt-tuyengiao", "ka-dt-mttq");
    assertThat(plan.assignments().get(0).get("description")).contains("giải thể thao các cụm, khối thi đua");
    assertThat(plan.assignments().get(2).get("description")).contains("dự toán");
  }
}
