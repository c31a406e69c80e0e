// Transaction assembly: instructions → unsigned transactions with compute budget. Each program
// adds flows here (e.g. `purchase.ts`) that gather a flow's instructions and build the transaction.
export * from "./build-transaction";
export * from "./market";
