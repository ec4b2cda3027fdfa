package dev.errata.processor.validation;

import dev.errata.processor.model.Position;

/** One reported mistake: where, and the rendered message. */
public record Problem(Position position, String message) {

  public static Problem of(Position position, Message message, Object... args) {
    return new Problem(position, message.format(args));
  }
}
