package dev.errata.spring.openapi;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** An application with springdoc and errata-spring on its class path, and no configuration. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({OrdersApi.class, StockApi.class})
public class OrdersApplication {}
