import { createMplTokenMetadataProgram, getMplTokenMetadataErrorFromCode } from "@metaplex-foundation/mpl-token-metadata";
import type { ErrorSource } from "../errors";
import { TOKEN_METADATA_PROGRAM_ID } from "../programs";

/** Token Metadata's error codes (1.13.2 keeps the enum order) as an error source. */
const HIGHEST_CODE = 512;

let cached: ErrorSource | undefined;

/**
 * Token Metadata's errors, named by Metaplex's own client (@metaplex-foundation/mpl-token-metadata),
 * so `decodeProgramError` names a refused print (`alreadyInitialized`, `invalidMintAuthority`, …).
 */
export function tokenMetadataErrors(): ErrorSource {
  if (!cached) {
    const program = createMplTokenMetadataProgram();
    const errors: { code: number; name: string; msg: string }[] = [];
    for (let code = 0; code <= HIGHEST_CODE; code++) {
      const error = getMplTokenMetadataErrorFromCode(code, program);
      if (error) errors.push({ code, name: error.name, msg: error.name });
    }
    cached = { address: TOKEN_METADATA_PROGRAM_ID.toBase58(), metadata: { name: "mplTokenMetadata" }, errors };
  }
  return cached;
}
