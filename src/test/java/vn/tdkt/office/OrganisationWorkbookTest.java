package vn.tdkt.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.support.Workbooks;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitKind;

/** The organisation workbook read and written alone: what it accepts and every way it refuses. */
class OrganisationWorkbookTest {

  static final String UNITS = "Đơn vị";
  static final String OFFICIALS = "Cán bộ";
  final OrganisationWorkbook workbook = new OrganisationWorkbook(Workbooks.messages());

  @Test
  @DisplayName("Tệp tổ chức mẫu của quận Long Biên và quận Kiến An (2023) đọc được: cơ quan, đơn vị, đầu mối, cán bộ, Hội đồng")
  void demoWorkbooks() {
    Organisation longBien = workbook.read(Workbooks.demo("long-bien"));
    assertThat(longBien.office().level()).isEqualTo(OfficeLevel.DISTRICT);
    assertThat(longBien.office().issuer()).isEqualTo("UBND QUẬN LONG BIÊN");
    assertThat(longBien.units()).hasSize(23);
    assertThat(longBien.units()).filteredOn(u -> u.kind() == UnitKind.PHUONG).hasSize(14);
    assertThat(longBien.officials()).extracting(Official::userId)
        .containsExactly("noivu", "chutich", "hoidong1", "hoidong2", "hoidong3");
    assertThat(longBien.officials()).filteredOn(Official::councilMember).hasSize(4);
    assertThat(longBien.officials()).filteredOn(o -> o.userId().equals("hoidong3"))
        .extracting(Official::memberUnitCode).containsExactly("dt-mttq");

    Organisation kienAn = workbook.read(Workbooks.demo("kien-an"));
    assertThat(kienAn.office().name()).isEqualTo("UBND quận Kiến An");
    assertThat(kienAn.units()).filteredOn(u -> u.kind() == UnitKind.PHUONG).extracting(Unit::name)
        .containsExactly("UBND phường Bắc Sơn", "UBND phường Đồng Hòa", "UBND phường Lãm Hà",
            "UBND phường Nam Sơn", "UBND phường Ngọc Sơn", "UBND phường Phù Liễn",
            "UBND phường Quán Trữ", "UBND phường Trần Thành Ngọ", "UBND phường Tràng Minh",
            "UBND phường Văn Đẩu");
    assertThat(kienAn.clusters()).extracting(Cluster::kind).containsExactly(Cluster.Kind.CUM, Cluster.Kind.KHOI);
    assertThat(kienAn.units()).allMatch(u -> u.clusterCode() != null);
  }

  @Test
  @DisplayName("Trưởng cụm, khối từng năm: đọc từ trang riêng; đơn vị ngoài cụm, năm trùng, năm sai bị từ chối; tệp không có trang này không có trưởng cụm")
  void clusterHeads() {
    Organisation kienAn = workbook.read(Workbooks.demo("kien-an"));
    Cluster khoi = kienAn.clusters().stream().filter(c -> c.code().equals("khoi-cq")).findFirst().orElseThrow();
    assertThat(khoi.headIn(2023)).contains("ka-pb-vhtt");
    assertThat(khoi.heads()).hasSize(8);
    assertThat(khoi.headIn(1999)).isEmpty();
    String sheet = "Trưởng cụm, khối";
    byte[] outsider = Workbooks.edit(Workbooks.demo("kien-an"), b -> Workbooks.set(b.getSheet(sheet),
        Workbooks.rowOf(b.getSheet(sheet), "khoi-cq"), "Mã đơn vị trưởng cụm, khối", "ka-p-bacson"));
    assertThatThrownBy(() -> workbook.read(outsider))
        .isInstanceOfSatisfying(WorkbookRefused.class, e -> assertThat(e.problems()).extracting(WorkbookProblem::reason)
            .contains("Đơn vị \"ka-p-bacson\" không thuộc cụm, khối khoi-cq: trưởng cụm, khối phải là một đơn vị của cụm, khối đó."));
    byte[] twice = Workbooks.edit(Workbooks.demo("kien-an"), b -> {
      int row = Workbooks.copyRow(b.getSheet(sheet), Workbooks.rowOf(b.getSheet(sheet), "khoi-cq"));
      Workbooks.set(b.getSheet(sheet), row, "Mã đơn vị trưởng cụm, khối", "ka-dt-mttq");
    });
    assertThatThrownBy(() -> workbook.read(twice))
        .isInstanceOfSatisfying(WorkbookRefused.class, e -> assertThat(e.problems()).extracting(WorkbookProblem::reason)
            .contains("Cụm, khối khoi-cq đã có đơn vị trưởng năm 2023."));
    byte[] badYear = Workbooks.edit(Workbooks.demo("kien-an"), b -> Workbooks.set(b.getSheet(sheet),
        Workbooks.rowOf(b.getSheet(sheet), "khoi-cq"), "Năm", "năm nay"));
    assertThatThrownBy(() -> workbook.read(badYear))
        .isInstanceOfSatisfying(WorkbookRefused.class, e -> assertThat(e.problems()).extracting(WorkbookProblem::reason)
            .contains("Năm không hợp lệ: \"năm nay\" (ghi năm bốn chữ số, ví dụ 2026)."));
    byte[] without = Workbooks.edit(Workbooks.demo("kien-an"), b -> b.removeSheetAt(b.getSheetIndex(sheet)));
    assertThat(workbook.read(without).clusters()).allSatisfy(c -> assertThat(c.heads()).isEmpty());
  }

