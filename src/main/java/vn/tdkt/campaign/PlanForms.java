package vn.tdkt.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.office.OrganisationListener;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/**
 * The plan's forms list the office's own units. The Tasklist gives a start form no variables, so the
 * choices cannot come from the process: the plan's form ({@code forms/office/plan.form}) is a
 * template, and after every change of the organisation this deploys it for each office, with the
 * office as the deployment's tenant and the office's unit kinds and active units as the choices, only
 * when it differs from the office's newest version. The plan's start event and its revision task
 * share the form and bind to its newest version ({@code formRefBinding="latest"}), which the engine
 * looks up among the forms of the user's office; in the revision it shows the chairman's reason and
 * keeps the code.
 */
@Component
@Order(10)
public class PlanForms implements OrganisationListener {

  public static final String DEPLOYMENT_NAME = "tdkt-plan-forms";
  /** Form id → resource of the template. */
  public static final Map<String, String> FORMS =
      Map.of("planForm", "forms/office/plan.form");
  private static final Pattern ASSIGNMENT_UNIT = Pattern.compile("assignment\\d+Unit");
  private static final Logger LOG = LoggerFactory.getLogger(PlanForms.class);

  private final RepositoryService repository;
  private final OfficeDirectory offices;
  private final UnitDirectory units;
  private final Messages messages;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  public PlanForms(
      RepositoryService repository,
      OfficeDirectory offices,
      UnitDirectory units,
      Messages messages,
      JdbcTemplate jdbc) {
    this.repository = repository;
    this.offices = offices;
    this.units = units;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  @Override
  public int organisationChanged() {
    int deployed = 0;
    for (Office office : offices.all()) {
      deployed += deploy(office);
    }
    return deployed;
  }

  /** Deploys the office's plan forms when they changed; returns 1 if it deployed, else 0. */
  private int deploy(Office office) {
    List<Unit> active = units.active(office.code());
    var deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source("organisation")
        .tenantId(office.code());
    boolean changed = false;
    for (Map.Entry<String, String> form : FORMS.entrySet()) {
      String content = render(form.getValue(), active);
      if (!content.equals(newest(form.getKey(), office.code()))) {
        deployment.addString(form.getValue(), content);
        changed = true;
      }
    }
    if (!changed) {
      return 0;
    }
    for (Map.Entry<String, String> form : FORMS.entrySet()) {
      if (deployment.getResourceNames().stream().noneMatch(form.getValue()::equals)) {
        deployment.addString(form.getValue(), render(form.getValue(), active));
      }
    }
    deployment.deploy();
    LOG.info("Plan forms deployed with the {} active units of {}", active.size(), office.code());
    return 1;
  }

  /** The template with the office's kinds and units as the choices. */
  String render(String resource, List<Unit> active) {
    ObjectNode form = template(resource);
    // as a plan names them: wards first, then departments, organisations, schools
    List<Unit> ordered = active.stream()
        .sorted(java.util.Comparator.comparing((Unit u) -> u.kind().ordinal()).thenComparing(Unit::name))
        .toList();
    Set<String> kinds = new LinkedHashSet<>();
    ordered.forEach(u -> kinds.add(u.kind().name()));
    for (JsonNode component : form.withArray("components")) {
      String key = component.path("key").asText("");
      if ("unitKinds".equals(key)) {
        ArrayNode values = ((ObjectNode) component).putArray("values");
        for (String kind : kinds) {
          values.addObject().put("label", messages.get("planForm.unitKind." + kind)).put("value", kind);
        }
      } else if (ASSIGNMENT_UNIT.matcher(key).matches()) {
        ObjectNode select = (ObjectNode) component;
        select.put("searchable", true);
        ArrayNode values = select.putArray("values");
        for (Unit u : ordered) {
          values.addObject().put("label", u.name()).put("value", u.code());
        }
      }
    }
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode template(String resource) {
    try (InputStream in = new ClassPathResource("bpm/" + resource).getInputStream()) {
      return (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The newest version of a form deployed for the office, as text; null when none. */
  private String newest(String formKey, String office) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT DEPLOYMENT_ID_, RESOURCE_NAME_ FROM ACT_RE_CAMFORMDEF WHERE KEY_ = ?"
                + " AND TENANT_ID_ = ? ORDER BY VERSION_ DESC",
            formKey, office);
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Object> row = rows.get(0);
    try (InputStream in =
        repository.getResourceAsStream(
            (String) row.get("DEPLOYMENT_ID_"), (String) row.get("RESOURCE_NAME_"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
