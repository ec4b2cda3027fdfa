package dev.errata.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Fetches the baseline's jar through Maven's resolver: from the local repository, else from the project's remote repositories. */
final class BaselineResolver {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  BaselineResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  Path resolve(Baseline baseline) throws MojoExecutionException {
    ArtifactRequest request = new ArtifactRequest(
        new DefaultArtifact(baseline.groupId(), baseline.artifactId(), "jar", baseline.version()), repositories, null);
    try {
      return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("The baseline " + baseline + " cannot be resolved from the local"
          + " repository or the project's remote repositories (" + e.getMessage() + "). Check the"
          + " baseline's version; before a first release there is nothing to compare with, so skip the"
          + " check with -Derrata.check.skip.", e);
    }
  }
}
