package dev.errata.benchmarks.decode;

import java.util.function.Function;

/**
 * Makes each call at the next of 32 stack depths in turn, for benchmarks that compare how much
 * making an exception allocates. The JVM records a stack trace in chunks of 32 frames, so the
 * bytes an exception costs step up by a chunk (about 680 bytes) whenever the stack it is made on
 * crosses a multiple of 32 frames: an error path a few frames deeper than another costs a whole
 * chunk more at some depths and nothing more at the rest. An application's calls come from any
 * depth; over 32 depths in turn each side pays, on average, for the frames it adds.
 */
public final class EveryDepth {

  private static final int CHUNK = 32;

  private int next;

  /**
   * What {@code call} returns for {@code on}, called {@code 0..31} frames deeper than the last
   * call was, in turn. Pass an unbound method reference ({@code Stack::errataError}), which is
   * one object for all calls, so that the call allocates nothing of its own.
   */
  public <S, T> T call(Function<S, T> call, S on) {
    int extra = next;
    next = (next + 1) % CHUNK;
    return at(extra, call, on);
  }

  private static <S, T> T at(int extra, Function<S, T> call, S on) {
    return extra == 0 ? call.apply(on) : at(extra - 1, call, on);
  }
}
