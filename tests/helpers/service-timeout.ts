// Integration and e2e tests talk to a real Neo4j and a real Chromium on a 2-core machine: a first
// schema creation or browser start can take longer than jest's 5 s default. This is a ceiling
// against hangs, not a speed assertion (speed lives in the benchmarks).
jest.setTimeout(120_000);
