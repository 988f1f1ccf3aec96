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
 * A campaign's code (its plan's number) is unique within its office, not across the deployment: the
 * wards of a city may all number a plan "01/KH-UBND". The unique constraint of {@code V1} has a name
 * each database chose (PostgreSQL {@code campaign_code_key}, H2 its own), so it is looked up in the
 * standard information schema and dropped, and the code is made unique per office.
 */
public class V17__CampaignCodePerOffice extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<String> unique = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
            "SELECT tc.constraint_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage k"
                + " ON k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name"
                + " WHERE UPPER(tc.table_name) = 'CAMPAIGN' AND tc.constraint_type = 'UNIQUE'"
                + " AND UPPER(k.column_name) = 'CODE'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        unique.add(rows.getString(1));
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String name : unique) {
        statement.execute("ALTER TABLE campaign DROP CONSTRAINT \"" + name.replace("\"", "") + "\"");
      }
      statement.execute(
          "ALTER TABLE campaign ADD CONSTRAINT campaign_office_code_uk UNIQUE (office_code, code)");
      statement.execute("CREATE INDEX campaign_code_ix ON campaign (code)");
    }
  }
}
