package dev.errata.spring.slices;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A {@code @WebMvcTest} slice answers as the running service does, with no Errata configuration
 * in the test: Boot's test auto-configuration imports Errata's.
 */
@WebMvcTest(controllers = OrdersController.class, properties = "errata.server.catalog=dev.errata.spring.service.ServiceError")
class MvcSliceTest {

  @Autowired
  private MockMvc mvc;

  @Test
  void aCatalogErrorIsAProblem() throws Exception {
    mvc.perform(get("/orders/7"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("OrderNotFound"))
        .andExpect(jsonPath("$.detail").value("Order 7 does not exist."))
        .andExpect(jsonPath("$.retryable").value(false));
  }

  @Test
  void springsOwnErrorsAreProblemsOfTheServicesCatalog() throws Exception {
    mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":0}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("InvalidRequest"))
        .andExpect(jsonPath("$.errors[0].path").value("quantity"))
        .andExpect(jsonPath("$.errors[0].code").value("Min"));
    mvc.perform(get("/orders/seven"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("InvalidRequest"));
  }
}
