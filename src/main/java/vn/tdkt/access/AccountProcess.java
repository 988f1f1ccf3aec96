package vn.tdkt.access;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The account notice: a new account's initial password, or a reset one, set and sent to its owner by
 * one retried job (an incident in Cockpit when the mail cannot be sent). The password is made by the
 * job itself and lives in no variable. The only code that starts this process.
 */
@Component
public class AccountProcess {

  public static final String KEY = "accountNoticeProcess";

  /** Element ids, as in {@code processes/account-notice-process.bpmn}. */
  public static final class Element {
    public static final String START = "StartEvent_TaiKhoanCanThongBao";
    public static final String SEND = "Task_GuiMatKhau";
    public static final String END = "EndEvent_DaGuiMatKhau";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String USER_ID = "userId";
    public static final String REASON = "accountReason";

    private Var() {}
  }

  /** Why the account is told. */
  public enum Reason {
    NEW,
    RESET
  }

  private final RuntimeService runtime;

  public AccountProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public ProcessInstance start(String userId, Reason reason) {
    return runtime.startProcessInstanceByKey(
        KEY,
        userId,
        Variables.createVariables().putValue(Var.USER_ID, userId).putValue(Var.REASON, reason.name()));
  }
}
