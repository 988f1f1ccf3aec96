package vn.tdkt.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.access.AccessPolicy;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.unit.Unit;
import vn.tdkt.support.Workbooks;

/**
 * Setting up and keeping an office current from its workbook, on the real engine and PostgreSQL:
 * preview, import, deactivation, idempotence, refusals that leave nothing, and the reconciler that
 * gives each role exactly its grants.
 */
class OrganisationImportTest extends ProcessTest {

  static final String UNITS = "Đơn vị";
  static final String OFFICIALS = "Cán bộ";
  static final String VOTE_SHARE = "Tỷ lệ đồng ý tối thiểu (quy chế Hội đồng)";
  static final String EMULATION_SHARE = "Tỷ lệ đồng ý Chiến sĩ thi đua cơ sở (từ 01/7/2025)";
  static final String QUOTA = "Tỷ lệ Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến (%) – chế độ trước 2024";
  static final String APPRAISAL = "Thời hạn thẩm định hồ sơ (ngày làm việc)";
  static final String HOUSEHOLD = "Hệ số tiền thưởng hộ gia đình so với cá nhân (trước 01/7/2025)";
  static final String FAMILY_CASH = "Tiền thưởng \"Gia đình văn hóa\" (hệ số × lương cơ sở)";
  static final String ND98_BK =
      "Tiền thưởng Bằng khen cấp tỉnh cho cá nhân, quyết định từ 01/01/2024 đến 30/6/2025 (hệ số × lương cơ sở)";
  static final String ND98_COLLECTIVE =
      "Tiền thưởng Bằng khen, Giấy khen cho tập thể so với cá nhân, từ 01/01/2024 đến 30/6/2025 (số lần)";
  static final String ND98_ROUNDING = "Làm tròn tiền thưởng lên bội số của (đồng), từ 01/01/2024 đến 30/6/2025";

  @Autowired vn.tdkt.rules.AwardRules rules;
  @Autowired vn.tdkt.system.Deadlines deadlines;

  @Autowired OrganisationImport organisation;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void restoreTheDemoOffice() {
    organisation.apply(Workbooks.demo("long-bien"));
  }

  /** A ward never seen before (each test its own), for the changed workbook. */
  final String newWard = "p-thu-" + System.nanoTime() % 1_000_000;

  /** A new ward, a renamed one, a school left out, a council member left out. */
  byte[] changed() {
    return Workbooks.edit(Workbooks.demo("long-bien"), b -> {
      Sheet units = b.getSheet(UNITS);
      int added = Workbooks.copyRow(units, Workbooks.rowOf(units, "p-bode"));
      Workbooks.set(units, added, "Mã đơn vị", newWard);
      Workbooks.set(units, added, "Tên đơn vị", "UBND phường Thử Mới");
      Workbooks.set(units, added, "Tài khoản đầu mối", newWard);
      Workbooks.set(units, Workbooks.rowOf(units, "p-cukhoi"), "Tên đơn vị", "UBND phường Cự Khối (đổi tên)");
      Workbooks.removeRow(units, Workbooks.rowOf(units, "mn-hoasua"));
      Sheet officials = b.getSheet(OFFICIALS);
      Workbooks.removeRow(officials, Workbooks.rowOf(officials, "hoidong2"));
    });
  }

