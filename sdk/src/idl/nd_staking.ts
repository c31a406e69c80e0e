/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/nd_staking.json`.
 */
export type NdStaking = {
  "address": "4J3jazVt2QX7iy19J8g3t2R5Hh9bkcggcuT4416xKnE4",
  "metadata": {
    "name": "ndStaking",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Normal Dance staking: stake a token with optional lockups, earn streamed rewards and a share of platform fees"
  },
  "instructions": [
    {
      "name": "acceptAuthority",
      "discriminator": [
        107,
        86,
        198,
        91,
        33,
        12,
        107,
        160
      ],
      "accounts": [
        {
          "name": "newAuthority",
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "addStake",
      "docs": [
        "Stakes more into an existing position (same multiplier and lock end)."
      ],
      "discriminator": [
        58,
        135,
        189,
        105,
        160,
        120,
        165,
        224
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "pool",
          "writable": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true
        },
        {
          "name": "stakeMint",
          "relations": [
            "pool"
          ]
        },
        {
          "name": "ownerTokens",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "stakeTokenProgram"
        },
        {
          "name": "eventAuthority",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  95,
                  95,
                  101,
                  118,
                  101,
                  110,
                  116,
                  95,
                  97,
                  117,
                  116,
                  104,
                  111,
                  114,
                  105,
                  116,
                  121
                ]
              }
            ]
          }
        },
        {
          "name": "program"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "claim",
      "docs": [
        "Pays the position's rewards."
      ],
      "discriminator": [
        62,
        198,
        214,
        193,
        213,
        159,
        108,
        210
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "pool",
          "writable": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true
        },
        {
          "name": "rewardMint",
          "relations": [
            "pool"
          ]
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "rewardTokenProgram"
        },
        {
          "name": "eventAuthority",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  95,
                  95,
                  101,
                  118,
                  101,
                  110,
                  116,
                  95,
                  97,
                  117,
                  116,
                  104,
                  111,
                  114,
                  105,
                  116,
                  121
                ]
              }
            ]
          }
        },
        {
          "name": "program"
        }
      ],
      "args": []
    },
    {
      "name": "closePosition",
      "docs": [
        "Closes an empty, fully claimed position and refunds its rent."
      ],
      "discriminator": [
        123,
        134,
        81,
        0,
        49,
        68,
        98,
        98
      ],
      "accounts": [
        {
          "name": "owner",
          "writable": true,
          "signer": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "pool",
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "earlyExit",
      "docs": [
        "Takes `amount` out before the lock ends, paying the pool's early-exit penalty to the",
        "remaining stakers."
      ],
      "discriminator": [
        57,
        50,
        147,
        224,
        231,
        173,
        36,
        75
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "pool",
          "writable": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true
        },
        {
          "name": "stakeMint",
          "relations": [
            "pool"
          ]
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "stakeTokenProgram"
        },
        {
          "name": "eventAuthority",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  95,
                  95,
                  101,
                  118,
                  101,
                  110,
                  116,
                  95,
                  97,
                  117,
                  116,
                  104,
                  111,
                  114,
                  105,
                  116,
                  121
                ]
              }
            ]
          }
        },
        {
          "name": "program"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "fundRewards",
      "docs": [
        "Adds `amount` to the rewards and streams it, with everything not yet handed out, over",
        "`period_secs` from now. Anyone may call it, programs too (signing for the funder)."
      ],
      "discriminator": [
        114,
        64,
        163,
        112,
        175,
        167,
        19,
        121
      ],
      "accounts": [
        {
          "name": "funder",
          "docs": [
            "Authority over `funder_tokens` (owner or delegate); may be a PDA of a calling program."
          ],
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "rewardMint",
          "relations": [
            "pool"
          ]
        },
        {
          "name": "funderTokens",
          "docs": [
            "checks mint and authority."
          ],
          "writable": true
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "rewardTokenProgram"
        },
        {
          "name": "eventAuthority",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  95,
                  95,
                  101,
                  118,
                  101,
                  110,
                  116,
                  95,
                  97,
                  117,
                  116,
                  104,
                  111,
                  114,
                  105,
                  116,
                  121
                ]
              }
            ]
          }
        },
        {
          "name": "program"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        },
        {
          "name": "periodSecs",
          "type": "u64"
        }
      ]
    },
    {
      "name": "initPool",
      "docs": [
        "Creates the pool of (stake mint, reward mint) with its two vaults; the signer becomes",
        "its authority."
      ],
      "discriminator": [
        116,
        233,
        199,
        204,
        115,
        159,
        171,
        36
      ],
      "accounts": [
        {
          "name": "authority",
          "docs": [
            "Pays the rent and becomes the pool authority."
          ],
          "writable": true,
          "signer": true
        },
        {
          "name": "pool",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  111,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "stakeMint"
              },
              {
                "kind": "account",
                "path": "rewardMint"
              }
            ]
          }
        },
        {
          "name": "stakeMint"
        },
        {
          "name": "rewardMint"
        },
        {
          "name": "stakeVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  115,
                  116,
                  97,
                  107,
                  101,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "pool"
              }
            ]
          }
        },
        {
          "name": "rewardVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "pool"
              }
            ]
          }
        },
        {
          "name": "stakeTokenProgram"
        },
        {
          "name": "rewardTokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "initPoolArgs"
            }
          }
        }
      ]
    },
    {
      "name": "proposeAuthority",
      "discriminator": [
        20,
        148,
        236,
        198,
        76,
        119,
        99,
        142
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "pool",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "newAuthority",
          "type": "pubkey"
        }
      ]
    },
    {
      "name": "refreshPosition",
      "docs": [
        "Settles a position to now (anyone may), ending an expired boost."
      ],
      "discriminator": [
        198,
        60,
        142,
        140,
        104,
        224,
        113,
        50
      ],
      "accounts": [
        {
          "name": "pool",
          "writable": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "setPaused",
      "discriminator": [
        91,
        60,
        125,
        192,
        176,
        225,
        166,
        218
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "pool",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "paused",
          "type": "bool"
        }
      ]
    },
    {
      "name": "setTiers",
      "docs": [
        "Replaces the lock tiers for positions opened from now on."
      ],
      "discriminator": [
        170,
        131,
        109,
        175,
        156,
        214,
        177,
        121
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "pool",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "tiers",
          "type": {
            "vec": {
              "defined": {
                "name": "lockTierConfig"
              }
            }
          }
        }
      ]
    },
    {
      "name": "stake",
      "docs": [
        "Opens the owner's position `nonce`, locked for `lock_secs`, and stakes `amount` into it."
      ],
      "discriminator": [
        206,
        176,
        202,
        18,
        200,
        209,
        179,
        108
      ],
      "accounts": [
        {
          "name": "owner",
          "docs": [
            "Owns the new position, pays its rent and signs for `owner_tokens`."
          ],
          "writable": true,
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  115,
                  105,
                  116,
                  105,
                  111,
                  110
                ]
              },
              {
                "kind": "account",
                "path": "pool"
              },
              {
                "kind": "account",
                "path": "owner"
              },
              {
                "kind": "arg",
                "path": "args.nonce"
              }
            ]
          }
        },
        {
          "name": "stakeMint",
          "relations": [
            "pool"
          ]
        },
        {
          "name": "ownerTokens",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "stakeTokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "eventAuthority",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  95,
                  95,
                  101,
                  118,
                  101,
                  110,
                  116,
                  95,
                  97,
                  117,
                  116,
                  104,
                  111,
                  114,
                  105,
                  116,
                  121
                ]
              }
            ]
          }
        },
        {
          "name": "program"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "stakeArgs"
            }
          }
        }
      ]
    },
    {
      "name": "unstake",
      "docs": [
        "Takes `amount` out of a position whose lock has ended."
      ],
      "discriminator": [
        90,
        95,
        107,
        42,
        205,
        124,
        50,
        225
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "pool",
          "writable": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true
        },
        {
          "name": "stakeMint",
          "relations": [
            "pool"
          ]
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "pool"
          ]
        },
        {
          "name": "stakeTokenProgram"
        },
        {
          "name": "eventAuthority",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  95,
                  95,
                  101,
                  118,
                  101,
                  110,
                  116,
                  95,
                  97,
                  117,
                  116,
                  104,
                  111,
                  114,
                  105,
                  116,
                  121
                ]
              }
            ]
          }
        },
        {
          "name": "program"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "pool",
      "discriminator": [
        241,
        154,
        109,
        4,
        17,
        177,
        109,
        188
      ]
    },
    {
      "name": "position",
      "discriminator": [
        170,
        188,
        143,
        228,
        122,
        64,
        247,
        208
      ]
    }
  ],
  "events": [
    {
      "name": "authorityAccepted",
      "discriminator": [
        166,
        192,
        219,
        188,
        41,
        209,
        195,
        26
      ]
    },
    {
      "name": "authorityProposed",
      "discriminator": [
        244,
        117,
        94,
        112,
        53,
        151,
        35,
        89
      ]
    },
    {
      "name": "pausedSet",
      "discriminator": [
        171,
        125,
        127,
        156,
        233,
        81,
        68,
        66
      ]
    },
    {
      "name": "poolInitialized",
      "discriminator": [
        100,
        118,
        173,
        87,
        12,
        198,
        254,
        229
      ]
    },
    {
      "name": "positionClosed",
      "discriminator": [
        157,
        163,
        227,
        228,
        13,
        97,
        138,
        121
      ]
    },
    {
      "name": "rewardsClaimed",
      "discriminator": [
        75,
        98,
        88,
        18,
        219,
        112,
        88,
        121
      ]
    },
    {
      "name": "rewardsFunded",
      "discriminator": [
        84,
        233,
        245,
        203,
        228,
        147,
        165,
        92
      ]
    },
    {
      "name": "staked",
      "discriminator": [
        11,
        146,
        45,
        205,
        230,
        58,
        213,
        240
      ]
    },
    {
      "name": "tiersSet",
      "discriminator": [
        133,
        186,
        226,
        240,
        39,
        2,
        99,
        62
      ]
    },
    {
      "name": "unstaked",
      "discriminator": [
        27,
        179,
        156,
        215,
        47,
        71,
        195,
        7
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "notAuthority",
      "msg": "only the pool authority may do this"
    },
    {
      "code": 6001,
      "name": "notPendingAuthority",
      "msg": "only the proposed authority may accept the handover"
    },
    {
      "code": 6002,
      "name": "poolPaused",
      "msg": "the pool is paused"
    },
    {
      "code": 6003,
      "name": "tooManyTiers",
      "msg": "a pool holds at most 8 lock tiers"
    },
    {
      "code": 6004,
      "name": "tiersUnsorted",
      "msg": "lock tiers must have strictly increasing durations and non-decreasing multipliers"
    },
    {
      "code": 6005,
      "name": "multiplierOutOfRange",
      "msg": "a lock multiplier must be between 10000 and 100000 bps (1x to 10x)"
    },
    {
      "code": 6006,
      "name": "penaltyOutOfRange",
      "msg": "the early-exit penalty may be at most 5000 bps"
    },
    {
      "code": 6007,
      "name": "penaltyNeedsSameMint",
      "msg": "an early-exit penalty needs the stake mint to be the reward mint, since it is paid out as rewards"
    },
    {
      "code": 6008,
      "name": "zeroMinStake",
      "msg": "the minimum stake must be at least one base unit"
    },
    {
      "code": 6009,
      "name": "unsupportedMintExtension",
      "msg": "the mint has an extension the pool cannot hold safely (permanent delegate, transfer hook or non-transferable)"
    },
    {
      "code": 6010,
      "name": "zeroAmount",
      "msg": "amount must be greater than zero"
    },
    {
      "code": 6011,
      "name": "stakeBelowMinimum",
      "msg": "a position must hold at least the pool's minimum stake, or nothing"
    },
    {
      "code": 6012,
      "name": "lockTooLong",
      "msg": "the lock is longer than the ten-year maximum"
    },
    {
      "code": 6013,
      "name": "multiplierBelowMinimum",
      "msg": "the lock tier's multiplier is below the minimum the staker accepted"
    },
    {
      "code": 6014,
      "name": "stillLocked",
      "msg": "the position is still locked: use early_exit to leave before lock_end with the penalty"
    },
    {
      "code": 6015,
      "name": "earlyExitDisabled",
      "msg": "this pool has no early exit: wait for the lock to end"
    },
    {
      "code": 6016,
      "name": "insufficientStake",
      "msg": "the amount exceeds what the position holds"
    },
    {
      "code": 6017,
      "name": "nothingToClaim",
      "msg": "the position has no rewards to claim"
    },
    {
      "code": 6018,
      "name": "positionNotEmpty",
      "msg": "the position still holds stake"
    },
    {
      "code": 6019,
      "name": "rewardsUnclaimed",
      "msg": "the position still has unclaimed rewards: claim them first"
    },
    {
      "code": 6020,
      "name": "zeroPeriod",
      "msg": "the reward period must be at least one second"
    },
    {
      "code": 6021,
      "name": "periodTooLong",
      "msg": "the reward period is longer than the ten-year maximum"
    },
    {
      "code": 6022,
      "name": "periodEndsTooSoon",
      "msg": "a new funding may not end before the running reward period"
    },
    {
      "code": 6023,
      "name": "rewardRateWouldDrop",
      "msg": "a new funding may not lower the running reward rate"
    },
    {
      "code": 6024,
      "name": "rewardRateOverflow",
      "msg": "the reward budget or the reward-per-weight accumulator would overflow"
    },
    {
      "code": 6025,
      "name": "wrongStakeMint",
      "msg": "the stake mint does not match the pool"
    },
    {
      "code": 6026,
      "name": "wrongRewardMint",
      "msg": "the reward mint does not match the pool"
    },
    {
      "code": 6027,
      "name": "wrongStakeVault",
      "msg": "the stake vault is not the pool's"
    },
    {
      "code": 6028,
      "name": "wrongRewardVault",
      "msg": "the reward vault is not the pool's"
    },
    {
      "code": 6029,
      "name": "wrongTokenProgram",
      "msg": "the token program does not own the pool's mint"
    },
    {
      "code": 6030,
      "name": "notPositionOwner",
      "msg": "the position belongs to another owner"
    },
    {
      "code": 6031,
      "name": "wrongPool",
      "msg": "the position belongs to another pool"
    },
    {
      "code": 6032,
      "name": "clockWentBackwards",
      "msg": "the clock is earlier than the pool's last update"
    },
    {
      "code": 6033,
      "name": "mathOverflow",
      "msg": "a value does not fit its integer type"
    },
    {
      "code": 6034,
      "name": "ledgerInconsistent",
      "msg": "stored pool or position state is inconsistent"
    }
  ],
  "types": [
    {
      "name": "authorityAccepted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "previous",
            "type": "pubkey"
          },
          {
            "name": "authority",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "authorityProposed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "proposed",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "initPoolArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "earlyExitPenaltyBps",
            "docs": [
              "Fixed for the pool's life; 0 disables early exit. Non-zero needs stake mint = reward mint."
            ],
            "type": "u16"
          },
          {
            "name": "minStake",
            "docs": [
              "Smallest non-zero position (at least 1), fixed for the pool's life."
            ],
            "type": "u64"
          },
          {
            "name": "tiers",
            "type": {
              "vec": {
                "defined": {
                  "name": "lockTierConfig"
                }
              }
            }
          }
        ]
      }
    },
    {
      "name": "lockTierConfig",
      "docs": [
        "Lock at least `min_lock_secs` to weigh `multiplier_bps / 10_000` times the amount",
        "(instruction argument and event field)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "minLockSecs",
            "type": "u64"
          },
          {
            "name": "multiplierBps",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "pausedSet",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "paused",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "podU128",
      "docs": [
        "A u128 stored as its 16 little-endian bytes. Account data is only 8-byte aligned on SBF while",
        "`u128` wants 16, so zero-copy accounts keep their 128-bit values in this byte-aligned form."
      ],
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "leBytes",
            "type": {
              "array": [
                "u8",
                16
              ]
            }
          }
        ]
      }
    },
    {
      "name": "pool",
      "docs": [
        "A staking pool: one per (stake mint, reward mint). PDA `[\"pool\", stake_mint, reward_mint]`;",
        "it owns both vaults and signs their transfers. Zero-copy: every instruction reads it, and",
        "deserialising ~550 bytes with borsh would cost more than the rest of most instructions."
      ],
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "stakeMint",
            "type": "pubkey"
          },
          {
            "name": "rewardMint",
            "type": "pubkey"
          },
          {
            "name": "stakeVault",
            "docs": [
              "Token account `[\"stake_vault\", pool]` holding every position's stake."
            ],
            "type": "pubkey"
          },
          {
            "name": "rewardVault",
            "docs": [
              "Token account `[\"reward_vault\", pool]` holding funded rewards and early-exit penalties."
            ],
            "type": "pubkey"
          },
          {
            "name": "stakeTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "rewardTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "pendingAuthority",
            "docs": [
              "Proposed next authority (`Pubkey::default()` when none); it takes over by accepting."
            ],
            "type": "pubkey"
          },
          {
            "name": "minStake",
            "docs": [
              "Smallest non-zero position, fixed at creation: it bounds how fast dust can grow",
              "`acc_per_weight` (see `check_accumulator_headroom`)."
            ],
            "type": "u64"
          },
          {
            "name": "totalStaked",
            "docs": [
              "Σ position amounts: what the stake vault owes."
            ],
            "type": "u64"
          },
          {
            "name": "totalFunded",
            "docs": [
              "Σ amounts the reward vault received from `fund_rewards`."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "totalPenalties",
            "docs": [
              "Σ early-exit penalties the reward vault received."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "totalClaimed",
            "docs": [
              "Σ rewards paid out."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "rewards",
            "type": {
              "defined": {
                "name": "rewardState"
              }
            }
          },
          {
            "name": "tiers",
            "docs": [
              "The first `tier_count` entries apply to positions opened from now on."
            ],
            "type": {
              "array": [
                {
                  "defined": {
                    "name": "storedLockTier"
                  }
                },
                8
              ]
            }
          },
          {
            "name": "earlyExitPenaltyBps",
            "docs": [
              "Share of an early exit that goes to the remaining stakers; fixed at creation so a",
              "position's exit terms cannot change under it. Zero: no early exit."
            ],
            "type": "u16"
          },
          {
            "name": "stakeDecimals",
            "type": "u8"
          },
          {
            "name": "rewardDecimals",
            "type": "u8"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "paused",
            "docs": [
              "1 while paused."
            ],
            "type": "u8"
          },
          {
            "name": "tierCount",
            "type": "u8"
          },
          {
            "name": "reserved",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "poolInitialized",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "stakeMint",
            "type": "pubkey"
          },
          {
            "name": "rewardMint",
            "type": "pubkey"
          },
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "earlyExitPenaltyBps",
            "type": "u16"
          },
          {
            "name": "minStake",
            "type": "u64"
          },
          {
            "name": "tiers",
            "type": {
              "vec": {
                "defined": {
                  "name": "lockTierConfig"
                }
              }
            }
          }
        ]
      }
    },
    {
      "name": "position",
      "docs": [
        "One lockup of one owner in one pool. PDA `[\"position\", pool, owner, nonce (u64 LE)]`, so a",
        "wallet can hold several positions with different locks. Zero-copy: read and written in place."
      ],
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "nonce",
            "type": "u64"
          },
          {
            "name": "openedAt",
            "type": "i64"
          },
          {
            "name": "totalClaimed",
            "docs": [
              "Rewards paid out to this position so far."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "stake",
            "type": {
              "defined": {
                "name": "stakeState"
              }
            }
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "reserved",
            "type": {
              "array": [
                "u8",
                7
              ]
            }
          }
        ]
      }
    },
    {
      "name": "positionClosed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "position",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "rewardState",
      "docs": [
        "The pool's `nd_math::RewardPool`, as stored: the program never computes rewards itself, it",
        "loads this into the crate's type, calls the crate, and stores the result back."
      ],
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "accPerWeight",
            "docs": [
              "Reward per unit of weight ever distributed, × 10^18."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "carry",
            "docs": [
              "Scaled remainder of the last division by `total_weight`."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "totalWeight",
            "docs": [
              "Σ weights of all positions."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "budget",
            "docs": [
              "Amount streamed over `[period_start, period_end]`."
            ],
            "type": "u64"
          },
          {
            "name": "streamed",
            "docs": [
              "Part of `budget` already released."
            ],
            "type": "u64"
          },
          {
            "name": "unassigned",
            "docs": [
              "Released while nobody was staked; rolls into the next funding."
            ],
            "type": "u64"
          },
          {
            "name": "periodStart",
            "type": "i64"
          },
          {
            "name": "periodEnd",
            "type": "i64"
          },
          {
            "name": "lastUpdate",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "rewardsClaimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "position",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "pending",
            "docs": [
              "Settled rewards still owed (non-zero only above one transfer's worth)."
            ],
            "type": "u128"
          }
        ]
      }
    },
    {
      "name": "rewardsFunded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "funder",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "docs": [
              "What the funder sent."
            ],
            "type": "u64"
          },
          {
            "name": "received",
            "docs": [
              "What the reward vault received (less than `amount` under a transfer fee); booked."
            ],
            "type": "u64"
          },
          {
            "name": "budget",
            "docs": [
              "The new period's budget: `received` plus everything not yet handed out."
            ],
            "type": "u64"
          },
          {
            "name": "periodStart",
            "type": "i64"
          },
          {
            "name": "periodEnd",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "stakeArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "nonce",
            "docs": [
              "Distinguishes the owner's positions in this pool (PDA seed, u64 LE)."
            ],
            "type": "u64"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "lockSecs",
            "docs": [
              "The position is locked for this long; the multiplier is that of the longest tier whose",
              "`min_lock_secs` it reaches (1x when none)."
            ],
            "type": "u64"
          },
          {
            "name": "minMultiplierBps",
            "docs": [
              "Fails with `MultiplierBelowMinimum` if the tiers changed to give less than this."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "stakeState",
      "docs": [
        "The position's `nd_math::StakePosition`, as stored."
      ],
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "weight",
            "docs": [
              "`floor(amount × multiplier_bps / 10_000)`, counted in the pool's total weight."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "accCheckpoint",
            "docs": [
              "Pool `acc_per_weight` at the last settlement."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "pending",
            "docs": [
              "Settled rewards not yet claimed."
            ],
            "type": {
              "defined": {
                "name": "podU128"
              }
            }
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "multiplierBps",
            "type": "u64"
          },
          {
            "name": "lockEnd",
            "docs": [
              "Leaving before this time goes through `early_exit` and pays the penalty."
            ],
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "staked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "position",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "received",
            "docs": [
              "What the stake vault received; the position grows by this."
            ],
            "type": "u64"
          },
          {
            "name": "positionAmount",
            "type": "u64"
          },
          {
            "name": "weight",
            "type": "u128"
          },
          {
            "name": "multiplierBps",
            "type": "u64"
          },
          {
            "name": "lockEnd",
            "type": "i64"
          },
          {
            "name": "totalStaked",
            "type": "u64"
          },
          {
            "name": "totalWeight",
            "type": "u128"
          }
        ]
      }
    },
    {
      "name": "storedLockTier",
      "docs": [
        "A `LockTierConfig` as the pool stores it."
      ],
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "minLockSecs",
            "type": "u64"
          },
          {
            "name": "multiplierBps",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "tiersSet",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "tiers",
            "type": {
              "vec": {
                "defined": {
                  "name": "lockTierConfig"
                }
              }
            }
          }
        ]
      }
    },
    {
      "name": "unstaked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "position",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "docs": [
              "Taken out of the position."
            ],
            "type": "u64"
          },
          {
            "name": "returned",
            "docs": [
              "Sent to the owner's destination."
            ],
            "type": "u64"
          },
          {
            "name": "penalty",
            "docs": [
              "Early-exit penalty taken (zero after the lock)."
            ],
            "type": "u64"
          },
          {
            "name": "penaltyReceived",
            "docs": [
              "What the reward vault received of the penalty; shared among the remaining stakers."
            ],
            "type": "u64"
          },
          {
            "name": "positionAmount",
            "type": "u64"
          },
          {
            "name": "totalStaked",
            "type": "u64"
          },
          {
            "name": "totalWeight",
            "type": "u128"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "maxEarlyExitPenaltyBps",
      "docs": [
        "The early-exit penalty is fixed at pool creation and can take at most half of what leaves."
      ],
      "type": "u16",
      "value": "5000"
    },
    {
      "name": "maxLockSecs",
      "docs": [
        "Longest lock a position may take (ten years): a lock is a promise to keep tokens in, and a",
        "typo of a few zeros should not freeze them for centuries."
      ],
      "type": "u64",
      "value": "315360000"
    },
    {
      "name": "maxRewardPeriodSecs",
      "docs": [
        "Longest reward period (ten years)."
      ],
      "type": "u64",
      "value": "315360000"
    },
    {
      "name": "maxTiers",
      "docs": [
        "Lock tiers a pool can hold."
      ],
      "type": "u8",
      "value": "8"
    },
    {
      "name": "poolSeed",
      "type": "bytes",
      "value": "[112, 111, 111, 108]"
    },
    {
      "name": "positionSeed",
      "type": "bytes",
      "value": "[112, 111, 115, 105, 116, 105, 111, 110]"
    },
    {
      "name": "rewardVaultSeed",
      "type": "bytes",
      "value": "[114, 101, 119, 97, 114, 100, 95, 118, 97, 117, 108, 116]"
    },
    {
      "name": "stakeVaultSeed",
      "type": "bytes",
      "value": "[115, 116, 97, 107, 101, 95, 118, 97, 117, 108, 116]"
    }
  ]
};
