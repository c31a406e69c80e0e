//! The program is the dependency's own entrypoint; this crate only gives it a cdylib to link.
pub use mpl_token_metadata::*;
