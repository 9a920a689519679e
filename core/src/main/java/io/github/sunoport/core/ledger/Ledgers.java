package io.github.sunoport.core.ledger;

/** Small checks shared by the ledger's records. */
final class Ledgers {
  private Ledgers() {}

  static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "...";
  }

  /** Rejects null, blank, over-long values and control characters, naming the value. */
  static String printable(String value, String name, int maxLength) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    if (value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters and not blank, was "
          + value.length() + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(name + " contains a control character at index " + i);
      }
    }
    return value;
  }
}
