package io.github.sunoport.mock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A provider's error answers: its envelope around a body code, worded from its code table
 * ({@code sunoport-mock/<id>/error-codes.properties}), with the codes and texts its {@link Profile} declares.
 */
final class ErrorBodies {
  private final Profile profile;
  private final Envelope envelope;
  private final Properties messages;

  ErrorBodies(Profile profile) {
    this.profile = profile;
    this.envelope = profile.envelope();
    this.messages = new Properties();
    byte[] table = ExampleCatalog.resource(profile.id() + "/error-codes.properties");
    try (InputStreamReader reader =
        new InputStreamReader(new ByteArrayInputStream(table), StandardCharsets.UTF_8)) {
      messages.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ErrorBodies(Profile profile, Envelope envelope, Properties messages) {
    this.profile = profile;
    this.envelope = envelope;
    this.messages = messages;
  }

  /** These answers in {@code other}'s envelope (a route that answers unlike its provider); null keeps this one. */
  ErrorBodies in(Envelope other) {
    return other == null || other.equals(envelope) ? this : new ErrorBodies(profile, other, messages);
  }

  String message(int code) {
    return messages.getProperty(Integer.toString(code), "Error " + code);
  }

  /** The provider's answer for a body code, with the wording of its code table. */
  Reply reply(int code) {
    return reply(code, message(code));
  }

  Reply reply(int code, String message) {
    return withStatus(envelope.httpStatus(code), code, message);
  }

  /** A declared answer: its code, and its own text or the table's. */
  Reply reply(Profile.Answer answer) {
    return reply(answer.code(), answer.message() == null ? message(answer.code()) : answer.message());
  }

  /** Routing and transport errors (unknown path, wrong method, oversize body) keep their real HTTP status. */
  Reply withStatus(int httpStatus, int code, String message) {
    return Reply.json(httpStatus, envelope.error(code, message));
  }

  /** The answer to an unknown task id: the profile's {@code not-found} fault. */
  Reply taskNotFound() {
    return reply(profile.faults().get("not-found"));
  }

  /** HTTP 404 for a path no route of this provider has. */
  Reply unknownPath() {
    return withStatus(404, 404, message(404));
  }

  /** HTTP 405 for a known path asked with another method, with the profile's body code. */
  Reply wrongMethod() {
    return withStatus(405, profile.wrongMethodCode(), message(profile.wrongMethodCode()));
  }

  int validationCode() {
    return profile.validation().code();
  }

  /** A refused request: the validation code, or the too-long code the profile declares for this route. */
  Reply badInput(BadInput e, String route) {
    Profile.Validation validation = profile.validation();
    int code = e.kind == BadInput.Kind.TOO_LONG
        ? validation.tooLongByRoute().getOrDefault(route, validation.tooLongCode())
        : validation.code();
    return reply(code, validation.tablePrefix() ? message(code) + ": " + e.getMessage() : e.getMessage());
  }
}
