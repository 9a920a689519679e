package io.github.sunoport.core.model.derived;

import io.github.sunoport.core.model.ResultLink;
import java.util.List;
import java.util.Objects;

/**
 * Cover art made for a music task, usually two images in the provider's order. Images are kept 14 days.
 *
 * @param images the image links, at least one
 */
public record CoverImages(List<ResultLink> images) implements DerivedResult {
  /**
   * Copies the list and checks that it holds at least one image and no null.
   *
   * @throws IllegalArgumentException if the list is empty
   */
  public CoverImages {
    Objects.requireNonNull(images, "images == null");
    for (int i = 0; i < images.size(); i++) {
      Objects.requireNonNull(images.get(i), "images[" + i + "] == null");
    }
    images = List.copyOf(images);
    if (images.isEmpty()) {
      throw new IllegalArgumentException("cover images need at least one image");
    }
  }

  /** Returns the images at {@code images}. */
  public static CoverImages of(List<ResultLink> images) {
    return new CoverImages(images);
  }

  @Override
  public DerivedKind kind() {
    return DerivedKind.COVER_IMAGE;
  }
}
