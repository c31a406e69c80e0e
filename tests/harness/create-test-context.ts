import { laneFromEnv } from "./lane";
import { createLiteSvmContext } from "./litesvm-context";
import type { TestContext, TestContextOptions } from "./test-context";
import { createValidatorContext } from "./validator-context";

/** The entry point suites use: a context on the lane chosen by `ND_LANE` (default `litesvm`). */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const lane = options.lane ?? laneFromEnv();
  switch (lane) {
    case "litesvm":
      return createLiteSvmContext(options);
    case "validator":
      return createValidatorContext(options);
  }
}
