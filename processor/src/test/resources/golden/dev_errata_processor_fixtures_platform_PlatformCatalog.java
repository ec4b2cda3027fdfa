package dev.errata.processor.fixtures.platform;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.processor.fixtures.web.WebCatalog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The Acme Platform API error catalog, generated from
 * <code>dev.errata.processor.fixtures.platform.Platform</code>. It extends the Web catalog
 * (<code>dev.errata.processor.fixtures.web.Web</code>).
 *
 * <p>{@link #create(String, int, ErrorDetails) create} turns a response's wire code and status into the most
 * specific exception this catalog or an ancestor knows; {@link #dispatch(CatalogException, PlatformHandler)
 * dispatch} hands an exception to the matching method of a {@link PlatformHandler}; {@link
 * #definitions()} lists what every constant of {@link Platform} means.
 *
 * <pre>{@code
 * CatalogException e = PlatformCatalog.INSTANCE.create(code, status, details);
 * }</pre>
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class PlatformCatalog implements Catalog {
  /**
   * The catalog.
   */
  public static final PlatformCatalog INSTANCE = new PlatformCatalog();

  private static final String NAME = "Acme Platform API";

  private static final int SIZE = 8;

  private static final List<String> CODE_POINTERS = List.of("/type");

  private static final List<String> MESSAGE_POINTERS = List.of("/message");

  private final Optional<Catalog> parent = Optional.of(WebCatalog.INSTANCE);

  private final ErrorDefinition unknown = ErrorDefinition.unknown(NAME);

  /**
   * Created on first use. Threads racing on one index may each create an equal, immutable
   * definition; one of them is kept.
   */
  private final ErrorDefinition[] definitions = new ErrorDefinition[SIZE];

  private PlatformCatalog() {
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Catalog> parent() {
    return parent;
  }

  @Override
  public Optional<String> codePointer() {
    return CODE_POINTERS.stream().findFirst();
  }

  @Override
  public Optional<String> messagePointer() {
    return MESSAGE_POINTERS.stream().findFirst();
  }

  @Override
  public List<String> codePointers() {
    return CODE_POINTERS;
  }

  @Override
  public List<String> messagePointers() {
    return MESSAGE_POINTERS;
  }

  @Override
  public int size() {
    return SIZE;
  }

  @Override
  public ErrorDefinition unknownDefinition() {
    return unknown;
  }

  @Override
  public ErrorDefinition definitionAt(int index) {
    Objects.checkIndex(index, SIZE);
    ErrorDefinition definition = definitions[index];
    if (definition == null) {
      definition = createDefinition(index);
      definitions[index] = definition;
    }
    return definition;
  }

  /**
   * The definition of one constant of {@link Platform}.
   *
   * @param constant the constant
   * @return its definition
   */
  public ErrorDefinition definition(Platform constant) {
    return definitionAt(constant.ordinal());
  }

  @Override
  public int indexOfCode(String code) {
    if (code == null) {
      return -1;
    }
    return Codes0.indexOf(code);
  }

  @Override
  public int indexOfStatus(int status) {
    switch (status) {
      case 404:
        return 4;
      case 418:
        return 6;
      default:
        return -1;
    }
  }

  @Override
  public int indexOfCategory(int status) {
    return -1;
  }

  private ErrorDefinition createDefinition(int index) {
    return Definitions0.create(index);
  }

  /**
   * The definition of an ancestor's code that one of this catalog's codes refines.
   */
  private static ErrorDefinition inherited(Catalog ancestor, String code) {
    return ancestor.definition(code).orElseThrow(() -> new IllegalStateException(ancestor.name() + " no longer defines " + code
        + "; recompile dev.errata.processor.fixtures.platform.Platform against it"));
  }

  @Override
  public CatalogException newException(int index, ErrorDetails details, boolean captureStackTrace) {
    Objects.requireNonNull(details, "details");
    ErrorDefinition definition = definitionAt(index);
    // The tables return Object so that the verifier loads none of the exception classes they name.
    return (CatalogException) Exceptions0.create(index, definition, details, captureStackTrace);
  }

  /**
   * Hands an error to the most specific method of {@code handler} for it: the method of its own
   * code when this catalog declares it, else of the nearest code it refines, else {@code onError}.
   *
   * @param <R> what the handler produces
   * @param e the error
   * @param handler the handler
   * @return what the handler's method returned
   */
  public <R> R dispatch(CatalogException e, PlatformHandler<R> handler) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(handler, "handler");
    for (ErrorDefinition d = e.definition(); d != null; d = d.parent().orElse(null)) {
      int index = indexOf(d);
      if (index >= 0) {
        return Handlers0.handle(index, e, handler);
      }
    }
    return WebCatalog.INSTANCE.dispatch(e, handler);
  }

  /**
   * The constant of {@link Platform} an error is, or refines, for use in a {@code switch}; empty for an
   * error of an ancestor catalog or an unknown one.
   *
   * @param e the error
   * @return its constant
   */
  public Optional<Platform> constantOf(CatalogException e) {
    for (ErrorDefinition d = e.definition(); d != null; d = d.parent().orElse(null)) {
      int index = indexOf(d);
      if (index >= 0) {
        return Optional.of(Constants.ALL[index]);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "PlatformCatalog[Acme Platform API, 8 entries]";
  }

  private static final class Codes0 {
    private Codes0() {
    }

    static int indexOf(String code) {
      switch (code) {
        case "RelationConflict":
          return 0;
        case "AlreadyExists":
          return 1;
        case "ResourceLocked":
          return 2;
        case "Unauthorized":
          return 3;
        case "NOT_FOUND":
          return 4;
        case "InvalidPayload":
          return 5;
        case "Teapot":
          return 6;
        case "Maintenance":
          return 7;
        default:
          return -1;
      }
    }
  }

  private static final class Definitions0 {
    private Definitions0() {
    }

    static ErrorDefinition create(int index) {
      switch (index) {
        case 0:
          return new ErrorDefinition(NAME, "RELATION_CONFLICT", "RelationConflict", 409,
              "Relation Conflict", "The resource belongs to another resource than the one named.",
              List.of("Check that both identifiers belong together.", "Fetch the resource again."),
              false, "https://docs.example.com/errors#RelationConflict",
              Optional.of(inherited(WebCatalog.INSTANCE, "CONFLICT")), ErrorDefinition.Kind.CODE);
        case 1:
          return new ErrorDefinition(NAME, "ALREADY_EXISTS", "AlreadyExists", 409, "Already Exists",
              "The record exists already.", List.of(), false,
              "https://docs.example.com/errors#AlreadyExists",
              Optional.of(inherited(WebCatalog.INSTANCE, "CONFLICT")), ErrorDefinition.Kind.CODE);
        case 2:
          return new ErrorDefinition(NAME, "RESOURCE_LOCKED", "ResourceLocked", 409,
              "Resource Locked", "The resource is locked by another operation.", List.of(), true,
              "https://docs.example.com/errors#ResourceLocked",
              Optional.of(INSTANCE.definitionAt(0)), ErrorDefinition.Kind.CODE);
        case 3:
          return new ErrorDefinition(NAME, "UNAUTHORIZED", "Unauthorized", 401, "Unauthorized",
              "The API key is not valid.", List.of(), false,
              "https://docs.example.com/errors#Unauthorized",
              Optional.of(inherited(WebCatalog.INSTANCE, "UNAUTHORIZED")),
              ErrorDefinition.Kind.CODE);
        case 4:
          return new ErrorDefinition(NAME, "NOT_FOUND", "NOT_FOUND", 404, "Not Found",
              "No such resource in this workspace.",
              List.of("Check the workspace the identifier belongs to."), false,
              "https://docs.example.com/errors#NOT_FOUND",
              Optional.of(inherited(WebCatalog.INSTANCE, "NOT_FOUND")), ErrorDefinition.Kind.CODE);
        case 5:
          return new ErrorDefinition(NAME, "INVALID_PAYLOAD", "InvalidPayload", 422,
              "Invalid Payload", "The payload does not match the schema.", List.of(), false,
              "https://docs.example.com/errors#InvalidPayload",
              Optional.of(inherited(WebCatalog.INSTANCE, "BAD_REQUEST")),
              ErrorDefinition.Kind.CODE);
        case 6:
          return new ErrorDefinition(NAME, "TEAPOT", "Teapot", 418, "Teapot",
              "The platform refuses to brew coffee.", List.of(), false,
              "https://docs.example.com/errors#Teapot",
              Optional.of(inherited(WebCatalog.INSTANCE, "CLIENT_ERROR")),
              ErrorDefinition.Kind.CODE);
        case 7:
          return new ErrorDefinition(NAME, "MAINTENANCE", "Maintenance", 503,
              "Down for Maintenance", "The platform is in a maintenance window.", List.of(), true,
              "https://status.example.com",
              Optional.of(inherited(WebCatalog.INSTANCE, "SERVICE_UNAVAILABLE")),
              ErrorDefinition.Kind.CODE);
        default:
          throw new IndexOutOfBoundsException("index " + index);
      }
    }
  }

  private static final class Exceptions0 {
    private Exceptions0() {
    }

    static Object create(int index, ErrorDefinition definition, ErrorDetails details,
        boolean captureStackTrace) {
      switch (index) {
        case 0:
          return new RelationConflictException(definition, details, null, null, captureStackTrace);
        case 1:
          return new AlreadyExistsException(definition, details, null, null, captureStackTrace);
        case 2:
          return new ResourceLockedException(definition, details, null, null, captureStackTrace);
        case 3:
          return new UnauthorizedException(definition, details, null, null, captureStackTrace);
        case 4:
          return new NotFoundException(definition, details, null, null, captureStackTrace);
        case 5:
          return new InvalidPayloadException(definition, details, null, null, captureStackTrace);
        case 6:
          return new TeapotException(definition, details, null, null, captureStackTrace);
        case 7:
          return new MaintenanceException(definition, details, null, null, captureStackTrace);
        default:
          throw new IndexOutOfBoundsException("index " + index);
      }
    }
  }

  private static final class Handlers0 {
    private Handlers0() {
    }

    static <R> R handle(int index, CatalogException e, PlatformHandler<R> handler) {
      switch (index) {
        case 0:
          return handler.onRelationConflict((RelationConflictException) e);
        case 1:
          return handler.onAlreadyExists((AlreadyExistsException) e);
        case 2:
          return handler.onResourceLocked((ResourceLockedException) e);
        case 3:
          return handler.onUnauthorized((UnauthorizedException) e);
        case 4:
          return handler.onNotFound((NotFoundException) e);
        case 5:
          return handler.onInvalidPayload((InvalidPayloadException) e);
        case 6:
          return handler.onTeapot((TeapotException) e);
        case 7:
          return handler.onMaintenance((MaintenanceException) e);
        default:
          throw new IndexOutOfBoundsException("index " + index);
      }
    }
  }

  /**
   * Loaded on first use: the enum's static initializer creates every constant.
   */
  private static final class Constants {
    static final Platform[] ALL = Platform.values();

    private Constants() {
    }
  }
}
