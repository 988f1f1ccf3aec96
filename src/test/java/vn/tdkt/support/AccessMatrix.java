package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DynamicTest;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess;
import vn.tdkt.participation.ParticipationProcess;
import org.camunda.bpm.engine.ProcessEngine;
import vn.tdkt.council.CouncilProcess;

/**
 * Who may do what: every role against applications, processes, instances, tasks and history, as the
 * system grants it from the organisation. Run on every profile.
 */
public final class AccessMatrix {

  private final ProcessEngine engine;
  private final Driver driver;
  private final Steps steps;

  public AccessMatrix(ProcessEngine engine, Driver driver, Steps steps) {
    this.engine = engine;
    this.driver = driver;
    this.steps = steps;
  }

  static final List<String> ROLES = List.of("admin", "noivu", "chutich", "hoidong1", "p-bode", "p-cukhoi");

  record Check(String what, Permission permission, Resource resource, String resourceId, List<String> allowed) {}

  boolean allowed(String user, Check c) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    return engine.getAuthorizationService().isUserAuthorized(user, groups, c.permission(), c.resource(), c.resourceId());
  }

  /** One test per check: each role allowed exactly what the matrix says. */
  public Stream<DynamicTest> tests() {
    String code = Driver.newCode();
    steps.atCouncil(code, "Người được xét");
    ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(code).singleResult();
    String other = Driver.newCode();
    steps.launch(other, List.of("PHUONG"), List.of());
    String bodeRegister = driver.task("p-bode", other, ParticipationProcess.Element.REGISTER).getId();
    String ballot = driver.task("hoidong1", code, CouncilProcess.Element.CAST_BALLOT).getId();
    steps.registerAndReport("p-cukhoi", other);
    steps.nominate("p-cukhoi", other, "CA_NHAN", "Hồ sơ chờ thẩm định", "LDTT", false);
    String appraisal = steps.appraisalOf(other, "Hồ sơ chờ thẩm định").getId();
    String approvalCode = Driver.newCode();
    driver.draft(Driver.plan(approvalCode, List.of("PHUONG"), List.of()));
    String approval = driver.task("chutich", approvalCode, CampaignProcess.Element.APPROVE_PLAN).getId();

    List<String> admin = List.of("admin");
    List<Check> checks = new ArrayList<>(List.of(
        new Check("vào Tasklist", Permissions.ACCESS, Resources.APPLICATION, "tasklist", ROLES),
        new Check("vào Cockpit", Permissions.ACCESS, Resources.APPLICATION, "cockpit", admin),
        new Check("vào Admin", Permissions.ACCESS, Resources.APPLICATION, "admin", admin),
        new Check("khởi tạo phong trào", ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, CampaignProcess.KEY, List.of("admin", "noivu")),
        new Check("khởi tạo quy trình đơn vị", ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, ParticipationProcess.KEY, admin),
        new Check("gửi mật khẩu tài khoản", ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, vn.tdkt.access.AccountProcess.KEY, admin),
        new Check("xem thư tài khoản", ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, vn.tdkt.access.AccountProcess.KEY, admin),
        new Check("khởi tạo hồ sơ", ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, NominationProcess.KEY, admin),
        new Check("xem các phong trào", ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, CampaignProcess.KEY, List.of("admin", "noivu")),
        new Check("xem lịch sử phong trào", ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, CampaignProcess.KEY, List.of("admin", "noivu")),
        new Check("xem các phiên họp Hội đồng", ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, vn.tdkt.council.CouncilProcess.KEY, List.of("admin", "noivu")),
        new Check("xem quy trình của các đơn vị", ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, ParticipationProcess.KEY, List.of("admin", "noivu")),
        new Check("khởi tạo năm thi đua của đơn vị", ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, vn.tdkt.annual.YearProcess.KEY, admin),
        new Check("xem năm thi đua của các đơn vị", ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, vn.tdkt.annual.YearProcess.KEY, List.of("admin", "noivu")),
        new Check("xem lịch sử hồ sơ", ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, NominationProcess.KEY, List.of("admin", "noivu")),
        new Check("xem việc của đơn vị khác", ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, ParticipationProcess.KEY, admin),
        new Check("xem phiên bản phong trào", Permissions.READ, Resources.PROCESS_INSTANCE, campaign.getId(), admin),
        new Check("sửa dữ liệu phong trào", Permissions.UPDATE, Resources.PROCESS_INSTANCE, campaign.getId(), admin),
        new Check("xem việc đăng ký của Bồ Đề", Permissions.READ, Resources.TASK, bodeRegister, List.of("admin", "p-bode")),
        new Check("làm việc đăng ký của Bồ Đề", Permissions.UPDATE, Resources.TASK, bodeRegister, List.of("admin", "p-bode")),
        // Nội vụ records the written votes of absent members
        new Check("xem phiếu của hoidong1", Permissions.READ, Resources.TASK, ballot, List.of("admin", "hoidong1", "noivu")),
        new Check("bỏ phiếu của hoidong1", Permissions.UPDATE, Resources.TASK, ballot, List.of("admin", "hoidong1", "noivu")),
        new Check("xem việc thẩm định", Permissions.READ, Resources.TASK, appraisal, List.of("admin", "noivu")),
        new Check("thẩm định", Permissions.UPDATE, Resources.TASK, appraisal, List.of("admin", "noivu")),
        new Check("phê duyệt kế hoạch", Permissions.UPDATE, Resources.TASK, approval, List.of("admin", "chutich")),
        new Check("đọc biến của việc phê duyệt", Permissions.READ, Resources.TASK, approval, List.of("admin", "chutich")),
        new Check("quản lý người dùng", Permissions.CREATE, Resources.USER, "*", admin),
        new Check("quản lý nhóm", Permissions.UPDATE, Resources.GROUP, "noi-vu", admin),
        new Check("cấp quyền", Permissions.CREATE, Resources.AUTHORIZATION, "*", admin),
        new Check("triển khai quy trình", Permissions.CREATE, Resources.DEPLOYMENT, "*", admin)));

    List<DynamicTest> tests = new ArrayList<>();
    for (Check c : checks) {
      tests.add(DynamicTest.dynamicTest(c.what(), () -> {
        Map<String, Boolean> actual = new LinkedHashMap<>();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (String role : ROLES) {
          actual.put(role, allowed(role, c));
          expected.put(role, c.allowed().contains(role));
        }
        assertThat(actual).as(c.what()).isEqualTo(expected);
      }));
    }
    return tests.stream();
  }
}
