package vn.tdkt.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tdkt.Application;

/**
 * Application nodes started as a server would start them, on one embedded PostgreSQL and one SMTP
 * server (GreenMail) that outlive them: for restarts and clusters.
 */
public final class Nodes implements AutoCloseable {

  public final EmbeddedPostgres postgres;
  public final GreenMail smtp;

  public Nodes() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  /** A node; command-line arguments take precedence over application.yaml, as on a server. */
  public ConfigurableApplicationContext start(boolean jobExecutor) {
    return new SpringApplicationBuilder(Application.class)
        .run(
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--server.port=0",
            "--spring.jmx.enabled=false",
            "--tdkt.mail.capture.enabled=false",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            // small batches, so that a fan-out has several jobs to share out and to stop between
            "--tdkt.mail.batch-size=5",
            "--camunda.bpm.job-execution.enabled=" + jobExecutor,
            "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--camunda.bpm.job-execution.max-wait=500",
            "--tdkt.demo.enabled=true");
  }

  /** Runs the action logged in as the user, with the user's groups, on that node's engine. */
  public static void as(ProcessEngine engine, String user, Runnable action) {
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .toList();
    // as the REST API and the webapps authenticate: with the user's groups and office (tenant)
    List<String> tenants =
        engine.getIdentityService().createTenantQuery().userMember(user).includingGroupsOfUser(true)
            .list().stream().map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups, tenants);
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Override
  public void close() throws IOException {
    smtp.stop();
    postgres.close();
  }
}
