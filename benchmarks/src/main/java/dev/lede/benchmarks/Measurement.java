package dev.lede.benchmarks;

/**
 * One benchmark's result on one input. Immutable and thread-safe.
 *
 * @param benchmark the benchmark's simple class name and method, such as {@code JsonBenchmarks.ledeRead}; not null
 * @param input the input's name; not null
 * @param microsPerOp the average time of one call in microseconds
 * @param bytesPerOp the bytes allocated by one call, or NaN when not measured
 */
public record Measurement(String benchmark, String input, double microsPerOp, double bytesPerOp) {}
