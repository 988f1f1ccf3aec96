package vn.tdkt.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The delegates and listeners a model names, replaced by recorders: each call is written to the log
 * in order ({@code saveReportDelegate}, or {@code sendMailDelegate:launch} with the mail's template),
 * then does what the test gave it, if anything.
 */
public final class Calls {

  /** What a recorded delegate does after it is logged. */
  @FunctionalInterface
  public interface Then {
    void accept(DelegateExecution execution) throws Exception;
  }

  private final List<String> log = new ArrayList<>();

  public Calls delegates(String... beans) {
    for (String bean : beans) {
      delegate(bean, execution -> {});
    }
    return this;
  }

  public Calls delegate(String bean, Then then) {
    Mocks.register(
        bean,
        (JavaDelegate)
            execution -> {
              Object template = execution.getVariableLocal("mailTemplate");
              log.add(template == null ? bean : bean + ":" + template);
              then.accept(execution);
            });
    return this;
  }

  public Calls taskListeners(String... beans) {
    for (String bean : beans) {
      Mocks.register(bean, (TaskListener) task -> log.add(bean + ":" + task.getEventName()));
    }
    return this;
  }

  /** Registers any other bean the model's expressions name ({@code deadlines}, {@code units}). */
  public Calls bean(String name, Object bean) {
    Mocks.register(name, bean);
    return this;
  }

  /** The calls so far, in order. */
  public List<String> log() {
    return List.copyOf(log);
  }

  /** The calls so far, the listeners' left out. */
  public List<String> delegateLog() {
    return log.stream().filter(c -> !c.contains("Listener")).toList();
  }

  public void clear() {
    log.clear();
  }
}
