import { PaySplitParams, paySplitInstruction } from "../../instructions/market";
import { ActionResult } from "../send-action";
import { MarketActionOptions, programFor, sendMarket, tokenProgramOfMint } from "./common";

/** Pays `amount` (+ tip) into a split's vault as the signer; booked like an instant sale. */
export async function paySplit(p: MarketActionOptions & Omit<PaySplitParams, "payer" | "tokenProgram">): Promise<ActionResult> {
  const tokenProgram = await tokenProgramOfMint(p.connection, p.mint);
  return sendMarket(p, [await paySplitInstruction(programFor(p), { ...p, payer: p.signer.publicKey, tokenProgram })]);
}
