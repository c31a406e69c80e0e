import { PurchaseState } from "./state";

/** Access to a track = its Purchase receipt for the wallet exists and was not refunded. */
export function grantsAccess(purchase: PurchaseState | null): boolean {
  return purchase !== null && purchase.state.kind !== "refunded";
}
