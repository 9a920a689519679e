package io.github.sunoport.mock.fuzz;

/**
 * Runs the fuzzer against a running mock for the soak script:
 * {@code java -cp <mock jar>:<test classes> io.github.sunoport.mock.fuzz.FuzzMain <port> <seconds> [seed]}.
 * Prints a summary and the problems found; exits 1 when there were any.
 */
public final class FuzzMain {
  private FuzzMain() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    long seconds = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : MockServerFuzzTest.SEED;
    Fuzzer fuzzer = new Fuzzer(port, seed);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      fuzzer.sendOne();
    }
    System.out.println("fuzz: " + fuzzer.summary());
    fuzzer.problems().forEach(p -> System.out.println("  " + p));
    System.exit(fuzzer.problems().isEmpty() ? 0 : 1);
  }
}
