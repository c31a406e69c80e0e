// Umi interop: what Metaplex's own client (@metaplex-foundation/umi with mpl-token-metadata 3.x)
// reads through the SDK's Umi adapter matches what the program wrote — the master's metadata
// (creators from the split's top recipients, the program authority verified with share 0,
// royalty, update authority), its master edition (supply = editions sold, max supply) and every
// print (edition numbers 1..N, parent, copied metadata).
import { none, publicKey, some } from "@metaplex-foundation/umi";
import { PublicKey } from "@solana/web3.js";
import { expect } from "chai";
import { findEditionsAuthorityAddress } from "../../sdk/src/editions/pda";
import { TokenMetadataKey as Key, TokenStandard, createEditionsUmi, fetchDropMasterWithUmi, fetchPrintWithUmi } from "../../sdk/src/editions/umi";
import { createPayment } from "../market/fixtures/payment";
import { createSplitSetup, openVaultSetup } from "../market/fixtures/sale-setup";
import { NAME, ROYALTY_BPS, SYMBOL, URI, createDropOn, mintAs } from "./fixtures/drop-setup";
import { EditionsEnv, createEditionsEnv } from "./fixtures/editions-env";

// Six recipients: the top four (30 %, 25 %, 20 %, 15 % of the split = 90 %) become creators, their
// shares rescaled to whole percents: floor(300/900·100) = 33, 27, 22, 16 (98), the 2 left to the first.
const SHARES = [300_000, 250_000, 200_000, 150_000, 60_000, 40_000];
const CREATOR_SHARES = [35, 27, 22, 16];
const MAX_SUPPLY = 3n;
const stripped = (s: string) => s.replace(/\0+$/, "");

describe("editions through Umi", function () {
  this.timeout(300_000);
  let env: EditionsEnv;
  before(async function () {
    env = await createEditionsEnv(this);
  });
  after(async () => env?.ctx.close());

  it("master metadata, master edition and every print read by Umi match what the program wrote", async () => {
    const payment = await createPayment(env.ctx, "sol");
    const split = await createSplitSetup(env.market, SHARES);
    const d = await createDropOn(env, await openVaultSetup(env.market, split, payment), { maxSupply: MAX_SUPPLY });
    const prints: { mint: PublicKey; edition: bigint }[] = [];
    for (let i = 0n; i < MAX_SUPPLY; i++) prints.push(await mintAs(d, await env.ctx.createFundedKeypair()));

    const umi = createEditionsUmi(env.connection);
    const state = await d.state();
    const authority = publicKey(findEditionsAuthorityAddress(env.programId).address.toBase58());
    const creators = [
      { address: authority, verified: true, share: 0 },
      ...split.recipients.slice(0, 4).map((r, i) => ({ address: publicKey(r.publicKey.toBase58()), verified: false, share: CREATOR_SHARES[i] })),
    ];

    const master = await fetchDropMasterWithUmi(umi, state);
    const md = master.metadata;
    expect(md.key).to.equal(Key.MetadataV1);
    expect([md.publicKey, md.mint, md.updateAuthority]).to.deep.equal([state.masterMetadata.toBase58(), d.masterMint.toBase58(), authority]);
    expect([stripped(md.name), stripped(md.symbol), stripped(md.uri), md.sellerFeeBasisPoints]).to.deep.equal([NAME, SYMBOL, URI, ROYALTY_BPS]);
    expect(md.creators).to.deep.equal(some(creators));
    expect([md.primarySaleHappened, md.isMutable]).to.deep.equal([false, true]);
    expect(md.tokenStandard).to.deep.equal(some(TokenStandard.NonFungible));
    expect([md.collection, md.uses, md.collectionDetails]).to.deep.equal([none(), none(), none()]);
    expect(master.masterEdition.key).to.equal(Key.MasterEditionV2);
    expect(master.masterEdition.supply).to.equal(MAX_SUPPLY);
    expect(master.masterEdition.maxSupply).to.deep.equal(some(MAX_SUPPLY));

    for (const [i, p] of prints.entries()) {
      const print = await fetchPrintWithUmi(umi, p.mint);
      expect(print.edition.key).to.equal(Key.EditionV1);
      expect([print.edition.parent, print.edition.edition]).to.deep.equal([state.masterEdition.toBase58(), BigInt(i + 1)]);
      expect(print.edition.edition).to.equal(p.edition);
      const pm = print.metadata;
      expect([pm.mint, pm.updateAuthority]).to.deep.equal([p.mint.toBase58(), authority]);
      expect([stripped(pm.name), stripped(pm.uri), pm.sellerFeeBasisPoints]).to.deep.equal([NAME, URI, ROYALTY_BPS]);
      expect(pm.creators).to.deep.equal(some(creators));
      expect(pm.tokenStandard).to.deep.equal(some(TokenStandard.NonFungibleEdition));
      expect([pm.primarySaleHappened, pm.isMutable]).to.deep.equal([false, false]);
    }
  });
});
