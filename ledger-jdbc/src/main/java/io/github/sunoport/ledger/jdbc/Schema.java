package io.github.sunoport.ledger.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The ledger's tables, from the {@code schema.sql} shipped beside this class. */
final class Schema {
  static final String RESOURCE = "schema.sql";

  private Schema() {}

  /**
   * Runs every statement of the schema in one transaction. Each is idempotent ({@code IF NOT EXISTS}); where the
   * dialect has a lock for it, instances starting together take turns, because PostgreSQL's {@code CREATE TABLE IF
   * NOT EXISTS} can still fail when two sessions create the same table at the same moment.
   */
  static void apply(Connection connection, Dialect dialect) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      if (dialect.schemaLock != null) {
        statement.execute(dialect.schemaLock);
      }
      for (String sql : statements()) {
        statement.execute(sql);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The schema's statements without comments, in order. */
  static List<String> statements() {
    String text;
    try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + Schema.class.getName());
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String sql : withoutComments.toString().split(";")) {
      if (!sql.isBlank()) {
        statements.add(sql.strip());
      }
    }
    return List.copyOf(statements);
  }
}
