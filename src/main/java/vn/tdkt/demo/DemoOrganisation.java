package vn.tdkt.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.office.OrganisationImport;

/**
 * The demo's office (default profile only): before any office is set up, the workbook of
 * {@code tdkt.demo.office} ({@code demo/<office>/to-chuc.xlsx}) is imported exactly as an
 * administrator would import an office's own. {@code none} leaves the system empty, to be set up
 * through the administrator's page.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoOrganisation implements ApplicationRunner {

  public static final String NONE = "none";
  private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);

  private final OrganisationImport organisation;
  private final OfficeDirectory offices;
  private final String office;

  public DemoOrganisation(
      OrganisationImport organisation,
      OfficeDirectory offices,
      vn.tdkt.system.TdktProperties properties) {
    this.organisation = organisation;
    this.offices = offices;
    this.office = properties.demo().office().trim();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (office.isEmpty() || NONE.equals(office) || offices.current().isPresent()) {
      return;
    }
    LOG.info("Setting up the demo office {} from its organisation workbook", office);
    organisation.apply(workbook(office));
  }

  /** The demo workbook of an office, as shipped. */
  public static byte[] workbook(String office) {
    ClassPathResource file = new ClassPathResource("demo/" + office + "/to-chuc.xlsx");
    if (!file.exists()) {
      throw new IllegalStateException(
          "tdkt.demo.office=" + office + ": no demo workbook demo/" + office + "/to-chuc.xlsx");
    }
    try (InputStream in = file.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
