package dev.errata.processor.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Documentation link templates: {@code {code}} and {@code {status}} placeholders, and their checks. */
public final class DocsUrls {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private DocsUrls() {}

  /** The link for one entry: placeholders replaced, the wire code percent-encoded. */
  public static String expand(String template, String code, int status) {
    return template.replace("{code}", encode(code)).replace("{status}", Integer.toString(status));
  }

  /** Why a template is not usable, or empty when it is. */
  public static Optional<String> problem(String template) {
    if (VisibleText.isBlank(template)) {
      return Optional.of("it is blank");
    }
    Matcher placeholder = PLACEHOLDER.matcher(template);
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!name.equals("code") && !name.equals("status")) {
        return Optional.of("it has the unknown placeholder {" + name + "}");
      }
    }
    String sample = expand(template, "CODE", 400);
    URI uri;
    try {
      uri = new URI(sample);
    } catch (URISyntaxException e) {
      return Optional.of("it is not a valid URI (" + e.getReason().toLowerCase(Locale.ROOT) + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.of("it is not absolute");
    }
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return Optional.of("its scheme is " + scheme);
    }
    if (uri.getHost() == null) {
      return Optional.of("it has no host");
    }
    return Optional.empty();
  }

  /** Percent-encodes all but RFC 3986's unreserved characters. */
  static String encode(String value) {
    StringBuilder s = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        s.append(c);
      } else {
        s.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return s.toString();
  }
}
