package vn.tdkt.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} (copied to {@code bpm/} on the classpath) as one
 * deployment shared by every office, whose resource names are the paths after {@code bpm/}, so the
 * fat jar and {@code spring-boot:run} produce the same names. Duplicate filtering makes a restart
 * deploy nothing. The templates in {@code forms/office/} are not deployed here: an office's data fills
 * them in, and each office gets its own copy (its tenant's).
 */
@Component
@Order(0)
public class BpmDeployment implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "thi-dua-khen-thuong";
  private static final String[] PATTERNS = {
    "classpath*:bpm/**/*.bpmn", "classpath*:bpm/**/*.dmn", "classpath*:bpm/**/*.form"
  };
  /** Forms filled in per office, deployed with the office as tenant, never shared. */
  public static final String OFFICE_FORMS = "forms/office/";
  private static final Logger LOG = LoggerFactory.getLogger(BpmDeployment.class);

  private final RepositoryService repositoryService;

  public BpmDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    deploy();
  }

  public Deployment deploy() throws IOException {
    List<NamedResource> resources = resources();
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            .enableDuplicateFiltering(false);
    for (NamedResource resource : resources) {
      try (InputStream in = resource.resource().getInputStream()) {
        builder.addInputStream(resource.name(), in);
      }
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info("Deployment {} with {} resources, {} new process definitions", deployment.getId(),
        resources.size(), deployment.getDeployedProcessDefinitions() == null ? 0
            : deployment.getDeployedProcessDefinitions().size());
    return deployment;
  }

  static List<NamedResource> resources() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<NamedResource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      for (Resource resource : resolver.getResources(pattern)) {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf("/bpm/");
        String name = url.substring(at + "/bpm/".length());
        if (!name.startsWith(OFFICE_FORMS)) {
          found.add(new NamedResource(name, resource));
        }
      }
    }
    found.sort(Comparator.comparing(NamedResource::name));
    return found;
  }

  record NamedResource(String name, Resource resource) {}
}
