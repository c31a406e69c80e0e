use anchor_lang::prelude::*;

use crate::{AcceptanceError, Note, NoteWritten, MAX_NOTE_LEN, NOTE_SEED};

#[derive(Accounts)]
#[instruction(text: String)]
pub struct CreateNote<'info> {
    #[account(mut, constraint = text.len() <= MAX_NOTE_LEN as usize @ AcceptanceError::NoteTooLong)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = Note::space(text.len()),
        seeds = [NOTE_SEED, owner.key().as_ref()],
        bump,
    )]
    pub note: Account<'info, Note>,
    pub system_program: Program<'info, System>,
}

pub fn handle_create_note(ctx: Context<CreateNote>, text: String) -> Result<()> {
    let note = &mut ctx.accounts.note;
    note.owner = ctx.accounts.owner.key();
    note.bump = ctx.bumps.note;
    emit!(NoteWritten { owner: note.owner, len: text.len() as u32 });
    note.text = text;
    Ok(())
}
