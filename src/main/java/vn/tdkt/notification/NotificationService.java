package vn.tdkt.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.campaign.Responsibilities;
import vn.tdkt.nomination.Nomination;
import vn.tdkt.nomination.NominationRepository;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Vars;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/**
 * E-mails to units, rendered from the Vietnamese templates in {@code templates/mail/} (user text is
 * escaped by the template engine), one recipient per message: a single mail in its own job, the mails
 * of a fan-out through {@link MailOutbox}.
 */
@Service
public class NotificationService {

  public static final Set<String> TEMPLATES =
      Set.of(
          "launch",
          "plan-cascaded",
          "registration-reminder",
          "report-reminder",
          "title-registration-reminder",
          "year-proposal-reminder",
          "not-eligible",
          "objection-withdrawn",
          "disclosure",
          "supplement-request",
          "award-result",
          "city-result");
  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final JavaMailSender mailSender;
  private final TemplateEngine templates;
  private final CampaignRepository campaigns;
  private final UnitDirectory units;
  private final Responsibilities responsibilities;
  private final NominationRepository nominations;
  private final vn.tdkt.nomination.NomineeRows nomineeRows;
  private final JdbcTemplate jdbc;
  private final vn.tdkt.reporting.DossierReport dossiers;
  private final Messages messages;
  private final OfficeDirectory offices;
  private final java.time.Clock clock;
  private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

