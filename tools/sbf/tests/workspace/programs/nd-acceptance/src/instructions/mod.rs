pub mod close_position;
pub mod create_note;
pub mod deposit;
pub mod initialize;
pub mod set_cap;
pub mod update_note;
pub mod withdraw;

pub use close_position::*;
pub use create_note::*;
pub use deposit::*;
pub use initialize::*;
pub use set_cap::*;
pub use update_note::*;
pub use withdraw::*;
