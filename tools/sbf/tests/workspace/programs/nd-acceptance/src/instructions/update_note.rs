use anchor_lang::prelude::*;

use crate::{AcceptanceError, Note, NoteWritten, MAX_NOTE_LEN, NOTE_SEED};

#[derive(Accounts)]
#[instruction(text: String)]
pub struct UpdateNote<'info> {
    #[account(mut, constraint = text.len() <= MAX_NOTE_LEN as usize @ AcceptanceError::NoteTooLong)]
    pub owner: Signer<'info>,
    /// Resized to fit `text`: the owner pays the extra rent on growth and gets it back on shrink.
    #[account(
        mut,
        seeds = [NOTE_SEED, owner.key().as_ref()],
        bump = note.bump,
        has_one = owner,
        realloc = Note::space(text.len()),
        realloc::payer = owner,
        realloc::zero = false,
    )]
    pub note: Account<'info, Note>,
    pub system_program: Program<'info, System>,
}

pub fn handle_update_note(ctx: Context<UpdateNote>, text: String) -> Result<()> {
    let note = &mut ctx.accounts.note;
    emit!(NoteWritten { owner: note.owner, len: text.len() as u32 });
    note.text = text;
    Ok(())
}
