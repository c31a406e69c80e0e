import {
  AccountInfo,
  BlockhashWithExpiryBlockHeight,
  Commitment,
  Connection,
  ConnectionConfig,
  Context,
  DataSlice,
  GetAccountInfoConfig,
  GetBalanceConfig,
  GetLatestBlockhashConfig,
  GetMultipleAccountsConfig,
  GetProgramAccountsConfig,
  GetProgramAccountsFilter,
  GetProgramAccountsResponse,
  GetSlotConfig,
  GetTransactionConfig,
  GetVersionedTransactionConfig,
  LogsCallback,
  LogsFilter,
  Message,
  PublicKey,
  RpcResponseAndContext,
  SendOptions,
  Signer,
  SignatureResult,
  SignatureStatus,
  SignatureStatusConfig,
  SimulateTransactionConfig,
  SimulatedTransactionAccountInfo,
  SimulatedTransactionResponse,
  TokenAmount,
  Transaction,
  TransactionConfirmationStrategy,
  TransactionResponse,
  TransactionSignature,
  VersionedTransaction,
  VersionedTransactionResponse,
} from "@solana/web3.js";
import { getBase58Encoder } from "@solana/kit";
import { LiteSvmChain } from "./litesvm-chain";
import { toTransactionResponse } from "./litesvm-response";

const TOKEN_PROGRAM_IDS = new Set([
  "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",
  "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb",
]);

/**
 * A web3.js `Connection` answered in-process by LiteSVM, so anchor's `Program` (account fetches,
 * `.all()`, event listeners), spl-token helpers and the SDK's actions run unchanged. Methods it does
 * not serve reach web3.js's transport, which fails with the RPC method's name instead of
 * touching the network.
 */
export class LiteSvmConnection extends Connection {
  private nextSubscriptionId = 0;
  private readonly logSubscriptions = new Map<number, () => void>();

  constructor(readonly chain: LiteSvmChain) {
    super("http://litesvm.invalid", { commitment: "confirmed", fetch: refuseRpc, disableRetryOnRateLimit: true });
  }

  private context(): Context {
    return { slot: Number(this.chain.clock().slot) };
  }

  async getAccountInfo(publicKey: PublicKey, config?: Commitment | GetAccountInfoConfig): Promise<AccountInfo<Buffer> | null> {
    return sliced(this.chain.getAccount(publicKey), dataSliceOf(config));
  }

  async getAccountInfoAndContext(
    publicKey: PublicKey,
    config?: Commitment | GetAccountInfoConfig,
  ): Promise<RpcResponseAndContext<AccountInfo<Buffer> | null>> {
    return { context: this.context(), value: await this.getAccountInfo(publicKey, config) };
  }

  async getMultipleAccountsInfo(
    publicKeys: PublicKey[],
    config?: Commitment | GetMultipleAccountsConfig,
  ): Promise<(AccountInfo<Buffer> | null)[]> {
    const slice = dataSliceOf(config);
    return publicKeys.map((key) => sliced(this.chain.getAccount(key), slice));
  }

  async getMultipleAccountsInfoAndContext(
    publicKeys: PublicKey[],
    config?: Commitment | GetMultipleAccountsConfig,
  ): Promise<RpcResponseAndContext<(AccountInfo<Buffer> | null)[]>> {
    return { context: this.context(), value: await this.getMultipleAccountsInfo(publicKeys, config) };
  }

  getProgramAccounts(
    programId: PublicKey,
    config: GetProgramAccountsConfig & Readonly<{ withContext: true }>,
  ): Promise<RpcResponseAndContext<GetProgramAccountsResponse>>;
  getProgramAccounts(programId: PublicKey, config?: GetProgramAccountsConfig | Commitment): Promise<GetProgramAccountsResponse>;
  async getProgramAccounts(
    programId: PublicKey,
    config?: GetProgramAccountsConfig | Commitment,
  ): Promise<GetProgramAccountsResponse | RpcResponseAndContext<GetProgramAccountsResponse>> {
    const options = typeof config === "object" ? config : {};
    const filters = options.filters ?? [];
    const slice = options.dataSlice;
    const accounts = this.chain
      .programAccounts(programId)
      .filter(({ account }) => filters.every((filter) => matchesFilter(account.data, filter)))
      .map(({ pubkey, account }) => ({ pubkey, account: sliced(account, slice) ?? account }));
    return options.withContext ? { context: this.context(), value: accounts } : accounts;
  }

