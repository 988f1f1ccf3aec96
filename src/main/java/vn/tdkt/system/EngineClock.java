package vn.tdkt.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the engine's. Timers, due dates and every time the application
 * writes (a session opened, a dossier submitted, a mail sent) read the same time, so a replay or a
 * test that sets the engine's clock to 2023 gets a council session dated 2023.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
