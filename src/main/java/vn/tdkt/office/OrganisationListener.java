package vn.tdkt.office;

/**
 * Told, inside the import's transaction, that the organisation changed: the engine's users, groups
 * and grants follow it. A failure rolls the import back.
 */
public interface OrganisationListener {

  /** Returns the number of changes it made. */
  int organisationChanged();
}
