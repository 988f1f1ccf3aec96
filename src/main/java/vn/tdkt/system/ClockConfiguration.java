package vn.tdkt.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link EngineClock} to every class that needs the time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  @Bean
  public Clock clock(TdktProperties properties) {
    return new EngineClock(ZoneId.of(properties.zone()));
  }
}
