package dev.errata.processor;

import com.google.auto.service.AutoService;
import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.CatalogDeclaration;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.DeclarationReader;
import dev.errata.processor.model.Position;
import dev.errata.processor.validation.CatalogResolver;
import dev.errata.processor.validation.Message;
import dev.errata.processor.validation.Problem;
import dev.errata.processor.validation.Resolution;
import dev.errata.processor.writing.Generated;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The Errata annotation processor. For every {@code @ErrorCatalog} enum it validates the
 * catalog and, when it is free of mistakes, generates its exceptions, catalog, handler and
 * reference documents. The work happens in {@link CatalogResolver} (reading and validation) and
 * {@link FilerOutput} (writing); this class only drives rounds and reports.
 *
 * <p>A catalog whose parent type cannot be resolved yet is retried in the next round by name,
 * since elements are not valid across rounds. One still unresolved at the last round is left to
 * javac's own "cannot find symbol" when the missing class is named in source, and reported when
 * it is named by a catalog from the classpath, where javac says nothing.
 *
 * <p>The processor is declared to Gradle as isolating ({@code
 * META-INF/gradle/incremental.annotation.processors}), and keeps to what that promises: what it
 * generates and reports for a catalog depends only on the catalog's enum, the ancestors its
 * {@code parent} leads to and the members records its codes name (validation reads no other type
 * of the package), and every file names the enum as its one originating element. Two unrelated catalogs of one package that would
 * write the same type are told when both are written in one compilation, as in a full build.
 * What the processor claims is decided by {@link Claims}.
 */
@AutoService(Processor.class)
public final class ErrataProcessor extends AbstractProcessor {

  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> catalogsOfThisCompilation = new TreeSet<>();
  private final Set<String> unwritten = new HashSet<>();
  private FilerOutput writer;

