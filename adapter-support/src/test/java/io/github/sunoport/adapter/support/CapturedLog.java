package io.github.sunoport.adapter.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what one System.Logger writes, through java.util.logging (where System.Logger goes when no other
 * LoggerFinder is installed), at every level; closing restores the logger.
 */
final class CapturedLog extends Handler implements AutoCloseable {
  final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Logger logger;
  private final Level previous;

  CapturedLog(String name) {
    this.logger = Logger.getLogger(name);
    this.previous = logger.getLevel();
    setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /** The formatted lines at {@code level} exactly. */
  List<String> at(Level level) {
    return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
  }

  /** Every line, whatever its level. */
  String all() {
    return String.join("\n", records.stream().map(LogRecord::getMessage).toList());
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
