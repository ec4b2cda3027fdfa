package dev.errata.spring.slices;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import dev.errata.spring.service.OutOfStockException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.test.autoconfigure.RestClientTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;

/** A {@code @RestClientTest} slice decodes with the application's catalog, with no Errata configuration. */
@RestClientTest(components = InventoryClient.class, properties = "errata.client.catalog=dev.errata.spring.service.ServiceError")
class RestClientSliceTest {

  @Autowired
  private InventoryClient inventory;

  @Autowired
  private MockRestServiceServer server;

  @Test
  void anErrorResponseIsTheCatalogsException() {
    server.expect(requestTo("https://inventory.example.com/stock/sku-1"))
        .andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
            .body("{\"code\":\"OutOfStock\",\"message\":\"sku-1 is sold out.\"}"));

    OutOfStockException e = assertThrows(OutOfStockException.class, () -> inventory.stock("sku-1"));

    assertThat(e.getMessage()).contains("sku-1 is sold out.");
  }
}
