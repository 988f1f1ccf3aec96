package vn.tdkt.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.tdkt.reporting.AwardReport;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.system.Messages;

/**
 * The conditions across titles and years, one case per rule and outcome: the unit's history is a
 * fixed list of titles (as the registry would give), the proposal and the registration are given.
 */
class HistoryCheckTest {

  static final int YEAR = 2026;

  static Messages messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new Messages(source);
  }

  /** A registry with these titles of the unit. */
  static HistoryCheck check(List<AwardReport.TitleYear> history) {
    AwardReport registry = new AwardReport(null) {
      @Override
      public List<TitleYear> titlesOf(String unitCode, Collection<AwardType> types) {
        return history.stream().filter(t -> types.contains(t.type())).toList();
      }
    };
    return new HistoryCheck(registry, messages());
  }

  static AwardReport.TitleYear held(String name, AwardType type, int year) {
    return new AwardReport.TitleYear(name, type, year);
  }

  static HistoryCheck.Nominee person(String name, AwardType award) {
    return new HistoryCheck.Nominee(NomineeKind.CA_NHAN, name, award);
  }

  static Stream<Arguments> cases() {
    HistoryCheck.Nominee hoaCstdTp = person("Nguyễn Thị Hoa", AwardType.CSTD_TP);
    HistoryCheck.Nominee hoaCstdcs = person("Nguyễn Thị Hoa", AwardType.CSTDCS);
    HistoryCheck.Nominee school = new HistoryCheck.Nominee(NomineeKind.TAP_THE, "Trường Tiểu học A", AwardType.TTLDXS);
    return Stream.of(
        Arguments.of("CSTĐ cấp Thành phố: CSTĐCS hai năm trước trong sổ, năm nay đề nghị cùng đợt: đủ",
            List.of(held("Nguyễn Thị Hoa", AwardType.CSTDCS, YEAR - 2), held("nguyễn thị  HOA", AwardType.CSTDCS, YEAR - 1)),
            List.of(hoaCstdTp, hoaCstdcs), hoaCstdTp, null),
        Arguments.of("CSTĐ cấp Thành phố: thiếu năm trước nữa: cảnh báo nêu năm thiếu",
            List.of(held("Nguyễn Thị Hoa", AwardType.CSTDCS, YEAR - 1)),
            List.of(hoaCstdTp, hoaCstdcs), hoaCstdTp, "năm " + (YEAR - 2) + " (cần"),
        Arguments.of("CSTĐ cấp Thành phố: không liên tục (năm giữa thiếu): cảnh báo",
            List.of(held("Nguyễn Thị Hoa", AwardType.CSTDCS, YEAR - 2)),
            List.of(hoaCstdTp, hoaCstdcs), hoaCstdTp, "năm " + (YEAR - 1) + " (cần"),
        Arguments.of("CSTĐ cấp Thành phố: năm nay không đề nghị CSTĐCS: cảnh báo năm nay",
            List.of(held("Nguyễn Thị Hoa", AwardType.CSTDCS, YEAR - 2), held("Nguyễn Thị Hoa", AwardType.CSTDCS, YEAR - 1)),
            List.of(hoaCstdTp), hoaCstdTp, "năm " + YEAR + " (cần"),
        Arguments.of("CSTĐ cấp Thành phố: CSTĐCS của người khác không tính",
            List.of(held("Nguyễn Thị Hòa", AwardType.CSTDCS, YEAR - 2), held("Nguyễn Thị Hòa", AwardType.CSTDCS, YEAR - 1)),
            List.of(hoaCstdTp, hoaCstdcs), hoaCstdTp, "Điều 22 khoản 1"),
        Arguments.of("Tập thể lao động xuất sắc: có cá nhân đề nghị CSTĐCS: đủ",
            List.of(), List.of(school, hoaCstdcs), school, null),
        Arguments.of("Tập thể lao động xuất sắc: có cá nhân đạt CSTĐCS năm nay trong sổ: đủ",
            List.of(held("Trần Văn Bình", AwardType.CSTDCS, YEAR)), List.of(school), school, null),
        Arguments.of("Tập thể lao động xuất sắc: CSTĐCS năm trước không tính: cảnh báo",
            List.of(held("Trần Văn Bình", AwardType.CSTDCS, YEAR - 1)), List.of(school), school,
            "Điều 27 khoản 1 điểm d"),
        Arguments.of("Chiến sĩ thi đua cơ sở: không có điều kiện nhiều năm",
            List.of(), List.of(hoaCstdcs), hoaCstdcs, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("Điều kiện nhiều năm của Luật 2022")
  void conditionOfLaw2022(String name, List<AwardReport.TitleYear> history,
      List<HistoryCheck.Nominee> proposal, HistoryCheck.Nominee nominee, String expected) {
    HistoryCheck check = check(history);
    // everyone registered what is proposed: only the years are checked here
    List<TitleRegistrations.Entry> registered = proposal.stream()
        .map(n -> new TitleRegistrations.Entry(n.kind(), n.name(), null, n.award())).toList();
    HistoryCheck.Findings found =
        check.findings(check.context("u", YEAR, true, registered, proposal), nominee);
    assertThat(found.notes()).isEmpty();
    if (expected == null) {
      assertThat(found.conditions()).isEmpty();
      assertThat(found.conditionsText()).isNull();
    } else {
      assertThat(found.conditions()).hasSize(1);
      assertThat(found.conditionsText()).contains(expected);
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("Không đăng ký đầu năm: từ 2024 chỉ để đối chiếu (Luật 2022, Điều 7); theo Luật 2003 là điều kiện")
  void registration() {
    HistoryCheck check = check(List.of());
    HistoryCheck.Nominee ha = person("Lê Thu Hà", AwardType.LDTT);
    HistoryCheck.Findings law2022 =
        check.findings(check.context("u", YEAR, true, List.of(), List.of(ha)), ha);
    assertThat(law2022.conditions()).isEmpty();
    assertThat(law2022.notesText()).contains("Không có trong đăng ký", "Điều 7");
    HistoryCheck.Findings law2003 =
        check.findings(check.context("u", 2023, false, List.of(), List.of(ha)), ha);
    assertThat(law2003.notes()).isEmpty();
    assertThat(law2003.conditionsText()).contains("Luật Thi đua, khen thưởng 2003, Điều 10 khoản 1 điểm b");
    // registered with the same title, however the name is typed: nothing to note
    List<TitleRegistrations.Entry> registered =
        List.of(new TitleRegistrations.Entry(NomineeKind.CA_NHAN, "LÊ THU HÀ ", null, AwardType.LDTT));
    assertThat(check.findings(check.context("u", YEAR, true, registered, List.of(ha)), ha).notes()).isEmpty();
    // the 2003 regime's multi-year titles are not checked here
    HistoryCheck.Nominee hoa = person("Nguyễn Thị Hoa", AwardType.CSTD_TP);
    assertThat(check.findings(check.context("u", 2023, false,
        List.of(new TitleRegistrations.Entry(NomineeKind.CA_NHAN, "Nguyễn Thị Hoa", null, AwardType.CSTD_TP)),
        List.of(hoa)), hoa).conditions()).isEmpty();
  }
}
