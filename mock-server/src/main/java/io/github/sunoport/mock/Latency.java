package io.github.sunoport.mock;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How long the mock waits before answering, per provider and route ({@link MockAdmin#latency(String, String, Latency)}):
 * a fixed delay, a uniform range, or a log-normal distribution given by its median and sigma (the shape real API
 * latencies tend to have: most calls near the median, a long tail). Every value is at most {@link #MAX}; log-normal
 * draws beyond it are cut to it.
 */
public final class Latency {
  /** The longest delay the mock applies; longer waits are better tested with a client timeout. */
  public static final Duration MAX = Duration.ofSeconds(60);
  /** Sigma above this puts nearly every draw at {@link #MAX} or near zero: no longer a useful shape. */
  static final double MAX_SIGMA = 3.0;

  private enum Kind { FIXED, UNIFORM, LOG_NORMAL }

  private final Kind kind;
  private final long firstMillis;
  private final long secondMillis;
  private final double sigma;

  private Latency(Kind kind, long firstMillis, long secondMillis, double sigma) {
    this.kind = kind;
    this.firstMillis = firstMillis;
    this.secondMillis = secondMillis;
    this.sigma = sigma;
  }

  /** No delay: removes a latency set before. */
  public static Latency none() {
    return fixed(Duration.ZERO);
  }

  public static Latency fixed(Duration delay) {
    return new Latency(Kind.FIXED, millis(delay, "delay"), 0, 0);
  }

  /** Every delay from {@code min} to {@code max} equally likely. */
  public static Latency uniform(Duration min, Duration max) {
    long low = millis(min, "min");
    long high = millis(max, "max");
    if (high < low) throw new IllegalArgumentException("max < min: " + max + " < " + min);
    return new Latency(Kind.UNIFORM, low, high, 0);
  }

  /** Log-normal: half the delays below {@code median}; {@code sigma} (0 to 3) widens the tail. */
  public static Latency logNormal(Duration median, double sigma) {
    if (!(sigma >= 0 && sigma <= MAX_SIGMA)) {
      throw new IllegalArgumentException("sigma must be 0 to " + MAX_SIGMA + ", not " + sigma);
    }
    return new Latency(Kind.LOG_NORMAL, millis(median, "median"), 0, sigma);
  }

  boolean isNone() {
    return kind == Kind.FIXED && firstMillis == 0;
  }

  /** One delay in milliseconds, drawn from {@code random} (held by the caller's lock). */
  long sampleMillis(Random random) {
    switch (kind) {
      case UNIFORM:
        return firstMillis + (long) (random.nextDouble() * (secondMillis - firstMillis + 1));
      case LOG_NORMAL:
        double draw = firstMillis * Math.exp(sigma * random.nextGaussian());
        return (long) Math.min(MAX.toMillis(), Math.round(draw));
      default:
        return firstMillis;
    }
  }

  private static long millis(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " == null");
    if (duration.isNegative() || duration.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(name + " must be 0 to " + MAX.toMillis() + " ms, not " + duration.toMillis());
    }
    return duration.toMillis();
  }

  @Override
  public String toString() {
    switch (kind) {
      case UNIFORM: return "uniform " + firstMillis + "-" + secondMillis + " ms";
      case LOG_NORMAL: return "log-normal median " + firstMillis + " ms, sigma " + sigma;
      default: return "fixed " + firstMillis + " ms";
    }
  }
}
