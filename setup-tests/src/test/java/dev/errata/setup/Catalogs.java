package dev.errata.setup;

/** The catalog a new user writes first, before and after one change. */
final class Catalogs {

  private Catalogs() {}

  static final String FIRST = """
      package com.acme;

      import dev.errata.ErrorCatalog;
      import dev.errata.ErrorCode;
      import dev.errata.http.HttpError;

      @ErrorCatalog(name = "Payments API", parent = HttpError.class, codePointer = "/error/code")
      public enum PaymentsError {
        @ErrorCode(status = 402, code = "card_declined", description = "The card issuer refused the charge.")
        CARD_DECLINED
      }
      """;

  static final String CHANGED = """
      package com.acme;

      import dev.errata.ErrorCatalog;
      import dev.errata.ErrorCode;
      import dev.errata.http.HttpError;

      @ErrorCatalog(name = "Payments API", parent = HttpError.class, codePointer = "/error/code")
      public enum PaymentsError {
        @ErrorCode(status = 402, code = "card_refused", description = "The card issuer refused the charge.")
        CARD_REFUSED,

        @ErrorCode(status = 409, code = "duplicate_charge", description = "The same charge was already made.")
        DUPLICATE_CHARGE
      }
      """;

  /** Uses the generated types of {@link #FIRST}, as client code does. */
  static final String FIRST_CLIENT = """
      package com.acme;

      import dev.errata.CatalogException;

      public final class Client {
        public static void main(String[] args) {
          CatalogException e = PaymentsErrorCatalog.INSTANCE.create("card_declined", 402, dev.errata.ErrorDetails.empty());
          System.out.println(e.getClass().getSimpleName() + " " + (e instanceof CardDeclinedException));
        }
      }
      """;

  /** Uses the generated types of {@link #CHANGED}. */
  static final String CHANGED_CLIENT = """
      package com.acme;

      import dev.errata.CatalogException;

      public final class Client {
        public static void main(String[] args) {
          CatalogException e = PaymentsErrorCatalog.INSTANCE.create("duplicate_charge", 409, dev.errata.ErrorDetails.empty());
          System.out.println(e.getClass().getSimpleName() + " " + (e instanceof dev.errata.http.ConflictException));
        }
      }
      """;

  /** Finds the catalog at run time, the one place a build without the processor can speak. */
  static final String LOOKUP_CLIENT = """
      package com.acme;

      public final class Lookup {
        public static void main(String[] args) {
          System.out.println(dev.errata.Catalog.of(PaymentsError.class).name());
        }
      }
      """;
}
