//! Metaplex Token Metadata 1.13.2, spoken directly: its instruction data is borsh (a one-byte
//! variant index, then the arguments), written here by hand so the program needs neither the
//! Metaplex crates nor a second borsh version. Only the four instructions the drops use.
pub mod data;
pub mod instructions;
pub mod metadata;

pub use data::*;
pub use instructions::*;
pub use metadata::*;