  @Test
  @DisplayName("Cùng một tệp tổ chức nhập hai lần: lần sau không thay đổi gì, kể cả tài khoản và quyền")
  void sameWorkbookTwice() {
    organisation.apply(Workbooks.demo("long-bien"));
    Map<String, Integer> before = counts();
    OrganisationImport.Result again = organisation.apply(Workbooks.demo("long-bien"));
    assertThat(again.unchanged()).as("%s", again).isTrue();
    assertThat(again.engineChanges()).isZero();
    assertThat(organisation.reconcile()).isZero();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  @DisplayName("Xem trước: thêm, thay đổi, ngừng hoạt động; chưa ghi gì cho đến khi xác nhận")
  void previewThenImport() throws Exception {
    OrganisationImport.Result preview = organisation.preview(changed());
    assertThat(preview.applied()).isFalse();
    assertThat(preview.units().added()).extracting(OrganisationImport.Change::code).containsExactly(newWard);
    assertThat(preview.units().changed()).extracting(OrganisationImport.Change::code).containsExactly("p-cukhoi");
    assertThat(preview.units().deactivated()).extracting(OrganisationImport.Change::code).containsExactly("mn-hoasua");
    assertThat(preview.officials().deactivated()).extracting(OrganisationImport.Change::code).containsExactly("hoidong2");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = ?", Integer.class, newWard)).isZero();

    OrganisationImport.Result result = organisation.apply(changed());
    assertThat(result.applied()).isTrue();
    // the new ward: its group, its focal point with the demo password, in its group and the units' group
    assertThat(groupsOf(newWard)).containsExactlyInAnyOrder("unit-" + newWard, AccessPolicy.UNITS);
    assertThat(engine.getIdentityService().checkPassword(newWard, "demo")).isTrue();
    assertThat(canUseTasklist(newWard)).isTrue();
    assertThat(engine.getIdentityService().createGroupQuery().groupId("unit-p-cukhoi").singleResult().getName())
        .isEqualTo("UBND phường Cự Khối (đổi tên)");
    // the plan's form lists the office's active units: the new ward, not the school left out
    assertThat(startFormUnits()).contains(newWard).doesNotContain("mn-hoasua");
    // the school left out is deactivated, not deleted; its focal point loses its groups
    assertThat(jdbc.queryForObject("SELECT active FROM unit WHERE code = 'mn-hoasua'", Boolean.class)).isFalse();
    assertThat(groupsOf("mn-hoasua")).isEmpty();
    assertThat(canUseTasklist("mn-hoasua")).isFalse();
    // the member left out is no longer on the council
    assertThat(groupsOf("hoidong2")).isEmpty();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("hoi-dong").list())
        .extracting(u -> u.getId()).containsExactlyInAnyOrder("chutich", "hoidong1", "hoidong3");

    // and back: the same workbook as before restores them
    organisation.apply(Workbooks.demo("long-bien"));
    assertThat(groupsOf("mn-hoasua")).containsExactlyInAnyOrder("unit-mn-hoasua", AccessPolicy.UNITS);
    assertThat(groupsOf("hoidong2")).containsExactly("hoi-dong");
    assertThat(jdbc.queryForObject("SELECT active FROM unit WHERE code = ?", Boolean.class, newWard)).isFalse();
  }

