/**
 * What was paid for: the {@link io.github.sunoport.core.ledger.TaskLedger} port recording submitted tasks, the states
 * and result links seen, saved files and callback deliveries, with an in-memory implementation.
 */
package io.github.sunoport.core.ledger;
