/**
 * {@link io.github.sunoport.ledger.jdbc.JdbcTaskLedger}: the task ledger in a SQL database the app provides, so that
 * several instances and restarts share it.
 */
package io.github.sunoport.ledger.jdbc;
