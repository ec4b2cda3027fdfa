package dev.errata.examples.helpdesk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The helpdesk's bots: looks them up and asks them questions on the bot platform. It throws its
 * own catalog's errors and lets the platform's propagate; Errata's auto-configuration answers both
 * with problem details, and decides what of a platform error may be told.
 */
@RestController
public class HelpdeskController {

  /** A question for a bot. */
  public record Question(String text) {}

  /** A bot's answer to a question. */
  public record Answer(String bot, String text) {}

  private final BotPlatform platform;

  /** A controller that asks {@code platform}. */
  public HelpdeskController(BotPlatform platform) {
    this.platform = platform;
  }

  /** The bot named {@code bot}, as the platform describes it. */
  @GetMapping("/helpdesk/bots/{bot}")
  public BotPlatform.Bot bot(@PathVariable("bot") String bot) {
    return platform.bot(bot);
  }

  /** Asks the bot named {@code bot} a question. */
  @PostMapping("/helpdesk/bots/{bot}/questions")
  public Answer ask(@PathVariable("bot") String bot, @RequestBody Question question) {
    if (question.text() == null || question.text().isBlank()) {
      throw new EmptyQuestionException("The question's text is empty.");
    }
    return new Answer(bot, platform.send(bot, question.text()).text());
  }
}
