package dev.errata.processor.generated;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.processor.fixtures.platform.InvalidPayloadException;
import dev.errata.processor.fixtures.platform.RelationConflictException;
import dev.errata.processor.fixtures.platform.ResourceLockedException;
import dev.errata.processor.fixtures.platform.TeapotException;
import dev.errata.processor.fixtures.platform.UnauthorizedException;
import dev.errata.processor.fixtures.web.BadRequestException;
import dev.errata.processor.fixtures.web.ClientErrorException;
import dev.errata.processor.fixtures.web.ConflictException;
import dev.errata.processor.fixtures.web.GatewayErrorException;
import dev.errata.processor.fixtures.web.GatewayTimeoutException;
import dev.errata.processor.fixtures.web.ServerErrorException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The exception classes mirror the refinement tree. */
class HierarchyTest {

  @Test
  void exceptionsExtendWhatTheirCodeRefines() {
    assertThat(ResourceLockedException.class.getSuperclass()).isEqualTo(RelationConflictException.class);
    assertThat(RelationConflictException.class.getSuperclass()).isEqualTo(ConflictException.class);
    assertThat(ConflictException.class.getSuperclass()).isEqualTo(ClientErrorException.class);
    assertThat(ClientErrorException.class.getSuperclass()).isEqualTo(CatalogException.class);
    assertThat(InvalidPayloadException.class.getSuperclass()).isEqualTo(BadRequestException.class);
    assertThat(TeapotException.class.getSuperclass()).isEqualTo(ClientErrorException.class);
    assertThat(UnauthorizedException.class.getSuperclass())
        .isEqualTo(dev.errata.processor.fixtures.web.UnauthorizedException.class);
    assertThat(GatewayTimeoutException.class.getSuperclass()).isEqualTo(GatewayErrorException.class);
    assertThat(GatewayErrorException.class.getSuperclass()).isEqualTo(ServerErrorException.class);
  }

  @Test
  void catchingAStatusExceptionCatchesTheCodesThatRefineIt() {
    try {
      throw new ResourceLockedException("locked");
    } catch (ConflictException e) {
      assertThat(e.code()).isEqualTo("ResourceLocked");
    }
  }

  @Test
  void exceptionsAreOpenForRefinementAndSerializable() throws Exception {
    assertThat(Modifier.isFinal(ConflictException.class.getModifiers())).isFalse();
    assertThat(Modifier.isPublic(ConflictException.class.getModifiers())).isTrue();
    ConflictException original = new ConflictException("state changed", new IllegalStateException("cause"));

    Object copy = roundTrip(original);

    assertThat(copy).isInstanceOf(ConflictException.class);
    ConflictException e = (ConflictException) copy;
    assertThat(e.getMessage()).isEqualTo("state changed");
    assertThat(e.getCause()).hasMessageThat().isEqualTo("cause");
    assertThat(e.definition()).isEqualTo(original.definition());
  }

  private static Object roundTrip(Object original) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void constructorsForServerCode() {
    RelationConflictException plain = new RelationConflictException("bot b1 is in workspace w2");
    IllegalStateException cause = new IllegalStateException("boom");
    RelationConflictException caused = new RelationConflictException("wrapped", cause);
    RelationConflictException fromDetails = new RelationConflictException(ErrorDetails.builder().status(409).message("server says").build());

    assertThat(plain.getMessage()).isEqualTo("bot b1 is in workspace w2");
    assertThat(plain.details()).isEqualTo(ErrorDetails.empty());
    assertThat(plain.status()).isEqualTo(409);
    assertThat(caused.getCause()).isSameInstanceAs(cause);
    assertThat(fromDetails.getMessage()).isEqualTo("Relation Conflict (409 RelationConflict): server says");
    assertThat(plain.getStackTrace()).isNotEmpty();
  }

  @Test
  void anExceptionSurvivesJavaSerialization() throws Exception {
    RelationConflictException original = new RelationConflictException(
        ErrorDetails.builder().status(409).code("RelationConflict").message("taken").requestId("r-9").build());

    Object copy = roundTrip(original);

    assertThat(copy).isInstanceOf(RelationConflictException.class);
    RelationConflictException e = (RelationConflictException) copy;
    assertThat(e.definition()).isEqualTo(original.definition());
    assertThat(e.details()).isEqualTo(original.details());
    assertThat(e.getMessage()).isEqualTo(original.getMessage());
  }
}
