package vn.tdkt.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The real application on a real PostgreSQL (embedded) with the job executor off (jobs and timers
 * are fired by the test), the embedded SMTP server (GreenMail) receiving mail, and the demo users.
 * All process tests share this one context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "tdkt.mail.capture.enabled=true",
      "tdkt.mail.capture.port=0",
      // a fan-out to the demo's units is then several batch jobs
      "tdkt.mail.batch-size=5",
      "tdkt.demo.enabled=true"
    })
@Import({Driver.class, Steps.class, EmbeddedDatabase.class})
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
