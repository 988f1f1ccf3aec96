package vn.tdkt.access;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tdkt.office.OrganisationImport;

/**
 * At every start, on every profile: the engine's accounts, groups, grants and filters are made what
 * the stored organisation says (a set-up left half-made, or a grant deleted by hand, is repaired).
 */
@Component
@Order(20)
public class AccessStartup implements ApplicationRunner {

  private final OrganisationImport organisation;

  public AccessStartup(OrganisationImport organisation) {
    this.organisation = organisation;
  }

  @Override
  public void run(ApplicationArguments args) {
    organisation.reconcile();
  }
}