  @Test
  @DisplayName("Xuất rồi đọc lại: cùng một tổ chức")
  void roundTrip() {
    Organisation kienAn = workbook.read(Workbooks.demo("kien-an"));
    assertThat(workbook.read(workbook.write(kienAn))).isEqualTo(kienAn);
  }

  @Test
  @DisplayName("Một tệp nhiều cơ quan: mỗi cơ quan bốn trang tính, tên thêm \" (2)\", \" (3)\" như Excel sao chép; lỗi nêu đúng trang tính")
  void severalOfficesInOneWorkbook() {
    Organisation longBien = workbook.read(Workbooks.demo("long-bien"));
    Organisation kienAn = workbook.read(Workbooks.demo("kien-an"));
    byte[] both = workbook.writeAll(List.of(longBien, kienAn));
    assertThat(workbook.readAll(both)).containsExactly(longBien, kienAn);
    assertThatThrownBy(() -> workbook.read(both)).isInstanceOf(WorkbookRefused.class)
        .hasMessageContaining("Tệp này có 2 cơ quan");
    byte[] bad = Workbooks.edit(both, b -> Workbooks.set(b.getSheet(UNITS + " (2)"),
        Workbooks.rowOf(b.getSheet(UNITS + " (2)"), "ka-p-bacson"), "Thư điện tử đơn vị", "khong-phai-thu"));
    assertThatThrownBy(() -> workbook.readAll(bad)).isInstanceOf(WorkbookRefused.class)
        .satisfies(e -> assertThat(((WorkbookRefused) e).problems())
            .extracting(WorkbookProblem::sheet).containsOnly(UNITS + " (2)"));
  }

  @Test
  @DisplayName("Lựa chọn viết không dấu, chữ hoa hay mã đều được hiểu")
  void choicesAsOfficialsWriteThem() {
    byte[] edited = edit(b -> {
      Sheet units = b.getSheet(UNITS);
      Workbooks.set(units, Workbooks.rowOf(units, "p-bode"), "Loại đơn vị", "phuong, xa");
      Workbooks.set(units, Workbooks.rowOf(units, "pb-vhtt"), "Loại đơn vị", "PHONG_BAN");
      Sheet officials = b.getSheet(OFFICIALS);
      Workbooks.set(officials, Workbooks.rowOf(officials, "hoidong1"), "Vai trò", "THÀNH VIÊN HỘI ĐỒNG");
    });
    Organisation o = workbook.read(edited);
    assertThat(o.units()).filteredOn(u -> u.code().equals("p-bode")).extracting(Unit::kind).containsExactly(UnitKind.PHUONG);
    assertThat(o.units()).filteredOn(u -> u.code().equals("pb-vhtt")).extracting(Unit::kind).containsExactly(UnitKind.PHONG_BAN);
  }

  @Test
  @DisplayName("Tệp mẫu trống: từ chối, nêu từng thông tin cơ quan còn thiếu")
  void emptyTemplate() {
    assertThatThrownBy(() -> workbook.read(workbook.write(null)))
        .isInstanceOfSatisfying(WorkbookRefused.class, e -> assertThat(e.problems())
            .extracting(WorkbookProblem::text)
            .contains("Cơ quan, dòng 3: Thiếu \"Mã cơ quan\".", "Cơ quan, dòng 5: Thiếu \"Cấp\"."));
  }

