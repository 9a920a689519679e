package io.github.sunoport.core.model;

/** The preferred singing voice; providers treat it as a hint that only raises the probability. */
public enum VocalGender {
  /** A male voice. */
  MALE,
  /** A female voice. */
  FEMALE
}
