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
 * The demo's offices (default profile only): before any office is set up, the workbook of each office
 * {@code tdkt.demo.office} names ({@code demo/<office>/to-chuc.xlsx}; several separated by commas, a
 * city before its wards, or a folder that lists several in its {@code offices.txt}) is imported exactly as an
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
    for (String code : offices(office)) {
      LOG.info("Setting up the demo office {} from its organisation workbook", code);
      organisation.apply(workbook(code));
    }
  }

  /**
   * The offices a setting names, in import order: each name, or for a name whose folder lists more
   * ({@code demo/<name>/offices.txt}, one office code a line: a city and its wards) the offices listed.
   */
  static java.util.List<String> offices(String setting) {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (String name : setting.split(",")) {
      String code = name.trim();
      if (code.isEmpty()) {
        continue;
      }
      ClassPathResource list = new ClassPathResource("demo/" + code + "/offices.txt");
      if (!list.exists()) {
        all.add(code);
        continue;
      }
      try (InputStream in = list.getInputStream()) {
        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
            .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(all::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
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