  @Test
  @DisplayName("Biểu mẫu kế hoạch liệt kê đúng các đơn vị và khối đơn vị của cơ quan; không triển khai lại khi không đổi")
  void planFormsListTheOfficesUnits() throws Exception {
    assertThat(startFormUnits()).hasSize(23).contains("pb-vhtt", "dt-mttq", "mn-hoasua");
    String form = startForm();
    assertThat(form).contains("\"label\" : \"Phòng Văn hóa và Thông tin\"", "\"searchable\" : true",
        "UBND các phường, xã", "Các trường học công lập");
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    organisation.reconcile();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  String startForm() throws Exception {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(vn.tdkt.campaign.CampaignProcess.KEY).latestVersion().singleResult().getId();
    try (var in = engine.getFormService().getDeployedStartForm(definition)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  List<String> startFormUnits() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(startForm());
    List<String> codes = new java.util.ArrayList<>();
    for (var c : json.get("components")) {
      if ("assignment1Unit".equals(c.path("key").asText())) {
        c.get("values").forEach(v -> codes.add(v.get("value").asText()));
      }
    }
    return codes;
  }

  @Test
  @DisplayName("Tệp sai bị từ chối: không dòng, tài khoản hay quyền nào được ghi")
  void refusedWorkbookWritesNothing() {
    Map<String, Integer> before = counts();
    byte[] bad = Workbooks.edit(changed(), b -> {
      Sheet units = b.getSheet(UNITS);
      Workbooks.set(units, Workbooks.rowOf(units, "p-cukhoi"), "Thư điện tử đơn vị", "khong-phai-thu");
    });
    assertThatThrownBy(() -> organisation.apply(bad)).isInstanceOf(WorkbookRefused.class)
        .hasMessageContaining("Thư điện tử \"khong-phai-thu\" không hợp lệ");
    assertThat(counts()).isEqualTo(before);
    assertThat(engine.getIdentityService().createUserQuery().userId(newWard).count()).isZero();
  }

  @org.junit.jupiter.api.TestFactory
  @DisplayName("Mỗi loại tệp sai (cùng với một phường mới): từ chối với lý do, không để lại dòng, tài khoản hay quyền nào")
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyBadWorkbookWritesNothing() {
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put("Mã đơn vị \"p-bode\" bị trùng", Workbooks.edit(changed(), b -> Workbooks.set(b.getSheet(UNITS),
        Workbooks.rowOf(b.getSheet(UNITS), "p-cukhoi"), "Mã đơn vị", "p-bode")));
    bad.put("Thư điện tử \"bode-longbien.example\" không hợp lệ", Workbooks.edit(changed(), b -> Workbooks.set(
        b.getSheet(UNITS), Workbooks.rowOf(b.getSheet(UNITS), "p-bode"), "Thư điện tử đơn vị", "bode-longbien.example")));
    bad.put("Không rõ \"Hợp tác xã\"", Workbooks.edit(changed(), b -> Workbooks.set(b.getSheet(UNITS),
        Workbooks.rowOf(b.getSheet(UNITS), "th-ngocthuy"), "Loại đơn vị", "Hợp tác xã")));
    bad.put("Đơn vị p-saidong chưa có tài khoản đầu mối", Workbooks.edit(changed(), b -> Workbooks.set(
        b.getSheet(UNITS), Workbooks.rowOf(b.getSheet(UNITS), "p-saidong"), "Tài khoản đầu mối", "")));
    bad.put("Đơn vị \"dt-khong-co\" không có trong trang", Workbooks.edit(changed(), b -> Workbooks.set(
        b.getSheet(OFFICIALS), Workbooks.rowOf(b.getSheet(OFFICIALS), "hoidong3"),
        "Đơn vị của thành viên Hội đồng (mã)", "dt-khong-co")));
    bad.put("vượt quá giới hạn 5.000 dòng", Workbooks.edit(changed(), b -> {
      Sheet units = b.getSheet(UNITS);
      for (int i = units.getLastRowNum() + 1; i < 10_002; i++) {
        units.createRow(i).createCell(0).setCellValue("u-" + i);
      }
    }));
    bad.put("\"Thời hạn thẩm định hồ sơ (ngày làm việc)\": \"25\" không hợp lệ; ghi một số từ 1 đến 20",
        Workbooks.edit(changed(), b -> Workbooks.office(b, APPRAISAL, "25")));
    bad.put("\"nhiều\" không phải tỷ lệ", Workbooks.edit(changed(), b -> Workbooks.office(b, VOTE_SHARE, "nhiều")));
    bad.put("\"20\" không hợp lệ; ghi một số từ 1 đến 15",
        Workbooks.edit(changed(), b -> Workbooks.office(b, QUOTA, "20")));
    bad.put("\"100001\" không hợp lệ; ghi một số từ 1 đến",
        Workbooks.edit(changed(), b -> Workbooks.office(b, ND98_ROUNDING, "100001")));
    bad.put("\"-1\" không hợp lệ; ghi một số lớn hơn 0",
        Workbooks.edit(changed(), b -> Workbooks.office(b, FAMILY_CASH, "-1")));
    bad.put("không phải là bảng tính Excel", "PK\u0003\u0004 một tệp nén hỏng".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return bad.entrySet().stream().map(e -> org.junit.jupiter.api.DynamicTest.dynamicTest(e.getKey(), () -> {
      Map<String, Integer> before = counts();
      assertThatThrownBy(() -> organisation.apply(e.getValue())).isInstanceOf(WorkbookRefused.class)
          .hasMessageContaining(e.getKey());
      assertThat(counts()).isEqualTo(before);
      assertThat(engine.getIdentityService().createUserQuery().userId(newWard).count()).isZero();
    }));
  }

  @Test
  @DisplayName("Quy chế của cơ quan trong tệp: tỷ lệ biểu quyết, tỷ lệ khống chế, thời hạn thẩm định, tiền thưởng chưa có trong văn bản")
  void officeRules() {
    var ward = new vn.tdkt.rules.AwardRules.Context("LUAT_2022_HAI_CAP", vn.tdkt.rules.AwardRules.ApprovingLevel.COMMUNE);
    var old = new vn.tdkt.rules.AwardRules.Context("LUAT_2003", vn.tdkt.rules.AwardRules.ApprovingLevel.DISTRICT);
    assertThat(rules.threshold(vn.tdkt.rules.AwardType.LDTT, ward).text()).isEqualTo("quá 50%");
    // Nghị định 98/2023's Bằng khen, text not found: the rows' fallback until the office states its own
    java.time.LocalDate in2025 = java.time.LocalDate.of(2025, 3, 10);
    assertThat(rules.cashAmount(vn.tdkt.rules.AwardType.BANG_KHEN_TP, vn.tdkt.rules.NomineeKind.CA_NHAN,
        ward, in2025)).contains(2_340_000L);
    assertThat(rules.cashAmount(vn.tdkt.rules.AwardType.BANG_KHEN_TP, vn.tdkt.rules.NomineeKind.TAP_THE,
        ward, in2025)).contains(4_680_000L);
    OrganisationImport.Result result = organisation.apply(Workbooks.edit(Workbooks.demo("long-bien"), b -> {
      Workbooks.office(b, VOTE_SHARE, "từ 60%");
      Workbooks.office(b, EMULATION_SHARE, "90");
      Workbooks.office(b, QUOTA, "10");
      Workbooks.office(b, APPRAISAL, "15");
      Workbooks.office(b, HOUSEHOLD, "1,5");
      Workbooks.office(b, FAMILY_CASH, "0,2");
      Workbooks.office(b, ND98_BK, "1,25");
      Workbooks.office(b, ND98_COLLECTIVE, "2,5");
      Workbooks.office(b, ND98_ROUNDING, "1000");
    }));
    assertThat(result.office()).isEqualTo("CHANGED");
    assertThat(rules.threshold(vn.tdkt.rules.AwardType.LDTT, ward).text()).isEqualTo("từ 60%");
    assertThat(rules.threshold(vn.tdkt.rules.AwardType.CSTDCS, ward).text()).isEqualTo("từ 90%");
    assertThat(rules.threshold(vn.tdkt.rules.AwardType.CSTDCS, ward).passes(8, 9)).isFalse();
    assertThat(rules.quota(vn.tdkt.rules.AwardType.CSTDCS, old)).get()
        .extracting(vn.tdkt.rules.AwardRules.Quota::percent).isEqualTo(10);
    // 0.2 × 2,340,000 = 468,000 → 470,000; a household in 2023: 1.5 × 0.3 × 1,490,000 = 670,500 → 680,000
    assertThat(rules.cashAmount(vn.tdkt.rules.AwardType.GIA_DINH_VAN_HOA, vn.tdkt.rules.NomineeKind.HO_GIA_DINH,
        ward, java.time.LocalDate.of(2026, 11, 20))).contains(470_000L);
    assertThat(rules.cashAmount(vn.tdkt.rules.AwardType.GIAY_KHEN, vn.tdkt.rules.NomineeKind.HO_GIA_DINH,
        old, java.time.LocalDate.of(2023, 6, 9))).contains(680_000L);

    // 1.25 × 2,340,000 = 2,925,000 (to the thousand); a collective 2.5 × 2,925,000 = 7,312,500 → 7,313,000
    assertThat(rules.cashAmount(vn.tdkt.rules.AwardType.BANG_KHEN_TP, vn.tdkt.rules.NomineeKind.CA_NHAN,
        ward, in2025)).contains(2_925_000L);
    assertThat(rules.cashAmount(vn.tdkt.rules.AwardType.BANG_KHEN_TP, vn.tdkt.rules.NomineeKind.TAP_THE,
        ward, in2025)).contains(7_313_000L);
    // the rounding step is Nghị định 98/2023's only: a 2026 award still rounds to tens of thousands
    assertThat(rules.cashAmount(vn.tdkt.rules.AwardType.LDTT, vn.tdkt.rules.NomineeKind.CA_NHAN,
        ward, java.time.LocalDate.of(2026, 11, 20))).contains(710_000L);

    // the appraisal of a dossier is due in the office's 15 working days
    String code = vn.tdkt.support.Driver.newCode();
    steps.launch(code, java.util.List.of("TRUONG_HOC"), java.util.List.of());
    steps.registerAndReport("mn-hoasua", code);
    steps.nominate("mn-hoasua", code, "CA_NHAN", "Đoàn Thị Thẩm", "LDTT", false);
    var task = driver.task("noivu", code, vn.tdkt.nomination.NominationProcess.Element.APPRAISE);
    assertThat(deadlines.dateOf(task.getDueDate())).isEqualTo(deadlines.plusWorkingDays(deadlines.today(), 15));

    // the export writes the rules back, as read
    byte[] exported = organisation.export();
    assertThat(organisation.preview(exported).office()).isEqualTo("UNCHANGED");
  }

  @Test
  @DisplayName("Hai đơn vị đổi đầu mối cho nhau trong một lần nhập: mỗi đầu mối sang nhóm của đơn vị mới")
  void focalPointsSwapped() {
    organisation.apply(Workbooks.edit(Workbooks.demo("long-bien"), b -> {
      Sheet units = b.getSheet(UNITS);
      Workbooks.set(units, Workbooks.rowOf(units, "p-bode"), "Tài khoản đầu mối", "p-cukhoi");
      Workbooks.set(units, Workbooks.rowOf(units, "p-cukhoi"), "Tài khoản đầu mối", "p-bode");
    }));
    assertThat(groupsOf("p-bode")).containsExactlyInAnyOrder("unit-p-cukhoi", AccessPolicy.UNITS);
    assertThat(groupsOf("p-cukhoi")).containsExactlyInAnyOrder("unit-p-bode", AccessPolicy.UNITS);
  }

  @Test
  @DisplayName("Tệp của cơ quan khác: thêm một cơ quan nữa; đơn vị hay tài khoản của cơ quan khác thì bị từ chối")
  void otherOffice() {
    OrganisationImport.Result kienAn = organisation.preview(Workbooks.demo("kien-an"));
    assertThat(kienAn.office()).isEqualTo("ADDED");
    assertThat(kienAn.units().added()).extracting(OrganisationImport.Change::code).contains("ka-p-bacson");
    assertThat(kienAn.units().deactivated()).isEmpty();
    // a unit code and a focal account that Long Biên's units already have
    byte[] taken = Workbooks.edit(Workbooks.demo("kien-an"), b -> {
      Sheet units = b.getSheet(UNITS);
      Workbooks.set(units, Workbooks.rowOf(units, "ka-p-vandau"), "Mã đơn vị", "p-bode");
      Workbooks.set(units, Workbooks.rowOf(units, "ka-p-donghoa"), "Tài khoản đầu mối", "p-cukhoi");
    });
    assertThatThrownBy(() -> organisation.preview(taken))
        .isInstanceOf(WorkbookRefused.class)
        .hasMessageContaining("Mã đơn vị p-bode đã là của UBND quận Long Biên")
        .hasMessageContaining("p-cukhoi");
  }

  @Test
  @DisplayName("Một tệp cho Thành phố và các phường: Thành phố trước, phường nêu Thành phố trong cùng tệp làm cơ quan cấp trên; mã trùng giữa hai cơ quan bị từ chối")
  void oneWorkbookForACityAndItsWards() {
    OrganisationWorkbook book = new OrganisationWorkbook(Workbooks.messages());
    Organisation kienAn = book.read(Workbooks.demo("kien-an"));
    Office city = new Office("tp-mot-tep", "UBND thành phố Một Tệp", OfficeLevel.CITY, "UBND THÀNH PHỐ MỘT TỆP",
        "Một Tệp", "UBND thành phố Một Tệp", "tdkt@mottep.example", null, null);
    Unit department = new Unit("tp-mot-tep-so", "Sở Nội vụ", vn.tdkt.unit.UnitKind.PHONG_BAN,
        "so@mottep.example", "tp-mot-tep-so", "Đầu mối Sở", "so@mottep.example", city.code(), null, true);
    List<Official> staff = List.of(
        new Official("tp-mot-tep-noivu", city.code(), "Nội vụ Thành phố", "Chuyên viên",
            "noivu@mottep.example", OfficialRole.NOI_VU, false, null, true),
        new Official("tp-mot-tep-chutich", city.code(), "Chủ tịch Thành phố", "Chủ tịch UBND",
            "chutich@mottep.example", OfficialRole.CHU_TICH, true, null, true));
    Organisation ward = new Organisation(new Office(kienAn.office().code(), kienAn.office().name(),
        OfficeLevel.COMMUNE, kienAn.office().issuer(), kienAn.office().place(), kienAn.office().senderName(),
        kienAn.office().senderEmail(), kienAn.office().rules(), city.code()),
        kienAn.clusters(), kienAn.units(), kienAn.officials());
    // the ward's sheets first: the city, named in the same workbook, is still planned before it
    OrganisationImport.Result result = organisation.preview(book.writeAll(List.of(ward,
        new Organisation(city, List.of(), List.of(department), staff))));
    assertThat(result.all()).extracting(OrganisationImport.Result::officeCode)
        .containsExactly("tp-mot-tep", kienAn.office().code());
    assertThat(result.all()).extracting(OrganisationImport.Result::office).containsOnly("ADDED");
    assertThat(result.otherOffices().get(0).units().added()).hasSize(kienAn.units().size());
    // a unit code in two offices of the workbook
    Unit twice = new Unit(kienAn.units().get(0).code(), "Trùng mã", vn.tdkt.unit.UnitKind.PHONG_BAN,
        "trung@mottep.example", "tp-mot-tep-trung", "Đầu mối", "trung@mottep.example", city.code(), null, true);
    assertThatThrownBy(() -> organisation.preview(book.writeAll(List.of(ward,
            new Organisation(city, List.of(), List.of(department, twice), staff)))))
        .isInstanceOf(WorkbookRefused.class)
        .hasMessageContaining("Mã đơn vị " + twice.code() + " đã là của " + kienAn.office().name());
    assertThatThrownBy(() -> organisation.preview(book.writeAll(List.of(ward, ward))))
        .isInstanceOf(WorkbookRefused.class).hasMessageContaining("có hai lần trong tệp");
  }

  @Test
  @DisplayName("Cơ quan cấp trên phải là thành phố, tỉnh đã có trong hệ thống: nếu không, tệp bị từ chối")
  void parentOfficeMustExist() {
    String parent = "Cơ quan cấp trên (mã)";
    assertThatThrownBy(() -> organisation.preview(Workbooks.edit(Workbooks.demo("kien-an"),
            b -> Workbooks.office(b, parent, "ha-noi"))))
        .isInstanceOf(WorkbookRefused.class)
        .hasMessageContaining("Cơ quan cấp trên ha-noi chưa có trong hệ thống");
    // Long Biên is a district, not a city: it cannot be the office above
    assertThatThrownBy(() -> organisation.preview(Workbooks.edit(Workbooks.demo("kien-an"),
            b -> Workbooks.office(b, parent, "long-bien"))))
        .isInstanceOf(WorkbookRefused.class)
        .hasMessageContaining("không phải cơ quan cấp tỉnh, thành phố");
  }

  @Test
  @DisplayName("Bộ đối chiếu sửa thiết lập dở dang: quyền bị xóa tay được cấp lại, quyền thêm tay bị thu hồi, bộ lọc bị xóa được tạo lại")
  void reconcilerRepairs() {
    var authorizations = engine.getAuthorizationService();
    Authorization tasklist = authorizations.createAuthorizationQuery().groupIdIn("noi-vu")
        .resourceType(Resources.APPLICATION).singleResult();
    authorizations.deleteAuthorization(tasklist.getId());
    Authorization rogue = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    rogue.setGroupId("unit-p-bode");
    rogue.setResource(Resources.PROCESS_DEFINITION);
    rogue.setResourceId("campaignProcess");
    rogue.addPermission(Permissions.READ_INSTANCE);
    authorizations.saveAuthorization(rogue);
    Filter ballot = engine.getFilterService().createTaskFilterQuery().filterName("Phiếu biểu quyết").singleResult();
    engine.getFilterService().deleteFilter(ballot.getId());
    engine.getIdentityService().deleteMembership("hoidong1", "hoi-dong");

    assertThat(organisation.reconcile()).isPositive();

    assertThat(canUseTasklist("noivu")).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("unit-p-bode")
        .resourceType(Resources.PROCESS_DEFINITION).count()).isZero();
    Filter recreated = engine.getFilterService().createTaskFilterQuery().filterName("Phiếu biểu quyết").singleResult();
    assertThat(recreated).isNotNull();
    assertThat(authorizations.isUserAuthorized("hoidong1", List.of("hoi-dong"), Permissions.READ, Resources.FILTER,
        recreated.getId())).isTrue();
    assertThat(groupsOf("hoidong1")).containsExactly("hoi-dong");
    assertThat(organisation.reconcile()).isZero();
  }

  @Test
  @DisplayName("API tệp tổ chức: quản trị tải về và tải lên; người khác bị từ chối; tệp sai trả 400 với lý do từng dòng")
  void workbookApi() {
    ResponseEntity<byte[]> export = rest.withBasicAuth("admin", "demo").getForEntity("/api/office/workbook", byte[].class);
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("to-chuc-long-bien.xlsx");
    assertThat(organisation.preview(export.getBody()).unchanged()).isTrue();
    assertThat(rest.withBasicAuth("noivu", "demo").getForEntity("/api/office/workbook", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> preview = upload("admin", "/api/office/workbook/preview", changed());
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody()).contains("\"applied\":false", newWard, "mn-hoasua");
    assertThat(upload("p-bode", "/api/office/workbook", changed()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> refused = upload("admin", "/api/office/workbook", "không phải Excel".getBytes());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Tệp tổ chức chưa được nhập", "không phải là bảng tính Excel");
    ResponseEntity<String> duplicate = upload("admin", "/api/office/workbook", Workbooks.edit(Workbooks.demo("long-bien"),
        b -> Workbooks.set(b.getSheet(UNITS), Workbooks.rowOf(b.getSheet(UNITS), "p-cukhoi"), "Mã đơn vị", "p-bode")));
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(duplicate.getBody()).contains("\"sheet\":\"Đơn vị\"", "\"row\":4", "Mã đơn vị \\\"p-bode\\\" bị trùng");

    ResponseEntity<String> imported = upload("admin", "/api/office/workbook", changed());
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).contains("\"applied\":true");
    assertThat(rest.withBasicAuth(newWard, "demo").getForEntity("/api/office", String.class).getBody())
        .contains("UBND quận Long Biên", "\"levelLabel\":\"Quận, huyện (trước 1/7/2025)\"");
  }

  @Test
  @DisplayName("Trang Thiết lập cơ quan: chỉ quản trị mở được")
  void adminPage() {
    ResponseEntity<String> page = rest.withBasicAuth("admin", "demo").getForEntity("/quan-tri/to-chuc", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Thiết lập cơ quan", "UBND QUẬN LONG BIÊN", "Xem trước thay đổi", "hoidong3")
        .contains("Quy chế của Hội đồng", "quá 50%", "từ 80%", "10 ngày làm việc", "/quan-tri/lich-nghi");
    assertThat(rest.withBasicAuth("noivu", "demo").getForEntity("/quan-tri/to-chuc", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  ResponseEntity<String> upload(String user, String url, byte[] file) {
    return rest.withBasicAuth(user, "demo").postForEntity(url, Workbooks.upload(file), String.class);
  }

  List<String> groupsOf(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  boolean canUseTasklist(String user) {
    return engine.getAuthorizationService().isUserAuthorized(user, groupsOf(user), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist");
  }

  Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : List.of("office", "unit", "official", "unit_cluster", "ACT_ID_USER", "ACT_ID_GROUP",
        "ACT_ID_MEMBERSHIP", "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER", "ACT_RE_DEPLOYMENT")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
    }
    counts.put("active units", jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE active", Integer.class));
    return counts;
  }
}
