import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes the benchmark catalogs, so that thousands of lines of enum source are made at build
 * time instead of being committed. Runs with the JDK's source launcher:
 *
 * <pre>
 * java GenerateCatalogs.java OUT_DIR [--enums-only] [--package PREFIX] SIZE...
 * </pre>
 *
 * For every SIZE it writes, in package {@code PREFIX.cSIZE} (default prefix {@code
 * dev.errata.benchmarks.catalogs}):
 *
 * <ul>
 *   <li>{@code CodesSIZE}: an {@code @ErrorCatalog} enum of SIZE codes extending the HTTP catalog,
 *       whose bodies name the code in {@code /type} (the processor generates the exceptions, the
 *       table and the handler from it);
 *   <li>unless {@code --enums-only}, the hand-written peers of the generated table, for the same
 *       codes and the same exception classes: {@code HandMapSIZE} (a {@code HashMap} from wire
 *       code to a {@code Function} creating the exception without a stack trace), {@code
 *       HandSwitchSIZE} (string switches split by leading letters, each method small enough
 *       for the JIT), {@code PrefilledMapSIZE} (a map filled with constructor references on
 *       first use) and {@code WireCodesSIZE} (the codes, in declaration order).
 * </ul>
 *
 * Wire codes are a resource name and a condition, such as {@code InvoiceLocked}; the same
 * seed always gives the same codes in the same order, and a smaller catalog holds the first
 * codes of a larger one.
 */
public final class GenerateCatalogs {

  private static final String[] NOUNS = {
    "Account", "Address", "Agent", "Alert", "Archive", "Asset", "Attachment", "Audit", "Backup", "Badge",
    "Batch", "Billing", "Blob", "Board", "Branch", "Bucket", "Budget", "Build", "Bundle", "Cache",
    "Calendar", "Campaign", "Card", "Cart", "Certificate", "Channel", "Chart", "Checkout", "Cluster", "Comment",
    "Connector", "Contact", "Container", "Contract", "Coupon", "Customer", "Dashboard", "Dataset", "Deployment", "Device",
    "Discount", "Document", "Domain", "Draft", "Endpoint", "Event", "Export", "Feature", "Feed", "Folder",
    "Form", "Gateway", "Group", "Hook", "Image", "Import", "Incident", "Index", "Invoice", "Issue",
    "Job", "Label", "Ledger", "License", "Link", "Mailbox", "Member", "Metric", "Model", "Monitor",
    "Namespace", "Note", "Notification", "Order", "Organization", "Package", "Payment", "Pipeline", "Plan", "Policy",
    "Project", "Queue", "Record", "Region", "Release", "Report", "Repository", "Role", "Route", "Schedule",
    "Schema", "Segment", "Shipment", "Snapshot", "Subscription", "Ticket", "Topic", "Volume", "Widget", "Workflow",
  };

  /** Condition, status, what it means. */
  private static final String[][] CONDITIONS = {
    {"NotFound", "404", "does not exist or is not visible to the caller"},
    {"AlreadyExists", "409", "already exists with the same identifier"},
    {"Conflict", "409", "was changed by another request in the meantime"},
    {"Locked", "423", "is locked by a running operation"},
    {"Gone", "410", "was deleted and cannot be restored"},
    {"Invalid", "400", "in the request is not valid"},
    {"Malformed", "400", "in the request could not be parsed"},
    {"TooLarge", "413", "in the request is larger than allowed"},
    {"Expired", "410", "has expired"},
    {"AccessDenied", "403", "may not be accessed by the caller"},
    {"ReadOnly", "403", "is read-only"},
    {"QuotaExceeded", "429", "quota of the workspace is used up"},
    {"RateLimited", "429", "was requested too often in a short time"},
    {"Unavailable", "503", "service is temporarily unavailable"},
    {"Timeout", "504", "service did not answer in time"},
    {"Busy", "503", "service is busy with other requests"},
    {"LimitReached", "422", "count has reached the workspace's limit"},
    {"ValidationFailed", "422", "failed validation"},
    {"NotReady", "409", "is still being prepared"},
    {"InUse", "409", "is in use and cannot be changed"},
    {"Archived", "410", "was archived"},
    {"Disabled", "403", "is disabled"},
    {"Suspended", "403", "is suspended"},
    {"Mismatch", "412", "does not match the expected state"},
    {"VersionMismatch", "412", "version does not match the one given"},
    {"PreconditionFailed", "412", "precondition given in the request failed"},
    {"Unsupported", "415", "format is not supported"},
    {"NotAllowed", "405", "does not allow this method"},
    {"Missing", "400", "is missing from the request"},
    {"Duplicate", "409", "is a duplicate of an existing one"},
    {"Corrupted", "500", "is corrupted on the server"},
    {"Unprocessable", "422", "cannot be processed as sent"},
    {"DependencyFailed", "424", "depends on a request that failed"},
    {"PaymentRequired", "402", "needs a paid plan"},
    {"Stale", "409", "is stale; read it again"},
    {"Pending", "409", "has a pending change"},
    {"Rejected", "422", "was rejected by a policy"},
    {"Incomplete", "400", "is incomplete"},
    {"Unreachable", "502", "upstream service could not be reached"},
    {"Overloaded", "503", "service is overloaded"},
  };