  public NotificationService(
      JavaMailSender mailSender,
      TemplateEngine templates,
      CampaignRepository campaigns,
      UnitDirectory units,
      Responsibilities responsibilities,
      NominationRepository nominations,
      vn.tdkt.nomination.NomineeRows nomineeRows,
      JdbcTemplate jdbc,
      vn.tdkt.reporting.DossierReport dossiers,
      Messages messages,
      OfficeDirectory offices,
      java.time.Clock clock,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.mailSender = mailSender;
    this.templates = templates;
    this.campaigns = campaigns;
    this.units = units;
    this.responsibilities = responsibilities;
    this.nominations = nominations;
    this.nomineeRows = nomineeRows;
    this.jdbc = jdbc;
    this.dossiers = dossiers;
    this.messages = messages;
    this.offices = offices;
    this.clock = clock;
    this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(
        org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Renders and sends one e-mail; a failure propagates so the job retries and, in the end, raises an incident. */
  public void send(String template, long campaignId, String unitCode, Long nominationId) {
    Outgoing mail = compose(template, campaigns.get(campaignId), unitCode, nominationId);
    deliver(mail.campaign(), new String[] {mail.recipient()}, mail.subject(), mail.html());
    record(mail, null);
  }

  /**
   * Sends one queued mail of a fan-out over an open connection and records it as sent in its own
   * transaction at once, so that a batch that fails or stops later does not send it again.
   */
  void sendQueued(MailConnection connection, long outboxId, String template, Campaign campaign,
      String unitCode, Long nominationId) {
    Outgoing mail = compose(template, campaign, unitCode, nominationId);
    connection.send(message(campaign, new String[] {mail.recipient()}, mail.subject(), mail.html()));
    ownTransaction.executeWithoutResult(status -> record(mail, outboxId));
  }

  /** One SMTP connection for many messages (where the sender is the standard one), else one per message. */
  MailConnection connect() {
    return new MailConnection(mailSender, clock);
  }

  /** A mail ready to go: one unit's, rendered. */
  record Outgoing(Campaign campaign, String template, String unitCode, String recipient,
      String subject, String html) {}

  private Outgoing compose(String template, Campaign campaign, String unitCode, Long nominationId) {
    if (!TEMPLATES.contains(template)) {
      throw new IllegalArgumentException("Unknown mail template " + template);
    }
    long campaignId = campaign.id();
    Unit unit =
        units.find(unitCode).orElseThrow(() -> new IllegalStateException("No unit " + unitCode));
    Context context = campaignContext(campaign);
    context.setVariable("unit", unit);
    context.setVariable("responsibilities", responsibilities.descriptionsFor(campaignId, unitCode));
    if (nominationId != null) {
      Nomination n = nominations.get(nominationId);
      context.setVariable("nomination", n);
      context.setVariable("awardLabel", messages.get(n.awardType().labelKey()));
      context.setVariable(
          "supplementDue", nominations.supplementDue(nominationId).map(Vars::display).orElse(null));
    }
    if ("disclosure".equals(template)) {
      disclosure(context, campaignId);
    }
    boolean city = "city-result".equals(template);
    context.setVariable("city", city);
    if ("award-result".equals(template) || city) {
      context.setVariable("results", results(campaignId, unitCode, city));
    }
    String subject = messages.get("mail." + template + ".subject", campaign.code());
    String html = templates.process("mail/" + (city ? "award-result" : template), context);
    return new Outgoing(campaign, template, unitCode, unit.email(), subject, html);
  }

  private void record(Outgoing mail, Long outboxId) {
    jdbc.update(
        "INSERT INTO sent_mail (template, recipient, unit_code, campaign_id, subject, sent_at, outbox_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        mail.template(),
        mail.recipient(),
        mail.unitCode(),
        mail.campaign().id(),
        mail.subject(),
        Timestamp.from(clock.instant()),
        outboxId);
    LOG.info("Mail {} sent to {} for campaign {}", mail.template(), mail.recipient(), mail.campaign().code());
  }

  /**
   * Tells the Nội vụ officials of an office below (a city's ward) that the campaign's plan has come
   * down to them, one e-mail to all of them from the campaign's office; a failure propagates so the job
   * retries and, in the end, raises an incident.
   */
  public void sendToOffice(String template, long campaignId, String officeCode) {
    if (!TEMPLATES.contains(template)) {
      throw new IllegalArgumentException("Unknown mail template " + template);
    }
    Campaign campaign = campaigns.get(campaignId);
    vn.tdkt.office.Office office =
        offices.find(officeCode).orElseThrow(() -> new IllegalStateException("No office " + officeCode));
    List<String> to = offices.officials(officeCode).stream()
        .filter(o -> o.active() && o.role() == vn.tdkt.office.OfficialRole.NOI_VU)
        .map(vn.tdkt.office.Official::email)
        .toList();
    if (to.isEmpty()) {
      throw new IllegalStateException("No Nội vụ official to tell in office " + officeCode);
    }
    Context context = campaignContext(campaign);
    context.setVariable("office", office);
    String subject = messages.get("mail." + template + ".subject", campaign.code());
    deliver(campaign, to.toArray(String[]::new), subject, templates.process("mail/" + template, context));
    for (String recipient : to) {
      jdbc.update(
          "INSERT INTO sent_mail (template, recipient, unit_code, campaign_id, subject, sent_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          template, recipient, null, campaignId, subject, Timestamp.from(clock.instant()));
    }
    LOG.info("Mail {} sent to {} of {} for campaign {}", template, to, officeCode, campaign.code());
  }

  /** What every mail of a campaign shows: the campaign, its office, its period and deadlines. */
  private Context campaignContext(Campaign campaign) {
    Context context = new Context(Messages.VI);
    context.setVariable("campaign", campaign);
    context.setVariable(
        "officeName", offices.ofCampaign(campaign.officeCode()).map(o -> o.name()).orElse(""));
    context.setVariable("period", Vars.display(campaign.startDate()) + " – " + Vars.display(campaign.endDate()));
    context.setVariable("registrationDue", Vars.display(campaign.registrationDeadline()));
    context.setVariable("reportDue", Vars.display(campaign.reportDeadline()));
    context.setVariable("nominationDue", Vars.display(campaign.nominationDeadline()));
    return context;
  }

  /** Sends one message from the campaign's office. */
  private void deliver(Campaign campaign, String[] to, String subject, String html) {
    mailSender.send(message(campaign, to, subject, html));
  }

  private MimeMessage message(Campaign campaign, String[] to, String subject, String html) {
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(
          offices.ofCampaign(campaign.officeCode())
              .orElseThrow(() -> new IllegalStateException("No office to send from"))
              .from());
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(html, true);
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not build mail to " + String.join(", ", to), e);
    }
  }

  /** The published list: every dossier appraised eligible, the period and where it is posted. */
  private void disclosure(Context context, long campaignId) {
    vn.tdkt.campaign.CampaignRepository.Disclosure c = campaigns.disclosure(campaignId);
    context.setVariable("disclosureEnd", c.end() == null ? null : Vars.display(c.end()));
    context.setVariable("disclosureChannel", c.channel());
    List<Map<String, Object>> rows =
        nominations.ofCampaign(campaignId, List.of(vn.tdkt.nomination.NominationStatus.DA_DUYET))
            .stream()
            .map(nomineeRows::row)
            .toList();
    context.setVariable("disclosed", rows);
  }

  /** The unit's dossiers before the council (or only those proposed to the city) and their outcome. */
  private List<Map<String, Object>> results(long campaignId, String unitCode, boolean cityOnly) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (vn.tdkt.reporting.NomineeOutcome r : dossiers.outcomes(campaignId, unitCode, cityOnly)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", r.nomineeName());
      row.put("award", messages.get("award." + r.awardType()));
      row.put("status", messages.get("status." + r.status()));
      row.put("votes", r.votesAgree() + "/" + r.votesTotal());
      row.put(
          "decision",
          r.decisionNumber() == null
              ? ""
              : r.decisionNumber() + " (" + Vars.display(r.decisionDate()) + ")");
      rows.add(row);
    }
    return rows;
  }
}
