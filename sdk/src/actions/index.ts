// Actions: build, sign (through a wallet-adapter-shaped signer) and send. Each program adds
// its user-facing operations here (e.g. `buyTrack`), composed from `transactions/`.
export * from "./send-action";
export * from "./signer";
export * from "./market";