  /** Cases per hand-written switch method: about 45 bytes each keeps a method under 8,000 bytes. */
  private static final int MAX_SWITCH_CASES = 150;
  /** Entries per nested class of a hand-written map, so no class nears the constant pool limit. */
  private static final int MAP_PART = 500;

  private record Code(String wire, String constant, int status, String description) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java GenerateCatalogs.java OUT_DIR [--enums-only] [--package PREFIX] SIZE...");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    boolean enumsOnly = false;
    String prefix = "dev.errata.benchmarks.catalogs";
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--enums-only" -> enumsOnly = true;
        case "--package" -> prefix = args[++i];
        default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
      }
    }
    List<Code> all = codes();
    for (int size : sizes) {
      if (size < 1 || size > all.size()) {
        throw new IllegalArgumentException("size must be 1 to " + all.size() + ": " + size);
      }
      List<Code> codes = all.subList(0, size);
      String pkg = prefix + ".c" + size;
      Path dir = out.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      write(dir, "Codes" + size, enumSource(pkg, size, codes));
      if (!enumsOnly) {
        write(dir, "WireCodes" + size, wireCodes(pkg, size, codes));
        write(dir, "HandMap" + size, handMap(pkg, size, codes));
        write(dir, "HandSwitch" + size, handSwitch(pkg, size, codes));
        write(dir, "PrefilledMap" + size, prefilledMap(pkg, size, codes));
      }
    }
  }

  private static List<Code> codes() {
    List<Code> codes = new ArrayList<>();
    for (String noun : NOUNS) {
      for (String[] condition : CONDITIONS) {
        String wire = noun + condition[0];
        codes.add(new Code(wire, constant(wire), Integer.parseInt(condition[1]),
            "The " + noun.toLowerCase(Locale.ROOT) + " " + condition[2] + "."));
      }
    }
    Collections.shuffle(codes, new Random(20_260_101L));
    return codes;
  }

  private static String constant(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String exception(Code code) {
    return code.wire() + "Exception";
  }

  private static void write(Path dir, String type, String source) throws IOException {
    Path file = dir.resolve(type + ".java");
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      Files.write(file, bytes);
    }
  }

  private static String header(String pkg) {
    return "// Generated by benchmarks/src/build/java/GenerateCatalogs.java; do not edit.\npackage " + pkg + ";\n\n";
  }

  private static String enumSource(String pkg, int size, List<Code> codes) {
    StringBuilder s = new StringBuilder(header(pkg))
        .append("import dev.errata.ErrorCatalog;\nimport dev.errata.ErrorCode;\nimport dev.errata.http.HttpError;\n\n")
        .append("/** A catalog of ").append(size).append(" codes whose bodies name the code in {@code type}. */\n")
        .append("@ErrorCatalog(\n    name = \"Benchmark ").append(size).append("\",\n    parent = HttpError.class,\n")
        .append("    codePointer = \"/type\",\n    messagePointer = \"/message\")\n")
        .append("public enum Codes").append(size).append(" {\n");
    for (int i = 0; i < codes.size(); i++) {
      Code c = codes.get(i);
      s.append("  @ErrorCode(status = ").append(c.status())
          .append(", code = \"").append(c.wire())
          .append("\", description = \"").append(c.description())
          .append("\", remedy = {\"Read the message for the identifier concerned.\", \"Fix the request and send it again.\"})\n  ")
          .append(c.constant()).append(i + 1 < codes.size() ? ",\n" : "\n");
    }
    return s.append("}\n").toString();
  }

  private static String wireCodes(String pkg, int size, List<Code> codes) {
    StringBuilder s = new StringBuilder(header(pkg))
        .append("/** The wire codes of {@link Codes").append(size).append("}, in declaration order. */\n")
        .append("public final class WireCodes").append(size).append(" {\n\n  private WireCodes").append(size).append("() {}\n\n")
        .append("  /** A new array of the codes. */\n  public static String[] all() {\n    return new String[] {\n");
    for (Code c : codes) {
      s.append("      \"").append(c.wire()).append("\",\n");
    }
    return s.append("    };\n  }\n}\n").toString();
  }

  private static String imports() {
    return "import dev.errata.CatalogException;\nimport dev.errata.ErrorDetails;\n"
        + "import dev.errata.benchmarks.dispatch.HandWrittenTable;\n"
        + "import java.util.HashMap;\nimport java.util.Map;\nimport java.util.function.Function;\n\n";
  }

  /** A map of lambdas calling the exceptions' no-stack-trace constructor (accessible: same package). */
  private static String handMap(String pkg, int size, List<Code> codes) {
    String self = "HandMap" + size;
    String catalog = "Codes" + size + "Catalog";
    StringBuilder s = new StringBuilder(header(pkg)).append(imports())
        .append("/**\n * The hand-written peer of {@link ").append(catalog).append("}'s table: a {@code HashMap} from wire code to a\n")
        .append(" * function creating the same exception as the catalog, without a stack trace.\n */\n")
        .append("public final class ").append(self).append(" implements HandWrittenTable {\n\n")
        .append("  public static final ").append(self).append(" INSTANCE = new ").append(self).append("();\n\n")
        .append("  private final Map<String, Function<ErrorDetails, CatalogException>> map = new HashMap<>(")
        .append(size * 4 / 3 + 1).append(");\n\n")
        .append("  private ").append(self).append("() {\n");
    int parts = (codes.size() + MAP_PART - 1) / MAP_PART;
    for (int p = 0; p < parts; p++) {
      s.append("    Part").append(p).append(".fill(map);\n");
    }
    s.append("  }\n\n  @Override\n  public CatalogException create(String code, ErrorDetails details) {\n")
        .append("    Function<ErrorDetails, CatalogException> create = map.get(code);\n")
        .append("    return create == null ? null : create.apply(details);\n  }\n");
    for (int p = 0; p < parts; p++) {
      s.append("\n  private static final class Part").append(p).append(" {\n")
          .append("    static void fill(Map<String, Function<ErrorDetails, CatalogException>> m) {\n");
      for (int i = p * MAP_PART; i < Math.min(codes.size(), (p + 1) * MAP_PART); i++) {
        Code c = codes.get(i);
        s.append("      m.put(\"").append(c.wire()).append("\", d -> new ").append(exception(c))
            .append("(").append(catalog).append(".INSTANCE.definitions().get(").append(i).append("), d, null, null, false));\n");
      }
      s.append("    }\n  }\n");
    }
    return s.append("}\n").toString();
  }

  /** Switches on the leading letters, then on the code; no method over {@link #MAX_SWITCH_CASES} cases. */
  private static String handSwitch(String pkg, int size, List<Code> codes) {
    String self = "HandSwitch" + size;
    String catalog = "Codes" + size + "Catalog";
    StringBuilder s = new StringBuilder(header(pkg))
        .append("import dev.errata.CatalogException;\nimport dev.errata.ErrorDetails;\n")
        .append("import dev.errata.benchmarks.dispatch.HandWrittenTable;\n\n")
        .append("/**\n * The hand-written peer of {@link ").append(catalog).append("}'s table as string switches creating the\n")
        .append(" * same exceptions without a stack trace. One method cannot hold thousands of cases (javac\n")
        .append(" * refuses near 1,700, and HotSpot does not compile methods over 8,000 bytes), so the codes are\n")
        .append(" * split by their first letters, at most ").append(MAX_SWITCH_CASES).append(" to a method.\n */\n")
        .append("public final class ").append(self).append(" implements HandWrittenTable {\n\n")
        .append("  public static final ").append(self).append(" INSTANCE = new ").append(self).append("();\n\n")
        .append("  private ").append(self).append("() {}\n\n")
        .append("  @Override\n  public CatalogException create(String code, ErrorDetails d) {\n")
        .append("    return code == null ? null : group(code, d);\n  }\n");
    Map<Code, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      index.put(codes.get(i), i);
    }
    group(s, "", codes, index, catalog);
    return s.append("}\n").toString();
  }

  private static void group(StringBuilder s, String prefix, List<Code> codes, Map<Code, Integer> index, String catalog) {
    String method = "group" + prefix;
    s.append("\n  private static CatalogException ").append(method).append("(String code, ErrorDetails d) {\n");
    if (codes.size() <= MAX_SWITCH_CASES) {
      s.append("    switch (code) {\n");
      for (Code c : codes) {
        s.append("      case \"").append(c.wire()).append("\":\n        return new ").append(exception(c)).append("(")
            .append(catalog).append(".INSTANCE.definitions().get(").append(index.get(c)).append("), d, null, null, false);\n");
      }
      s.append("      default:\n        return null;\n    }\n  }\n");
      return;
    }
    int at = prefix.length();
    Map<Character, List<Code>> byChar = new java.util.TreeMap<>();
    for (Code c : codes) {
      byChar.computeIfAbsent(c.wire().charAt(at), k -> new ArrayList<>()).add(c);
    }
    s.append("    if (code.length() <= ").append(at).append(") {\n      return null;\n    }\n")
        .append("    switch (code.charAt(").append(at).append(")) {\n");
    for (Character ch : byChar.keySet()) {
      s.append("      case '").append(ch).append("':\n        return group").append(prefix).append(ch).append("(code, d);\n");
    }
    s.append("      default:\n        return null;\n    }\n  }\n");
    for (Map.Entry<Character, List<Code>> e : byChar.entrySet()) {
      group(s, prefix + e.getKey(), e.getValue(), index, catalog);
    }
  }

  /** A map filled with constructor references when first used. */
  private static String prefilledMap(String pkg, int size, List<Code> codes) {
    String self = "PrefilledMap" + size;
    StringBuilder s = new StringBuilder(header(pkg))
        .append("import dev.errata.CatalogException;\nimport dev.errata.ErrorDetails;\n")
        .append("import java.util.HashMap;\nimport java.util.Map;\nimport java.util.function.Function;\n\n")
        .append("/**\n * What a user writes to find an exception by wire code without a generated table: a map\n")
        .append(" * filled with constructor references when the class is first used.\n */\n")
        .append("public final class ").append(self).append(" {\n\n")
        .append("  /** Wire code to the exception's {@code (ErrorDetails)} constructor. */\n")
        .append("  public static final Map<String, Function<ErrorDetails, CatalogException>> MAP;\n\n")
        .append("  static {\n    Map<String, Function<ErrorDetails, CatalogException>> map = new HashMap<>(")
        .append(size * 4 / 3 + 1).append(");\n");
    int parts = (codes.size() + MAP_PART - 1) / MAP_PART;
    for (int p = 0; p < parts; p++) {
      s.append("    Part").append(p).append(".fill(map);\n");
    }
    s.append("    MAP = map;\n  }\n\n  private ").append(self).append("() {}\n");
    for (int p = 0; p < parts; p++) {
      s.append("\n  private static final class Part").append(p).append(" {\n")
          .append("    static void fill(Map<String, Function<ErrorDetails, CatalogException>> m) {\n");
      for (int i = p * MAP_PART; i < Math.min(codes.size(), (p + 1) * MAP_PART); i++) {
        Code c = codes.get(i);
        s.append("      m.put(\"").append(c.wire()).append("\", ").append(exception(c)).append("::new);\n");
      }
      s.append("    }\n  }\n");
    }
    return s.append("}\n").toString();
  }
}
