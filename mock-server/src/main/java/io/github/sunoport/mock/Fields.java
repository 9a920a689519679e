package io.github.sunoport.mock;

import java.util.Map;

/** Typed reads of a parsed JSON request, failing the way a provider's validator would. */
final class Fields {
  private final Map<String, Object> body;

  Fields(Map<String, Object> body) {
    this.body = body;
  }

  Map<String, Object> body() {
    return body;
  }

  String required(String name) throws BadInput {
    String value = optional(name);
    if (value == null || value.isBlank()) throw BadInput.invalid(name + " is required");
    return value;
  }

  String optional(String name) throws BadInput {
    Object value = body.get(name);
    if (value == null || value instanceof String) return (String) value;
    throw BadInput.invalid(name + " must be a string");
  }

  boolean requiredBoolean(String name) throws BadInput {
    Boolean value = optionalBoolean(name, name + " must be a boolean");
    if (value == null) throw BadInput.invalid(name + " is required");
    return value;
  }

  /** {@code message} is the error for a non-boolean value, so each provider keeps its own wording. */
  Boolean optionalBoolean(String name, String message) throws BadInput {
    Object value = body.get(name);
    if (value == null || value instanceof Boolean) return (Boolean) value;
    throw BadInput.invalid(message);
  }

  Double optionalNumber(String name) throws BadInput {
    Object value = body.get(name);
    if (value == null || value instanceof Double) return (Double) value;
    throw BadInput.invalid(name + " must be a number");
  }

  void weight(String name) throws BadInput {
    Double value = optionalNumber(name);
    if (value != null && (value < 0 || value > 1)) throw BadInput.invalid(name + " must be between 0 and 1");
  }

  static void maxLength(String name, String value, int max) throws BadInput {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      throw BadInput.tooLong(name + " exceeds " + max + " characters");
    }
  }
}
