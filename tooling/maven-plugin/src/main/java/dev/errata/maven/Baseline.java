package dev.errata.maven;

/**
 * The artifact whose catalogs a build is compared with.
 *
 * @param groupId the group id
 * @param artifactId the artifact id
 * @param version the version, never a range
 */
record Baseline(String groupId, String artifactId, String version) {

  /**
   * Reads the {@code baseline} parameter: a version of the module itself ({@code 1.4.0}), or
   * another artifact as {@code groupId:artifactId:version}.
   *
   * @throws IllegalArgumentException with what to write instead, for a missing or malformed value
   */
  static Baseline parse(String value, String projectGroupId, String projectArtifactId) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("No baseline to compare the error catalogs with. Set the version of"
          + " the last release, <baseline>1.4.0</baseline> in the plugin's configuration or"
          + " -Derrata.baseline=1.4.0, or another artifact as <baseline>groupId:artifactId:version</baseline>.");
    }
    String[] parts = value.strip().split(":", -1);
    Baseline baseline = switch (parts.length) {
      case 1 -> new Baseline(projectGroupId, projectArtifactId, parts[0]);
      case 3 -> new Baseline(parts[0], parts[1], parts[2]);
      default -> null;
    };
    if (baseline == null || baseline.groupId.isBlank() || baseline.artifactId.isBlank() || baseline.version.isBlank()) {
      throw new IllegalArgumentException("The baseline \"" + value.strip() + "\" is neither a version, such as"
          + " 1.4.0, nor groupId:artifactId:version, such as com.acme:payments-api:1.4.0.");
    }
    if (baseline.version.startsWith("[") || baseline.version.startsWith("(")) {
      throw new IllegalArgumentException("The baseline \"" + value.strip() + "\" has a version range; name"
          + " the one released version to compare with, such as 1.4.0.");
    }
    return baseline;
  }

  @Override
  public String toString() {
    return groupId + ":" + artifactId + ":" + version;
  }
}
