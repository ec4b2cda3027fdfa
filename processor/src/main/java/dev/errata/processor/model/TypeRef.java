package dev.errata.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A type of the catalog's world by name, for writers that must not hold {@code Element}s: a
 * members record, or an enum a member takes its values from.
 *
 * @param packageName the package, empty for the unnamed one
 * @param simpleNames the simple name, prefixed by the names of the types it is nested in
 */
public record TypeRef(String packageName, List<String> simpleNames) {

  public TypeRef {
    simpleNames = List.copyOf(simpleNames);
  }

  /** The name of a (possibly nested) type. */
  public static TypeRef of(TypeElement type, Elements elements) {
    Deque<String> names = new ArrayDeque<>();
    Element e = type;
    while (e instanceof TypeElement) {
      names.addFirst(e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    return new TypeRef(elements.getPackageOf(type).getQualifiedName().toString(), List.copyOf(names));
  }

  /** {@code com.acme.PaymentError.Decline}. */
  public String qualifiedName() {
    return GeneratedNames.qualified(packageName, String.join(".", simpleNames));
  }

  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }
}
