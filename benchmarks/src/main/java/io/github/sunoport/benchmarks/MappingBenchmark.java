package io.github.sunoport.benchmarks;

import io.github.sunoport.core.model.Task;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Pure mapping, JSON bytes to domain task, for each provider's documented record-info answer. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MappingBenchmark {
  @Param({"KIE_LYRICS", "KIE_MUSIC", "SUNOAPI_ORG_LYRICS", "SUNOAPI_ORG_MUSIC", "SUNOAPI_COM_LYRICS"})
  public String payload;

  private byte[] bytes;
  private Function<byte[], Task> mapping;

  @Setup
  public void setUp() {
    Payloads chosen = Payloads.valueOf(payload);
    bytes = chosen.bytes();
    mapping = Mappings.of(chosen);
  }

  @Benchmark
  public Task map() {
    return mapping.apply(bytes);
  }
}
