package dev.errata.spring.slices;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice tests find: its controller and its client, nothing of Errata's. */
@SpringBootApplication
public class SliceApplication {}
