package vn.tdkt.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The real application on an in-memory H2 database with the job executor off (jobs and timers are
 * fired by the test), the embedded SMTP server (GreenMail) receiving mail, and the demo users.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:tdkt-process;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "tdkt.mail.capture.enabled=true",
      "tdkt.mail.capture.port=0",
      "tdkt.demo.enabled=true"
    })
@Import({Driver.class, Steps.class})
public abstract class ProcessTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected Driver driver;
  @Autowired protected GreenMail mail;
  @Autowired protected Steps steps;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }
}
