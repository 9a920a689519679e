package io.github.sunoport.mock;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which callback URLs the mock may contact: loopback only, unless a host is allowed by name. Only the URL's host
 * literal is judged — IP literals by value, {@code localhost} by name, any other name refused — so checking never
 * resolves a name, and the mock cannot be used to send requests to arbitrary hosts.
 */
final class CallbackTargets {
  private static final String IPV4 = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}";

  private final Set<String> allowedHosts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  CallbackTargets(Set<String> allowedHosts) {
    this.allowedHosts.addAll(allowedHosts);
  }

  /** Why {@code url} must not be contacted, or null when it may be. */
  String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return "not a URL";
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return "not an absolute http(s) URL with a host";
    }
    String host = uri.getHost();
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (allowedHosts.contains(bare) || allowedHosts.contains(host) || bare.equalsIgnoreCase("localhost")) {
      return null;
    }
    if (bare.matches(IPV4) || bare.contains(":")) {
      return isLoopback(bare) ? null : "host " + host + " is not a loopback address";
    }
    return "host " + host + " is not allowed: only loopback addresses and localhost, unless allowed with "
        + "--allow-callback-host";
  }

  /** Only literals reach here, which {@link InetAddress#getByName} parses without any lookup. */
  private static boolean isLoopback(String literal) {
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
