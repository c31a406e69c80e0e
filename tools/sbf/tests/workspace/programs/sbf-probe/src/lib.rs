//! Differential probe program: runs the pure functions of `sbf-probe-cases` on SBF.
//!
//! Instruction data, first byte:
//! - `0` batch: `[0][case u16][first u32][count u32]`; accounts `[input, output (writable,
//!   owned by this program)]`. Runs records `first..first+count` of the input account into the
//!   same slots of the output account and returns the number of records run (u32) as return
//!   data. The caller sizes `count` to the compute budget.
//! - `1` inline: `[1][case u16][records…]`; returns the output records as return data.
use sbf_probe_cases::{run_one, Case, CASES};
use solana_account_info::AccountInfo;
use solana_program_error::{ProgramError, ProgramResult};
use solana_pubkey::Pubkey;

solana_pubkey::declare_id!("479uA3to7Vyo9muqojZbGURTaWiHptG1tov4eNDy32LW");

#[cfg(not(feature = "no-entrypoint"))]
solana_program_entrypoint::entrypoint!(process);

/// Return data is limited to 1024 bytes per transaction.
const MAX_RETURN: usize = 1024;

fn case_at(data: &[u8]) -> Result<&'static Case, ProgramError> {
    let index = u16::from_le_bytes([data[1], data[2]]) as usize;
    CASES.get(index).ok_or(ProgramError::InvalidInstructionData)
}

fn u32_at(data: &[u8], at: usize) -> usize {
    u32::from_le_bytes([data[at], data[at + 1], data[at + 2], data[at + 3]]) as usize
}

pub fn process(program_id: &Pubkey, accounts: &[AccountInfo], data: &[u8]) -> ProgramResult {
    match data.first() {
        Some(0) if data.len() == 11 => batch(
            program_id,
            accounts,
            case_at(data)?,
            u32_at(data, 3),
            u32_at(data, 7),
        ),
        Some(1) if data.len() >= 3 => inline(case_at(data)?, &data[3..]),
        _ => Err(ProgramError::InvalidInstructionData),
    }
}

fn batch(
    program_id: &Pubkey,
    accounts: &[AccountInfo],
    case: &Case,
    first: usize,
    count: usize,
) -> ProgramResult {
    let [input, output] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if output.owner != program_id || !output.is_writable {
        return Err(ProgramError::IllegalOwner);
    }
    let input = input.try_borrow_data()?;
    let mut output = output.try_borrow_mut_data()?;
    if (first + count) * case.input > input.len() || (first + count) * case.output > output.len() {
        return Err(ProgramError::AccountDataTooSmall);
    }
    for i in first..first + count {
        run_one(
            case,
            &input[i * case.input..],
            &mut output[i * case.output..],
        );
    }
    solana_cpi::set_return_data(&(count as u32).to_le_bytes());
    Ok(())
}

fn inline(case: &Case, records: &[u8]) -> ProgramResult {
    if records.len() % case.input != 0 || records.len() / case.input * case.output > MAX_RETURN {
        return Err(ProgramError::InvalidInstructionData);
    }
    let mut out = vec![0u8; records.len() / case.input * case.output];
    for (input, output) in records
        .chunks_exact(case.input)
        .zip(out.chunks_exact_mut(case.output))
    {
        run_one(case, input, output);
    }
    solana_cpi::set_return_data(&out);
    Ok(())
}
