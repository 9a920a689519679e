package io.github.sunoport.core.observe;

/** The listener that does nothing; one instance, so code can skip building events for it. */
enum NoListener implements SunoListener {
  INSTANCE;

  @Override
  public String toString() {
    return "SunoListener.none()";
  }
}
