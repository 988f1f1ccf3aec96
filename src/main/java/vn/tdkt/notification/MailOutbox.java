package vn.tdkt.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.system.TdktProperties;

/**
 * The mails of a fan-out (one per unit). The step that decides them queues one row per unit and one
 * job per batch in its own transaction, so nothing is sent before that save point and nothing queued
 * is lost. The batch jobs are not exclusive: they run in parallel on every job executor thread (and
 * node), each sending its batch over one SMTP connection. A mail counts as sent when its row in
 * {@code sent_mail} exists, written in its own transaction right after the server accepted it; a
 * retried, restarted or repeated batch sends only the mails still without one. A batch with a mail
 * that could not be sent fails as a whole, is retried on the cycle {@code tdkt.mail.retry-cycle} and,
 * when its retries run out, becomes an incident in Cockpit at the step that queued it.
 */
@Service
public class MailOutbox {

  /** The engine's job type of a batch; its configuration is the batch's id. */
  public static final String JOB_TYPE = "tdkt-mail-batch";

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  private final JdbcTemplate jdbc;
  private final NotificationService notifications;
  private final CampaignRepository campaigns;
  private final TdktProperties properties;
  private final java.time.Clock clock;

  public MailOutbox(JdbcTemplate jdbc, NotificationService notifications, CampaignRepository campaigns,
      TdktProperties properties, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.campaigns = campaigns;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Queues one mail of {@code template} per unit, for the campaign of the step, in the step's
   * transaction, and one batch job per {@code tdkt.mail.batch-size} units. Returns the batches.
   */
  public List<String> queue(DelegateExecution execution, String template, long campaignId,
      Collection<String> unitCodes) {
    if (!NotificationService.TEMPLATES.contains(template)) {
      throw new IllegalArgumentException("Unknown mail template " + template);
    }
    List<String> units = new ArrayList<>(new java.util.LinkedHashSet<>(unitCodes));
    int size = properties.mail().batchSize();
    Timestamp now = Timestamp.from(clock.instant());
    List<String> batches = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int from = 0; from < units.size(); from += size) {
      String batch = UUID.randomUUID().toString();
      batches.add(batch);
      for (String unit : units.subList(from, Math.min(units.size(), from + size))) {
        rows.add(new Object[] {batch, template, campaignId, unit, now});
      }
    }
    if (rows.isEmpty()) {
      return batches;
    }
    jdbc.batchUpdate(
        "INSERT INTO mail_outbox (batch_id, template, campaign_id, unit_code, queued_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
    ExecutionEntity step = (ExecutionEntity) execution;
    CommandContext command = Context.getCommandContext();
    String jobDefinition = command.getJobDefinitionManager()
        .findByProcessDefinitionId(step.getProcessDefinitionId()).stream()
        .filter(d -> step.getActivityId().equals(d.getActivityId()))
        .map(JobDefinitionEntity::getId)
        .findFirst()
        .orElse(null);
    for (String batch : batches) {
      MessageEntity job = new MessageEntity();
      job.setJobHandlerType(JOB_TYPE);
      job.setJobHandlerConfigurationRaw(batch);
      job.setExclusive(false);
      // the instance that queued it: Cockpit shows the batch and its incident there, and a cancelled
      // instance takes its unsent mails with it
      job.setExecution(step.getProcessInstance());
      job.setProcessDefinitionId(step.getProcessDefinitionId());
      job.setProcessDefinitionKey(step.getProcessDefinition().getKey());
      job.setDeploymentId(step.getProcessDefinition().getDeploymentId());
      job.setTenantId(step.getTenantId());
      job.setJobDefinitionId(jobDefinition);
      command.getJobManager().send(job);
    }
    LOG.info("Mail {} queued for {} units in {} batches", template, units.size(), batches.size());
    return batches;
  }

  /** Sends the mails of one batch not sent yet; throws, naming each unit, when any could not be sent. */
  void deliver(String batch, String processInstanceId) {
    List<Queued> pending = jdbc.query(
        "SELECT o.id, o.template, o.campaign_id, o.unit_code, o.nomination_id FROM mail_outbox o"
            + " WHERE o.batch_id = ? AND NOT EXISTS (SELECT 1 FROM sent_mail s WHERE s.outbox_id = o.id)"
            + " ORDER BY o.id",
        (rs, i) -> new Queued(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
            (Long) rs.getObject(5, Long.class)),
        batch);
    if (pending.isEmpty()) {
      return;
    }
    Campaign campaign = campaigns.get(pending.get(0).campaignId());
    String previousCode = MDC.get("campaignCode");
    String previousInstance = MDC.get("processInstanceId");
    MDC.put("campaignCode", campaign.code());
    if (processInstanceId != null) {
      MDC.put("processInstanceId", processInstanceId);
    }
    List<String> failures = new ArrayList<>();
    try (MailConnection connection = notifications.connect()) {
      for (Queued mail : pending) {
        Campaign of = mail.campaignId() == campaign.id() ? campaign : campaigns.get(mail.campaignId());
        try {
          notifications.sendQueued(connection, mail.id(), mail.template(), of, mail.unitCode(),
              mail.nominationId());
        } catch (RuntimeException e) {
          LOG.warn("Mail {} to unit {} not sent: {}", mail.template(), mail.unitCode(), e.getMessage());
          failures.add(mail.unitCode() + ": " + e.getMessage());
        }
      }
    } finally {
      restore("campaignCode", previousCode);
      restore("processInstanceId", previousInstance);
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException(failures.size() + " of " + pending.size()
          + " mails of batch " + batch + " not sent, to be retried: " + String.join("; ", failures));
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }

  record Queued(long id, String template, long campaignId, String unitCode, Long nominationId) {}
}