  static Stream<Arguments> badWorkbooks() {
    return Stream.of(
        Arguments.of("mã đơn vị trùng", edit(b -> Workbooks.set(b.getSheet(UNITS),
                Workbooks.rowOf(b.getSheet(UNITS), "p-cukhoi"), "Mã đơn vị", "p-bode")),
            UNITS, rowOf("p-cukhoi"), "Mã đơn vị \"p-bode\" bị trùng"),
        Arguments.of("thư điện tử sai", edit(b -> Workbooks.set(b.getSheet(UNITS),
                Workbooks.rowOf(b.getSheet(UNITS), "p-bode"), "Thư điện tử đơn vị", "bode-longbien.example")),
            UNITS, rowOf("p-bode"), "Thư điện tử \"bode-longbien.example\" không hợp lệ"),
        Arguments.of("loại đơn vị không rõ", edit(b -> Workbooks.set(b.getSheet(UNITS),
                Workbooks.rowOf(b.getSheet(UNITS), "mn-hoasua"), "Loại đơn vị", "Hợp tác xã")),
            UNITS, rowOf("mn-hoasua"), "Không rõ \"Hợp tác xã\""),
        Arguments.of("thiếu đầu mối", edit(b -> Workbooks.set(b.getSheet(UNITS),
                Workbooks.rowOf(b.getSheet(UNITS), "p-saidong"), "Tài khoản đầu mối", "")),
            UNITS, rowOf("p-saidong"), "Đơn vị p-saidong chưa có tài khoản đầu mối"),
        Arguments.of("thành viên Hội đồng của đơn vị không có", edit(b -> Workbooks.set(b.getSheet(OFFICIALS),
                Workbooks.rowOf(b.getSheet(OFFICIALS), "hoidong3"), "Đơn vị của thành viên Hội đồng (mã)", "dt-khong-co")),
            OFFICIALS, officialRowOf("hoidong3"), "Đơn vị \"dt-khong-co\" không có trong trang \"Đơn vị\""),
        Arguments.of("không phải bảng tính", "Đây là một tệp văn bản, không phải Excel".getBytes(StandardCharsets.UTF_8),
            null, 0, "không phải là bảng tính Excel"),
        Arguments.of("10.000 dòng", edit(b -> {
              Sheet units = b.getSheet(UNITS);
              for (int i = units.getLastRowNum() + 1; i < 10_000 + 2; i++) {
                units.createRow(i).createCell(0).setCellValue("u-" + i);
              }
            }),
            UNITS, 0, "Có 10.000 dòng, vượt quá giới hạn 5.000 dòng"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badWorkbooks")
  @DisplayName("Tệp sai bị từ chối với trang tính, dòng và lý do")
  void refused(String what, byte[] file, String sheet, int row, String reason) {
    assertThatThrownBy(() -> workbook.read(file))
        .as(what)
        .isInstanceOfSatisfying(WorkbookRefused.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.sheet()).isEqualTo(sheet);
              assertThat(p.row()).isEqualTo(row);
              assertThat(p.reason()).contains(reason);
            }));
  }

  @Test
  @DisplayName("Một trang tính thiếu cột: nêu tên cột")
  void missingColumn() {
    byte[] file = edit(b -> Workbooks.set(b.getSheet(UNITS), 2, "Thư điện tử đơn vị", "Email"));
    assertThatThrownBy(() -> workbook.read(file))
        .isInstanceOfSatisfying(WorkbookRefused.class, e -> assertThat(e.problems()).extracting(WorkbookProblem::text)
            .contains("Đơn vị, dòng 2: Thiếu cột \"Thư điện tử đơn vị\" ở dòng tiêu đề."));
  }

  @Test
  @DisplayName("Cần đúng một Chủ tịch, ít nhất một Nội vụ")
  void roles() {
    byte[] file = edit(b -> Workbooks.set(b.getSheet(OFFICIALS),
        Workbooks.rowOf(b.getSheet(OFFICIALS), "noivu"), "Vai trò", "Chủ tịch"));
    assertThatThrownBy(() -> workbook.read(file))
        .isInstanceOfSatisfying(WorkbookRefused.class, e -> assertThat(e.problems()).extracting(WorkbookProblem::reason)
            .containsExactlyInAnyOrder("Cần đúng một Chủ tịch (có 2).", "Cần ít nhất một cán bộ Nội vụ."));
  }

  static byte[] edit(Consumer<XSSFWorkbook> change) {
    return Workbooks.edit(Workbooks.demo("long-bien"), change);
  }

  static int rowOf(String unit) {
    int[] row = new int[1];
    edit(b -> row[0] = Workbooks.rowOf(b.getSheet(UNITS), unit));
    return row[0];
  }

  static int officialRowOf(String account) {
    int[] row = new int[1];
    edit(b -> row[0] = Workbooks.rowOf(b.getSheet(OFFICIALS), account));
    return row[0];
  }

}
