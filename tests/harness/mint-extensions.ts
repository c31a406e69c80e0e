import {
  AccountState,
  ExtensionType,
  TOKEN_2022_PROGRAM_ID,
  createInitializeDefaultAccountStateInstruction,
  createInitializeMintCloseAuthorityInstruction,
  createInitializeNonTransferableMintInstruction,
  createInitializePermanentDelegateInstruction,
  createInitializeTransferFeeConfigInstruction,
  createInitializeTransferHookInstruction,
} from "@solana/spl-token";
import { PublicKey, TransactionInstruction } from "@solana/web3.js";

/**
 * Token-2022 mint extensions a test can ask for. To support another one, add a variant here and
 * its entry in HANDLERS (its ExtensionType and the instruction that initialises it before
 * InitializeMint); `createMint` sizes the account and sends the instructions.
 */
export type MintExtension =
  | {
      readonly kind: "transferFee";
      readonly feeBasisPoints: number;
      readonly maximumFee: bigint;
      /** Defaults to the mint authority. */
      readonly configAuthority?: PublicKey | null;
      /** Defaults to the mint authority. */
      readonly withdrawAuthority?: PublicKey | null;
    }
  | { readonly kind: "mintCloseAuthority"; readonly closeAuthority: PublicKey | null }
  | { readonly kind: "permanentDelegate"; readonly delegate: PublicKey | null }
  | { readonly kind: "nonTransferable" }
  /** `Frozen` needs the mint to have a freeze authority. */
  | { readonly kind: "defaultAccountState"; readonly state: AccountState }
  | {
      readonly kind: "transferHook";
      /** The hook program (need not exist until a transfer runs). */
      readonly hookProgramId: PublicKey;
      /** Defaults to the mint authority. */
      readonly authority?: PublicKey;
    };

type ExtensionOf<K extends MintExtension["kind"]> = Extract<MintExtension, { kind: K }>;

interface ExtensionHandler<E extends MintExtension> {
  readonly type: ExtensionType;
  initialize(mint: PublicKey, extension: E, mintAuthority: PublicKey): TransactionInstruction;
}

const HANDLERS: { readonly [K in MintExtension["kind"]]: ExtensionHandler<ExtensionOf<K>> } = {
  transferFee: {
    type: ExtensionType.TransferFeeConfig,
    initialize: (mint, ext, authority) =>
      createInitializeTransferFeeConfigInstruction(
        mint,
        ext.configAuthority === undefined ? authority : ext.configAuthority,
        ext.withdrawAuthority === undefined ? authority : ext.withdrawAuthority,
        ext.feeBasisPoints,
        ext.maximumFee,
        TOKEN_2022_PROGRAM_ID,
      ),
  },
  mintCloseAuthority: {
    type: ExtensionType.MintCloseAuthority,
    initialize: (mint, ext) => createInitializeMintCloseAuthorityInstruction(mint, ext.closeAuthority, TOKEN_2022_PROGRAM_ID),
  },
  permanentDelegate: {
    type: ExtensionType.PermanentDelegate,
    initialize: (mint, ext) => createInitializePermanentDelegateInstruction(mint, ext.delegate, TOKEN_2022_PROGRAM_ID),
  },
  nonTransferable: {
    type: ExtensionType.NonTransferable,
    initialize: (mint) => createInitializeNonTransferableMintInstruction(mint, TOKEN_2022_PROGRAM_ID),
  },
  defaultAccountState: {
    type: ExtensionType.DefaultAccountState,
    initialize: (mint, ext) => createInitializeDefaultAccountStateInstruction(mint, ext.state, TOKEN_2022_PROGRAM_ID),
  },
  transferHook: {
    type: ExtensionType.TransferHook,
    initialize: (mint, ext, authority) =>
      createInitializeTransferHookInstruction(mint, ext.authority ?? authority, ext.hookProgramId, TOKEN_2022_PROGRAM_ID),
  },
};

function handlerFor<E extends MintExtension>(extension: E): ExtensionHandler<E> {
  return HANDLERS[extension.kind] as ExtensionHandler<MintExtension> as ExtensionHandler<E>;
}

export function mintExtensionTypes(extensions: readonly MintExtension[]): ExtensionType[] {
  return extensions.map((extension) => handlerFor(extension).type);
}

/** Instructions that must run between the mint account's creation and InitializeMint. */
export function mintExtensionInstructions(
  mint: PublicKey,
  extensions: readonly MintExtension[],
  mintAuthority: PublicKey,
): TransactionInstruction[] {
  return extensions.map((extension) => handlerFor(extension).initialize(mint, extension, mintAuthority));
}
