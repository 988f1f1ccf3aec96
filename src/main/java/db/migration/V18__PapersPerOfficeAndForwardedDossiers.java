package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Decision and proposal numbers are unique within an office, not across the deployment: the wards of
 * a city may all number a decision "01/QĐ-UBND", and each ward records the same decision of the city
 * for its own nominees. The deployment-wide constraints of {@code V1} are dropped (the proposal's has a
 * name each database chose, so it is looked up); the office-wide check is the service's, per campaign
 * stays in the database. A dossier a ward forwards to its city keeps the ward's dossier it came from.
 */
public class V18__PapersPerOfficeAndForwardedDossiers extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<String> drops = new ArrayList<>();
    drops.addAll(unique(connection, "AWARD_DECISION", "DECISION_NUMBER").stream()
        .map(n -> "ALTER TABLE award_decision DROP CONSTRAINT \"" + n + "\"").toList());
    drops.addAll(unique(connection, "CITY_PROPOSAL", "PROPOSAL_NUMBER").stream()
        .map(n -> "ALTER TABLE city_proposal DROP CONSTRAINT \"" + n + "\"").toList());
    try (Statement statement = connection.createStatement()) {
      for (String drop : drops) {
        statement.execute(drop);
      }
      statement.execute("ALTER TABLE award_decision ADD CONSTRAINT award_decision_campaign_number_uk"
          + " UNIQUE (campaign_id, level, decision_number)");
      statement.execute("ALTER TABLE city_proposal ADD CONSTRAINT city_proposal_campaign_number_uk"
          + " UNIQUE (campaign_id, proposal_number)");
      statement.execute("ALTER TABLE nomination ADD COLUMN forwarded_from BIGINT REFERENCES nomination (id)");
      statement.execute("CREATE INDEX nomination_forwarded_from_ix ON nomination (forwarded_from)");
    }
  }

  /** The unique constraints that hold a column of a table, by the names the database gave them. */
  private static List<String> unique(Connection connection, String table, String column)
      throws Exception {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
            "SELECT tc.constraint_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage k"
                + " ON k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name"
                + " WHERE UPPER(tc.table_name) = ? AND tc.constraint_type = 'UNIQUE'"
                + " AND UPPER(k.column_name) = ?")) {
      query.setString(1, table);
      query.setString(2, column);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1).replace("\"", ""));
        }
      }
    }
    return names;
  }
}
