package io.github.sunoport.core.model;

/**
 * Something that names work which already exists at one provider: a task, a track, or a request about one of them
 * (extending a track, deriving a file from it). Such work only succeeds at its owner, so whatever routes requests
 * between providers (a failover client) sends an {@code Owned} request to {@link #owner()} and never elsewhere;
 * requests for new work are not {@code Owned} and may go to any provider able to do them.
 */
public interface Owned {
  /** The provider the work belongs to. */
  ProviderId owner();
}
