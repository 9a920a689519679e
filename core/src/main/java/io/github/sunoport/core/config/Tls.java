package io.github.sunoport.core.config;

import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS setup: the context sockets are made from and the trust manager it was initialised with.
 *
 * @param sslContext the context, for example one trusting a private CA or presenting a client certificate
 * @param trustManager the trust manager {@code sslContext} was initialised with
 */
public record Tls(SSLContext sslContext, X509TrustManager trustManager) {
  /** Checks that neither is null. */
  public Tls {
    Objects.requireNonNull(sslContext, "sslContext == null");
    Objects.requireNonNull(trustManager, "trustManager == null");
  }

  /** Names the protocol only; the keys and certificates stay out of logs. */
  @Override
  public String toString() {
    return "Tls{" + sslContext.getProtocol() + "}";
  }
}
