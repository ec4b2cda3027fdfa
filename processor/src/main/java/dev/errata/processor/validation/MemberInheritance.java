package dev.errata.processor.validation;

import dev.errata.processor.model.EntryDeclaration;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MemberDeclaration;
import dev.errata.processor.model.MemberModel;
import dev.errata.processor.model.MembersRecord;
import dev.errata.processor.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins a code's own members record to the members it inherits from the code it refines, and
 * checks that the two agree: a member redeclared under the same wire name keeps its type, and no
 * new member takes the accessor name of an inherited one.
 */
final class MemberInheritance {

  private final Report report;

  MemberInheritance(Report report) {
    this.report = report;
  }

  /** The records of a code, the inherited ones first; its own is left out when it breaks a rule. */
  List<MembersRecord> records(EntryDeclaration entry, Optional<MembersRecord> own, Optional<EntryModel> refined) {
    List<MembersRecord> records = new ArrayList<>(refined.map(EntryModel::memberRecords).orElse(List.of()));
    if (own.isEmpty() || records.contains(own.get())) {
      return records;
    }
    List<MemberModel> inherited = refined.map(EntryModel::members).orElse(List.of());
    boolean agrees = true;
    for (MemberModel member : own.get().members()) {
      for (MemberModel earlier : inherited) {
        if (earlier.name().equals(member.name()) && !earlier.type().equals(member.type())) {
          report.error(at(entry, member), Message.REDECLARED_MEMBER_TYPE, member.accessor(), entry.name(),
              member.type().display(), label(refined.get()), entry.name(), earlier.name(), earlier.type().display(),
              earlier.type().display());
          agrees = false;
        } else if (!earlier.name().equals(member.name()) && earlier.accessor().equals(member.accessor())) {
          report.error(at(entry, member), Message.MEMBER_ACCESSOR_CLASH, member.accessor(), entry.name(),
              member.accessor(), "is already the accessor of member \"" + earlier.name() + "\" that " + entry.name()
                  + " inherits from " + label(refined.get()), member.name());
          agrees = false;
        }
      }
    }
    if (agrees) {
      records.add(own.get());
    }
    return records;
  }

  private static Position at(EntryDeclaration entry, MemberModel member) {
    for (MemberDeclaration component : entry.members().components()) {
      if (component.componentName().equals(member.accessor())) {
        return component.at();
      }
    }
    return entry.at("members");
  }

  private static String label(EntryModel entry) {
    return RefinementResolver.labelOf(entry);
  }
}
