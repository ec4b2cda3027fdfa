package dev.errata.spring.members;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.Member;
import dev.errata.http.HttpError;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A catalog whose one code carries a member of every type a member may have. */
@ErrorCatalog(name = "Round trip", parent = HttpError.class)
public enum RoundTripError {
  @ErrorCode(status = 422, code = "values_rejected", description = "The values were refused.", members = Values.class)
  VALUES_REJECTED;

  /** Where a shipment stands. */
  public enum Stage { PACKED, SHIPPED }

  /**
   * One member of each type; the last is read from the API's own shape by a pointer, and from a
   * problem at its root.
   *
   * @param text a string
   * @param count an int
   */
  public record Values(
      String text,
      int count,
      Integer boxedCount,
      long total,
      Long boxedTotal,
      boolean flag,
      Boolean boxedFlag,
      BigDecimal amount,
      Instant at,
      OffsetDateTime localAt,
      URI link,
      Stage stage,
      List<String> texts,
      List<Integer> counts,
      List<Long> totals,
      List<Boolean> flags,
      List<BigDecimal> amounts,
      List<Instant> ats,
      List<OffsetDateTime> localAts,
      List<URI> links,
      List<Stage> stages,
      @Member(name = "decline_code", pointer = "/error/decline_code") String declineCode) {}
}