  /**
   * Errata's annotations, and {@code @Generated}, which the processor claims where it is on
   * Errata's own output (see {@link Claims}).
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        AnnotationNames.ERROR_CATALOG,
        AnnotationNames.ERROR_CODE,
        AnnotationNames.ERROR_CATEGORY,
        AnnotationNames.MEMBER,
        Claims.GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (writer == null) {
      boolean generatedAvailable =
          processingEnv.getElementUtils().getTypeElement(Claims.GENERATED) != null;
      writer = new FilerOutput(
          processingEnv.getFiler(), new Generated(ErrataProcessor.class.getName(), generatedAvailable));
    }
    boolean claimed = false;
    try {
      Set<TypeElement> catalogs = catalogsOf(round);
      CatalogResolver resolver = new CatalogResolver(
          processingEnv.getElementUtils(),
          processingEnv.getTypeUtils(),
          Collections.unmodifiableSet(catalogsOfThisCompilation));
      for (TypeElement catalog : ancestorsFirst(catalogs)) {
        process(catalog, resolver);
      }
      new StrayAnnotations(processingEnv.getElementUtils(), this::report).check(round);
      if (round.processingOver()) {
        reportUnresolved();
      }
      claimed = Claims.claim(annotations, round, ErrataProcessor.class.getName());
    } catch (RuntimeException e) {
      // Failures outside one catalog's processing: still a diagnostic, never a javac crash.
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format("this round", trace(e)));
    }
    return claimed;
  }

  /** The catalogs deferred from earlier rounds and those annotated in this one. */
  private Set<TypeElement> catalogsOf(RoundEnvironment round) {
    Set<TypeElement> catalogs = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        catalogs.add(type);
      }
    }
    deferred.clear();
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(AnnotationNames.ERROR_CATALOG);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement) {
          catalogs.add((TypeElement) element);
        }
      }
    }
    catalogs.forEach(c -> catalogsOfThisCompilation.add(c.getQualifiedName().toString()));
    return catalogs;
  }

  private void process(TypeElement catalog, CatalogResolver resolver) {
    try {
      Resolution resolution = resolver.resolve(catalog);
      if (resolution instanceof Resolution.Resolved) {
        write(((Resolution.Resolved) resolution).model());
      } else if (resolution instanceof Resolution.Failed) {
        ((Resolution.Failed) resolution).problems().forEach(this::report);
      } else {
        deferred.add(catalog.getQualifiedName().toString());
      }
    } catch (RuntimeException e) {
      report(Problem.of(Position.of(catalog), Message.INTERNAL_ERROR, catalog.getQualifiedName(), trace(e)));
    }
  }

  private static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  /** Writes a catalog, unless one of its ancestors of this compilation could not be written. */
  private void write(CatalogModel model) {
    String name = model.id().enumQualifiedName();
    for (CatalogModel ancestor : model.lineage().subList(1, model.lineage().size())) {
      if (unwritten.contains(ancestor.id().enumQualifiedName())) {
        unwritten.add(name);
        report(Problem.of(Position.of(model.origin()), Message.PARENT_HAS_ERRORS,
            ancestor.id().enumQualifiedName(), ", reported on it", model.name()));
        return;
      }
    }
    List<Problem> problems = writer.write(model);
    if (!problems.isEmpty()) {
      unwritten.add(name);
      problems.forEach(this::report);
    }
  }

  /** Catalogs ordered so that a parent of the same round is processed before its children. */
  private List<TypeElement> ancestorsFirst(Set<TypeElement> catalogs) {
    DeclarationReader reader = new DeclarationReader(processingEnv.getElementUtils());
    Map<TypeElement, Integer> depth = new HashMap<>();
    for (TypeElement catalog : catalogs) {
      int d = 0;
      Set<TypeElement> seen = new HashSet<>();
      for (TypeElement t = catalog; t != null && seen.add(t); t = parentOf(t, reader)) {
        d++;
      }
      depth.put(catalog, d);
    }
    List<TypeElement> ordered = new ArrayList<>(catalogs);
    ordered.sort(Comparator.comparingInt(depth::get));
    return ordered;
  }

  private TypeElement parentOf(TypeElement type, DeclarationReader reader) {
    return reader.declaredParent(type)
        .map(processingEnv.getTypeUtils()::asElement)
        .filter(TypeElement.class::isInstance)
        .map(TypeElement.class::cast)
        .orElse(null);
  }

  /**
   * Reports, at the last round, the catalogs whose chain of parents still breaks somewhere. Where
   * it breaks in a catalog of this compilation, javac itself reports the missing class on that
   * line, and nothing is added. Where it breaks in a catalog from the classpath, javac says
   * nothing, so the catalog that depends on it is told.
   */
  private void reportUnresolved() {
    DeclarationReader reader = new DeclarationReader(processingEnv.getElementUtils());
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null || type.getKind() == ElementKind.OTHER) {
        continue;
      }
      Optional<CatalogDeclaration> broken = brokenLink(type, reader);
      if (broken.isPresent() && !catalogsOfThisCompilation.contains(broken.get().id().enumQualifiedName())) {
        Position at = reader.read(type).map(c -> c.at("parent")).orElse(Position.of(type));
        report(Problem.of(at, Message.PARENT_NOT_FOUND, name, broken.get().id().enumQualifiedName(),
            broken.get().parentAsWritten().replaceFirst("\\.class$", "")));
      }
    }
    deferred.clear();
  }

  /** The first catalog, from {@code type} up its parents, whose parent cannot be resolved. */
  private Optional<CatalogDeclaration> brokenLink(TypeElement type, DeclarationReader reader) {
    Set<TypeElement> seen = new HashSet<>();
    for (TypeElement t = type; t != null && seen.add(t); t = parentOf(t, reader)) {
      Optional<CatalogDeclaration> declaration = reader.read(t);
      if (declaration.isPresent() && declaration.get().parentUnresolved()) {
        return declaration;
      }
    }
    return Optional.empty();
  }

  private void report(Problem problem) {
    Position at = problem.position();
    if (at.value() != null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem.message(), at.element(), at.annotation(), at.value());
    } else if (at.annotation() != null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem.message(), at.element(), at.annotation());
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem.message(), at.element());
    }
  }

}
