package io.github.sunoport.core;

import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.core.spi.SunoProviderFactory;
import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Fake adapters registered in this module's test {@code META-INF/services}: {@code fake-a} writes lyrics only;
 * {@code fake-b} writes lyrics, makes music and reads credits. {@link DuplicateA} claims {@code fake-a} again and is
 * registered only by the test that needs it.
 */
public abstract class FakeProviderFactory implements SunoProviderFactory {
  private final ProviderId id;
  private final Set<Capability> capabilities;

  FakeProviderFactory(String id, Set<Capability> capabilities) {
    this.id = ProviderId.of(id);
    this.capabilities = Set.copyOf(capabilities);
  }

  @Override
  public ProviderId id() {
    return id;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public URI defaultBaseUrl() {
    return URI.create("https://" + id + ".example.com/");
  }

  @Override
  public SunoClient create(ProviderSettings settings) {
    Objects.requireNonNull(settings, "settings == null");
    return new FakeClient(id, capabilities, settings);
  }

  /** {@code fake-a}: lyrics only. */
  public static final class A extends FakeProviderFactory {
    /** Called by {@link java.util.ServiceLoader}. */
    public A() {
      super("fake-a", EnumSet.of(Capability.LYRICS));
    }
  }

  /** {@code fake-b}: lyrics, music and credits. */
  public static final class B extends FakeProviderFactory {
    /** Called by {@link java.util.ServiceLoader}. */
    public B() {
      super("fake-b", EnumSet.of(Capability.LYRICS, Capability.MUSIC, Capability.CREDITS));
    }
  }

  /** A second adapter claiming {@code fake-a}. */
  public static final class DuplicateA extends FakeProviderFactory {
    /** Called by {@link java.util.ServiceLoader}. */
    public DuplicateA() {
      super("fake-a", EnumSet.of(Capability.MUSIC));
    }
  }
}
