package io.github.sunoport.mock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the mock knows about one provider, as declared data: its envelope, the answer of each named fault, its
 * validation and auth wording, its operations (route key, method, path, endpoint) and how its callbacks look and are
 * signed. Nothing outside the profiles asks "which provider is this"; {@link Profiles} declares the three of them.
 *
 * @param id the path prefix and the name admin calls use ({@code kie}, {@code sunoapi-org}, {@code sunoapi-com})
 * @param faults the answer to each named fault of {@link Faults#PROFILE_NAMES}; {@code not-found} is also the answer
 *     to an unknown task id and {@code http-429} gives the body code of the real HTTP 429
 * @param validation the answer to a request the provider's validator refuses
 * @param auth the 401 wording
 * @param wrongMethodCode the body code of the HTTP 405 a known path answers to another method
 * @param operations the routes, in registration order; their keys are what admin calls name
 * @param callbacks how tasks call back, or null when the provider sends no callbacks
 */
record Profile(String id, Envelope envelope, Map<String, Answer> faults, Validation validation, AuthTexts auth,
    int wrongMethodCode, List<Operation> operations, CallbackStyle callbacks) {

  Profile {
    operations = List.copyOf(operations);
    faults = Map.copyOf(faults);
    List<String> missing = new ArrayList<>(Faults.PROFILE_NAMES);
    missing.removeAll(faults.keySet());
    if (!missing.isEmpty()) throw new IllegalStateException("Profile " + id + " declares no answer for " + missing);
    Set<String> keys = new LinkedHashSet<>();
    for (Operation operation : operations) {
      if (!keys.add(operation.key())) throw new IllegalStateException(id + " declares route " + operation.key() + " twice");
    }
  }

  /**
   * Identity: each provider is declared once, and profiles are map keys on every request, where a record's
   * component-wise hash would walk every route, fault and text of the profile each time.
   */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** A body code and its wording; a null message takes the provider's code table text. */
  record Answer(int code, String message) {
    static Answer code(int code) {
      return new Answer(code, null);
    }
  }

  /**
   * The answer to refused input.
   *
   * @param code the body code of a validation error
   * @param tooLongCode the body code when a text is over its documented length
   * @param tooLongByRoute routes whose too-long code differs (kie.ai documents 413 on its lyrics page only)
   * @param tablePrefix the message starts with the code table's text ({@code "Validation Error - ...: prompt is
   *     required"}); otherwise it is the check's own sentence (sunoapi.com's documented messages)
   */
  record Validation(int code, int tooLongCode, Map<String, Integer> tooLongByRoute, boolean tablePrefix) {}

  /** The 401 wording for a missing header, a header that is not {@code Bearer <token>}, and a wrong token. */
  record AuthTexts(String missing, String malformed, String wrongKey) {
    /** Every case answered with the code table's text for 401. */
    static final AuthTexts TABLE = new AuthTexts(null, null, null);
  }

  /**
   * How a provider's tasks call back.
   *
   * @param shape the stages sent and their payloads
   * @param signer the headers that authenticate a delivery when a webhook key is configured
   */
  record CallbackStyle(CallbackShape shape, CallbackSigner signer) {}

  /** The route keys, in declaration order. */
  List<String> routeKeys() {
    List<String> keys = new ArrayList<>();
    for (Operation operation : operations) keys.add(operation.key());
    return keys;
  }

  @Override
  public String toString() {
    return id;
  }
}
