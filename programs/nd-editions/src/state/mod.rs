pub mod drop;
pub mod wallet_mints;

pub use drop::*;
pub use wallet_mints::*;
