import {
  Edition,
  MasterEdition,
  Metadata,
  fetchEdition,
  fetchMasterEdition,
  fetchMetadata,
} from "@metaplex-foundation/mpl-token-metadata";
import { MaybeRpcAccount, RpcInterface, Umi, createBaseUmi, createNullRpc, lamports, publicKey as umiPublicKey } from "@metaplex-foundation/umi";
import { AccountInfo, Connection, PublicKey } from "@solana/web3.js";
import { Buffer } from "buffer";
import { DropState } from "./state";
import { findEditionAddress, findMetadataAddress } from "./token-metadata";

/** Metaplex's enums for the account kind and token standard the Umi reads return. */
export { Key as TokenMetadataKey, TokenStandard } from "@metaplex-foundation/mpl-token-metadata";
export type { Edition, MasterEdition, Metadata } from "@metaplex-foundation/mpl-token-metadata";

/** The reads Umi's Token Metadata fetchers make, served by a web3.js connection. */
export type UmiAccountSource = Pick<Connection, "getAccountInfo" | "getMultipleAccountsInfo" | "rpcEndpoint">;

function toUmiAccount(address: PublicKey, info: AccountInfo<Buffer> | null): MaybeRpcAccount {
  const publicKey = umiPublicKey(address.toBase58());
  if (!info) return { exists: false, publicKey };
  return { exists: true, publicKey, owner: umiPublicKey(info.owner.toBase58()), lamports: lamports(info.lamports), executable: info.executable, data: Uint8Array.from(info.data) };
}

/** A Umi RPC reading accounts through `connection` (everything else is Umi's null implementation). */
export function umiRpcFor(connection: UmiAccountSource): RpcInterface {
  return {
    ...createNullRpc(),
    getEndpoint: () => connection.rpcEndpoint,
    getCluster: () => "custom",
    getAccount: async (address) => {
      const key = new PublicKey(address);
      return toUmiAccount(key, await connection.getAccountInfo(key, "confirmed"));
    },
    getAccounts: async (addresses) => {
      const keys = addresses.map((a) => new PublicKey(a));
      const infos = await connection.getMultipleAccountsInfo(keys, "confirmed");
      return keys.map((k, i) => toUmiAccount(k, infos[i] ?? null));
    },
  };
}

/** A Umi instance for reading Token Metadata accounts over `connection`. */
export function createEditionsUmi(connection: UmiAccountSource): Umi {
  const rpc = umiRpcFor(connection);
  return createBaseUmi().use({
    install(umi) {
      umi.rpc = rpc;
    },
  });
}

/** A drop's master as Metaplex's client reads it: its metadata and master edition. */
export async function fetchDropMasterWithUmi(umi: Pick<Umi, "rpc">, drop: Pick<DropState, "masterMetadata" | "masterEdition">): Promise<{ readonly metadata: Metadata; readonly masterEdition: MasterEdition }> {
  return {
    metadata: await fetchMetadata(umi, umiPublicKey(drop.masterMetadata.toBase58())),
    masterEdition: await fetchMasterEdition(umi, umiPublicKey(drop.masterEdition.toBase58())),
  };
}

/** A print as Metaplex's client reads it: its metadata and its edition (number and parent). */
export async function fetchPrintWithUmi(umi: Pick<Umi, "rpc">, printMint: PublicKey): Promise<{ readonly metadata: Metadata; readonly edition: Edition }> {
  return {
    metadata: await fetchMetadata(umi, umiPublicKey(findMetadataAddress(printMint).address.toBase58())),
    edition: await fetchEdition(umi, umiPublicKey(findEditionAddress(printMint).address.toBase58())),
  };
}
