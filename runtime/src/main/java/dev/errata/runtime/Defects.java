package dev.errata.runtime;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Where the runtime reports its own defects, and those of a catalog it calls: something that
 * should never happen, such as a generated catalog that throws. The caller still gets a typed
 * result; the defect goes to the log ({@link System.Logger}, which reaches java.util.logging,
 * SLF4J or Log4j as the application routes it), so it is seen and fixed rather than silently
 * turned into a status-only error. Hostile or broken input is never a defect and never logged.
 */
final class Defects {

  private static final Logger LOG = System.getLogger("dev.errata.runtime");

  private Defects() {}

  static void report(String what, Throwable defect) {
    LOG.log(Level.ERROR, what + "; answered with the status alone. This is a defect of Errata or of the"
        + " catalog's generated code: please report it with this stack trace.", defect);
  }
}