  async getBalance(publicKey: PublicKey, _config?: Commitment | GetBalanceConfig): Promise<number> {
    return this.chain.lamports(publicKey);
  }

  async getBalanceAndContext(publicKey: PublicKey, _config?: Commitment | GetBalanceConfig): Promise<RpcResponseAndContext<number>> {
    return { context: this.context(), value: this.chain.lamports(publicKey) };
  }

  async getMinimumBalanceForRentExemption(dataLength: number, _commitment?: Commitment): Promise<number> {
    return Number(this.chain.rentExemptMinimum(dataLength));
  }

  async getTokenAccountBalance(tokenAddress: PublicKey, _commitment?: Commitment): Promise<RpcResponseAndContext<TokenAmount>> {
    const account = this.chain.getAccount(tokenAddress);
    if (!account || !TOKEN_PROGRAM_IDS.has(account.owner.toBase58()) || account.data.length < 165) {
      throw new Error(`failed to get token account balance: Invalid param: not a Token account (${tokenAddress.toBase58()})`);
    }
    const amount = account.data.readBigUInt64LE(64);
    const mint = this.chain.getAccount(new PublicKey(account.data.subarray(0, 32)));
    if (!mint) throw new Error(`failed to get token account balance: mint of ${tokenAddress.toBase58()} not found`);
    const decimals = mint.data[44];
    return { context: this.context(), value: tokenAmount(amount, decimals) };
  }

  async getLatestBlockhash(_config?: Commitment | GetLatestBlockhashConfig): Promise<BlockhashWithExpiryBlockHeight> {
    return this.chain.latestBlockhash();
  }

  async getLatestBlockhashAndContext(
    _config?: Commitment | GetLatestBlockhashConfig,
  ): Promise<RpcResponseAndContext<BlockhashWithExpiryBlockHeight>> {
    return { context: this.context(), value: this.chain.latestBlockhash() };
  }

  async getSlot(_config?: Commitment | GetSlotConfig): Promise<number> {
    return this.context().slot;
  }

  // web3.js declares this one as a property, so it is overridden as one.
  getBlockHeight = async (): Promise<number> => this.chain.currentBlockHeight();

  async getBlockTime(slot: number): Promise<number | null> {
    const clock = this.chain.clock();
    return slot === Number(clock.slot) ? Number(clock.unixTimestamp) : null;
  }

  async requestAirdrop(to: PublicKey, lamports: number): Promise<TransactionSignature> {
    return this.chain.airdrop(to, BigInt(lamports));
  }

  async sendRawTransaction(rawTransaction: Buffer | Uint8Array | number[], options?: SendOptions): Promise<TransactionSignature> {
    return this.chain.execute(Uint8Array.from(rawTransaction), { skipPreflight: options?.skipPreflight }).signature;
  }

  sendTransaction(transaction: Transaction, signers: Signer[], options?: SendOptions): Promise<TransactionSignature>;
  sendTransaction(transaction: VersionedTransaction, options?: SendOptions): Promise<TransactionSignature>;
  async sendTransaction(
    transaction: Transaction | VersionedTransaction,
    signersOrOptions?: Signer[] | SendOptions,
    options?: SendOptions,
  ): Promise<TransactionSignature> {
    if (transaction instanceof VersionedTransaction) {
      return this.sendRawTransaction(transaction.serialize(), Array.isArray(signersOrOptions) ? undefined : signersOrOptions);
    }
    const signers = Array.isArray(signersOrOptions) ? signersOrOptions : [];
    transaction.recentBlockhash = this.chain.latestBlockhash().blockhash;
    transaction.sign(...signers);
    return this.sendRawTransaction(transaction.serialize(), options);
  }

