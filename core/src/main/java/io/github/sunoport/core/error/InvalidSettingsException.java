package io.github.sunoport.core.error;

/**
 * A client's settings are wrong: a blank API key, a base URL that is not absolute http(s), plain http to a remote
 * host without permission, a non-positive timeout. Raised when the settings are built, before any call.
 *
 * <p>Retrying cannot help.
 */
public final class InvalidSettingsException extends SunoException {
  private static final long serialVersionUID = 1L;

  private final String setting;
  private final String problem;

  /** Creates the exception for {@code setting}. */
  public InvalidSettingsException(String setting, String problem) {
    super("invalid setting '" + setting + "': " + problem, ErrorDetails.none(), null);
    this.setting = setting;
    this.problem = problem;
  }

  /** The name of the setting at fault. */
  public String setting() {
    return setting;
  }

  /** What is wrong with it, without the setting's name. */
  public String problem() {
    return problem;
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
