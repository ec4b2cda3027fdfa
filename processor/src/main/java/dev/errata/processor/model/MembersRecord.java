package dev.errata.processor.model;

import java.util.List;

/**
 * A validated members record: the type a generated constructor takes, and its members in
 * component order.
 */
public record MembersRecord(TypeRef type, List<MemberModel> members) {

  public MembersRecord {
    members = List.copyOf(members);
  }
}
