// Instruction builders: pure functions from typed arguments to `TransactionInstruction`s, no
// network and no signing. Each program adds one module here (e.g. `market.ts`) whose builders use
// `programClient(name, connection).methods.x(args).accountsStrict({...}).instruction()`.
export * from "./associated-token";
export * from "./compute-budget";
export * from "./market";
