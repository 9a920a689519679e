package io.github.sunoport.mock;

/** A request the provider would refuse; endpoints turn it into the provider's own validation answer. */
final class BadInput extends Exception {
  private static final long serialVersionUID = 1L;

  enum Kind { MALFORMED, INVALID, TOO_LONG }

  final Kind kind;

  private BadInput(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  static BadInput malformed(String message) {
    return new BadInput(Kind.MALFORMED, message);
  }

  static BadInput invalid(String message) {
    return new BadInput(Kind.INVALID, message);
  }

  static BadInput tooLong(String message) {
    return new BadInput(Kind.TOO_LONG, message);
  }
}
