pub mod mint_check;
pub mod payments;
pub mod sale;

pub use mint_check::*;
pub use payments::*;
pub use sale::*;
