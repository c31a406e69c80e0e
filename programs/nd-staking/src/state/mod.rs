pub mod lock_tier;
pub mod pod;
pub mod pool;
pub mod position;
pub mod reward_state;
pub mod stake_state;

pub use lock_tier::*;
pub use pod::*;
pub use pool::*;
pub use position::*;
pub use reward_state::*;
pub use stake_state::*;
