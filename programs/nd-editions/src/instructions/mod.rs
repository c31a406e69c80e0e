pub mod accept_authority;
pub mod close_drop;
pub mod create_drop;
pub mod mint_edition;
pub mod propose_authority;
pub mod set_paused;
pub mod update_drop;

pub use accept_authority::*;
pub use close_drop::*;
pub use create_drop::*;
pub use mint_edition::*;
pub use propose_authority::*;
pub use set_paused::*;
pub use update_drop::*;
