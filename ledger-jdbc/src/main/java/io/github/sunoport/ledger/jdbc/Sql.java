package io.github.sunoport.ledger.jdbc;

import io.github.sunoport.core.error.LedgerException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** One statement on a borrowed connection, with SQL failures turned into {@link LedgerException}s. */
final class Sql {
  private Sql() {}

  /** Sets a statement's parameters. */
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads the current row. */
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  static int update(DataSource dataSource, String what, String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      int count = statement.executeUpdate();
      commitIfManual(connection);
      return count;
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  static <T> List<T> query(DataSource dataSource, String what, String sql, Binder binder, RowReader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet resultSet = statement.executeQuery()) {
        while (resultSet.next()) {
          rows.add(reader.read(resultSet));
        }
      }
      commitIfManual(connection);
      return List.copyOf(rows);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  // A pool may hand out connections with auto-commit off; each ledger call is its own transaction either way.
  private static void commitIfManual(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  private static LedgerException failure(String what, SQLException e) {
    return new LedgerException("task ledger: could not " + what + " (SQL state " + e.getSQLState() + ")", e);
  }
}
