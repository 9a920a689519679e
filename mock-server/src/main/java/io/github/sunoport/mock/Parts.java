package io.github.sunoport.mock;

import java.util.Map;

/** The shared state one server instance wires into its endpoints. */
record Parts(
    ExampleCatalog catalog,
    TaskStore tasks,
    Lifecycle lifecycle,
    Map<Profile, ErrorBodies> errors,
    Templates templates,
    FaultPlan faults,
    RequestLog log,
    Callbacks callbacks,
    ResultFiles files,
    FileStore uploads) {

  ErrorBodies errors(Profile profile) {
    return errors.get(profile);
  }
}
