package vn.tdkt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeLevel;
import vn.tdkt.office.OfficeRules;
import vn.tdkt.office.Official;
import vn.tdkt.office.OfficialRole;
import vn.tdkt.office.Organisation;
import vn.tdkt.office.OrganisationWorkbook;
import vn.tdkt.support.Workbooks;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitKind;

/**
 * The demo of a city with its wards: Thành phố Hà Nội and four of the wards formed on 1/7/2025 from the
 * former Long Biên district (Nghị quyết 1656/NQ-UBTVQH15 of 16/6/2025: phường Long Biên, Bồ Đề, Việt
 * Hưng, Phúc Lợi). Each office's workbook under {@code demo/<code>/to-chuc.xlsx} is this definition as
 * written by the organisation workbook; the test fails when a committed file and the definition
 * differ, and {@code -Ddemo.write=true} writes them again. People and units are demo data.
 */
class HaNoiDemoTest {

  static final String CITY = "ha-noi";
  /** Ward code → name, as in the resolution. */
  static final Map<String, String> WARDS = new java.util.LinkedHashMap<>(Map.of());

  static {
    WARDS.put("hn-long-bien", "Long Biên");
    WARDS.put("hn-bo-de", "Bồ Đề");
    WARDS.put("hn-viet-hung", "Việt Hưng");
    WARDS.put("hn-phuc-loi", "Phúc Lợi");
  }

  final OrganisationWorkbook workbook = new OrganisationWorkbook(Workbooks.messages());

  static Official official(String user, String office, String name, String position, OfficialRole role,
      boolean member) {
    return new Official(user, office, name, position, user + "@" + office + ".example", role, member, null,
        true);
  }

  static Unit unit(String code, String name, UnitKind kind, String office, String focal) {
    return new Unit(code, name, kind, code + "@" + office + ".example", code, focal,
        code + "@" + office + ".example", office, null, true);
  }

  static Organisation city() {
    Office office = new Office(CITY, "UBND thành phố Hà Nội", OfficeLevel.CITY, "UBND THÀNH PHỐ HÀ NỘI",
        "Hà Nội", "Hội đồng Thi đua - Khen thưởng thành phố Hà Nội", "thiduakhenthuong@ha-noi.example",
        OfficeRules.DEFAULT, null);
    List<Unit> units = List.of(
        unit("hn-so-noivu", "Sở Nội vụ", UnitKind.PHONG_BAN, CITY, "Nguyễn Thu Hà"),
        unit("hn-so-vhtt", "Sở Văn hóa và Thể thao", UnitKind.PHONG_BAN, CITY, "Trần Minh Đức"),
        unit("hn-so-gddt", "Sở Giáo dục và Đào tạo", UnitKind.PHONG_BAN, CITY, "Lê Thanh Hương"));
    List<Official> officials = List.of(
        official("hn-noivu", CITY, "Phạm Quang Huy", "Chuyên viên Ban Thi đua - Khen thưởng",
            OfficialRole.NOI_VU, false),
        official("hn-chutich", CITY, "Đỗ Văn Thành", "Chủ tịch UBND thành phố", OfficialRole.CHU_TICH, true),
        official("hn-hoidong1", CITY, "Vũ Thị Lan", "Giám đốc Sở Nội vụ", OfficialRole.HOI_DONG, true),
        official("hn-hoidong2", CITY, "Hoàng Văn Nam", "Chủ tịch Liên đoàn Lao động thành phố",
            OfficialRole.HOI_DONG, true));
    return new Organisation(office, List.of(), units, officials);
  }

  static Organisation ward(String code, String name) {
    String upper = name.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    Office office = new Office(code, "UBND phường " + name, OfficeLevel.COMMUNE, "UBND PHƯỜNG " + upper,
        name, "Hội đồng Thi đua - Khen thưởng phường " + name, "thiduakhenthuong@" + code + ".example",
        OfficeRules.DEFAULT, CITY);
    String prefix = code.substring("hn-".length());
    List<Unit> units = new ArrayList<>(List.of(
        unit(prefix + "-vhxh", "Phòng Văn hóa - Xã hội phường " + name, UnitKind.PHONG_BAN, code,
            "Nguyễn Văn An"),
        unit(prefix + "-mttq", "Ủy ban MTTQ Việt Nam phường " + name, UnitKind.DOAN_THE, code,
            "Trần Thị Bình"),
        unit(prefix + "-thcs", "Trường THCS " + name, UnitKind.TRUONG_HOC, code, "Lê Văn Cường")));
    List<Official> officials = List.of(
        official(prefix + "-noivu", code, "Ngô Thị Dung", "Công chức Văn phòng HĐND và UBND phường",
            OfficialRole.NOI_VU, false),
        official(prefix + "-chutich", code, "Bùi Văn Giang", "Chủ tịch UBND phường", OfficialRole.CHU_TICH,
            true),
        official(prefix + "-hoidong1", code, "Đặng Thị Hạnh", "Phó Chủ tịch UBND phường",
            OfficialRole.HOI_DONG, true),
        official(prefix + "-hoidong2", code, "Phan Văn Khoa", "Chủ tịch Ủy ban MTTQ phường",
            OfficialRole.HOI_DONG, true));
    return new Organisation(office, List.of(), units, officials);
  }

  static Map<String, Organisation> all() {
    Map<String, Organisation> all = new java.util.LinkedHashMap<>();
    all.put(CITY, city());
    WARDS.forEach((code, name) -> all.put(code, ward(code, name)));
    return all;
  }

  @Test
  @DisplayName("Tệp tổ chức chạy thử của Hà Nội và bốn phường khớp với định nghĩa")
  void workbooksAreTheDefinition() throws IOException {
    for (Map.Entry<String, Organisation> office : all().entrySet()) {
      Path file = Path.of("src/main/resources/demo", office.getKey(), "to-chuc.xlsx");
      if (Boolean.getBoolean("demo.write")) {
        Files.createDirectories(file.getParent());
        Files.write(file, workbook.write(office.getValue()));
      }
      assertThat(workbook.read(Files.readAllBytes(file))).as(office.getKey()).isEqualTo(office.getValue());
    }
  }
}