  confirmTransaction(strategy: TransactionConfirmationStrategy, commitment?: Commitment): Promise<RpcResponseAndContext<SignatureResult>>;
  confirmTransaction(strategy: TransactionSignature, commitment?: Commitment): Promise<RpcResponseAndContext<SignatureResult>>;
  async confirmTransaction(
    strategy: TransactionConfirmationStrategy | TransactionSignature,
    _commitment?: Commitment,
  ): Promise<RpcResponseAndContext<SignatureResult>> {
    const signature = typeof strategy === "string" ? strategy : strategy.signature;
    const status = this.statusOf(signature);
    // Execution is synchronous, so an unknown signature can only be one that never landed.
    if (!status) throw new Error(`LiteSVM: transaction ${signature} was never executed (rejected before landing)`);
    return { context: this.context(), value: { err: status.err } };
  }

  async getSignatureStatus(signature: TransactionSignature, _config?: SignatureStatusConfig): Promise<RpcResponseAndContext<SignatureStatus | null>> {
    return { context: this.context(), value: this.statusOf(signature) };
  }

  async getSignatureStatuses(
    signatures: TransactionSignature[],
    _config?: SignatureStatusConfig,
  ): Promise<RpcResponseAndContext<(SignatureStatus | null)[]>> {
    return { context: this.context(), value: signatures.map((s) => this.statusOf(s)) };
  }

  private statusOf(signature: string): SignatureStatus | null {
    const landed = this.chain.landedStatus(signature);
    return landed && { slot: landed.slot, confirmations: null, err: landed.err, confirmationStatus: "finalized" };
  }

  getTransaction(signature: string, config?: GetTransactionConfig): Promise<TransactionResponse | null>;
  getTransaction(signature: string, config: GetVersionedTransactionConfig): Promise<VersionedTransactionResponse | null>;
  async getTransaction(
    signature: string,
    config?: GetTransactionConfig | GetVersionedTransactionConfig,
  ): Promise<TransactionResponse | VersionedTransactionResponse | null> {
    const executed = this.chain.transaction(signature);
    if (!executed) return null;
    const maxVersion = config && "maxSupportedTransactionVersion" in config ? config.maxSupportedTransactionVersion : undefined;
    if (executed.message.version !== "legacy" && maxVersion === undefined) {
      // What an RPC node answers to a client that cannot decode versioned transactions.
      throw new Error(
        `failed to get transaction: Transaction version (${executed.message.version}) is not supported by the requesting client. ` +
          "Please try the request again with the following configuration parameter: \"maxSupportedTransactionVersion\": 0",
      );
    }
    return toTransactionResponse(executed);
  }

  simulateTransaction(
    transactionOrMessage: Transaction | Message,
    signers?: Signer[],
    includeAccounts?: boolean | PublicKey[],
  ): Promise<RpcResponseAndContext<SimulatedTransactionResponse>>;
  simulateTransaction(transaction: VersionedTransaction, config?: SimulateTransactionConfig): Promise<RpcResponseAndContext<SimulatedTransactionResponse>>;
  async simulateTransaction(
    transaction: Transaction | Message | VersionedTransaction,
    signersOrConfig?: Signer[] | SimulateTransactionConfig,
    includeAccounts?: boolean | PublicKey[],
  ): Promise<RpcResponseAndContext<SimulatedTransactionResponse>> {
    let wire: Uint8Array;
    let sigVerify: boolean;
    let addresses: string[] | undefined;
    if (transaction instanceof VersionedTransaction) {
      const config = Array.isArray(signersOrConfig) ? undefined : signersOrConfig;
      wire = transaction.serialize();
      sigVerify = config?.sigVerify ?? false;
      addresses = config?.accounts?.addresses;
    } else {
      const tx = transaction instanceof Transaction ? transaction : Transaction.populate(transaction);
      const signers = Array.isArray(signersOrConfig) ? signersOrConfig : [];
      tx.recentBlockhash = tx.recentBlockhash ?? this.chain.latestBlockhash().blockhash;
      if (signers.length > 0) tx.sign(...signers);
      wire = tx.serialize({ requireAllSignatures: false, verifySignatures: false });
      sigVerify = signers.length > 0;
      if (includeAccounts) {
        const keys = Array.isArray(includeAccounts) ? includeAccounts : tx.compileMessage().nonProgramIds();
        addresses = keys.map((k) => k.toBase58());
      }
    }
    const outcome = this.chain.simulate(wire, { sigVerify });
    const accounts = addresses?.map((address): SimulatedTransactionAccountInfo | null => {
      const account = outcome.postAccounts.get(address) ?? this.chain.getAccount(new PublicKey(address));
      if (!account) return null;
      return {
        executable: account.executable,
        owner: account.owner.toBase58(),
        lamports: account.lamports,
        data: [account.data.toString("base64"), "base64"],
      };
    });
    return {
      context: this.context(),
      value: {
        err: outcome.err,
        logs: outcome.logs,
        accounts: accounts ?? null,
        unitsConsumed: outcome.computeUnits,
        returnData: outcome.returnData,
      },
    };
  }

