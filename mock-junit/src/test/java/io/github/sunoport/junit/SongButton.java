package io.github.sunoport.junit;

import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.port.SunoClient;

/** Stands for an app's own code in the README's example: the label of the button that starts a song. */
final class SongButton {
  private final SunoClient client;

  SongButton(SunoClient client) {
    this.client = client;
  }

  String label() {
    try {
      return client.account().credits().isPositive() ? "Make a song" : "Buy credits";
    } catch (InsufficientCreditsException e) {
      return "Buy credits";
    }
  }
}