  onLogs(filter: LogsFilter, callback: LogsCallback, _commitment?: Commitment): number {
    const id = this.nextSubscriptionId++;
    const unsubscribe = this.chain.onExecuted((tx) => {
      if (filter instanceof PublicKey && !tx.accountKeys.some((key) => key.equals(filter))) return;
      const context = { slot: tx.slot };
      // Notifications arrive after the send resolves, as they do over a websocket.
      queueMicrotask(() => callback({ signature: tx.signature, err: tx.err, logs: tx.logs }, context));
    });
    this.logSubscriptions.set(id, unsubscribe);
    return id;
  }

  async removeOnLogsListener(clientSubscriptionId: number): Promise<void> {
    this.logSubscriptions.get(clientSubscriptionId)?.();
    this.logSubscriptions.delete(clientSubscriptionId);
  }

  // Websocket subscriptions other than logs would silently never fire here; refuse them loudly.
  onAccountChange(): never {
    throw unsupported("onAccountChange");
  }
  onProgramAccountChange(): never {
    throw unsupported("onProgramAccountChange");
  }
  onSignature(): never {
    throw unsupported("onSignature");
  }
  onSignatureWithOptions(): never {
    throw unsupported("onSignatureWithOptions");
  }
  onSlotChange(): never {
    throw unsupported("onSlotChange");
  }
  onSlotUpdate(): never {
    throw unsupported("onSlotUpdate");
  }
  onRootChange(): never {
    throw unsupported("onRootChange");
  }
}

function unsupported(method: string): Error {
  return new Error(`LiteSVM lane: Connection.${method} is not served by the LiteSVM connection`);
}

/** The transport web3.js would use for every method not overridden above. */
const refuseRpc: NonNullable<ConnectionConfig["fetch"]> = async (_input, init) => {
  let method = "unknown";
  try {
    const body: unknown = JSON.parse(String(init?.body ?? "{}"));
    const first: unknown = Array.isArray(body) ? body[0] : body;
    if (typeof first === "object" && first !== null && "method" in first) method = String(first.method);
  } catch {
    // keep "unknown": the body is only read to name the method
  }
  throw unsupported(`${method} (RPC)`);
};

function dataSliceOf(config: Commitment | GetAccountInfoConfig | GetMultipleAccountsConfig | undefined): DataSlice | undefined {
  return typeof config === "object" ? config.dataSlice : undefined;
}

function sliced(account: AccountInfo<Buffer> | null, slice: DataSlice | undefined): AccountInfo<Buffer> | null {
  if (!account || !slice) return account;
  return { ...account, data: account.data.subarray(slice.offset, slice.offset + slice.length) };
}

function matchesFilter(data: Buffer, filter: GetProgramAccountsFilter): boolean {
  if ("dataSize" in filter) return data.length === filter.dataSize;
  const { offset, bytes } = filter.memcmp;
  const expected =
    "encoding" in filter.memcmp && filter.memcmp.encoding === "base64"
      ? Buffer.from(bytes, "base64")
      : Buffer.from(getBase58Encoder().encode(bytes));
  return data.length >= offset + expected.length && data.subarray(offset, offset + expected.length).equals(expected);
}

function tokenAmount(amount: bigint, decimals: number): TokenAmount {
  const scale = 10n ** BigInt(decimals);
  const whole = amount / scale;
  const fraction = (amount % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  const uiAmountString = fraction ? `${whole}.${fraction}` : whole.toString();
  return { amount: amount.toString(), decimals, uiAmount: Number(uiAmountString), uiAmountString };
}
