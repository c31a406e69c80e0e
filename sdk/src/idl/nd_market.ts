/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/nd_market.json`.
 */
export type NdMarket = {
  "address": "EawZPPqk7LJMGfBYVRLazNpy7EAF2L8sRrY4eRLSQQdh",
  "metadata": {
    "name": "ndMarket",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Normal Dance market: track sales with escrow, the platform fee, referrals, royalty splits with recoupable advances, claims, refunds and access receipts"
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
          "name": "platform",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "acceptController",
      "discriminator": [
        131,
        238,
        197,
        247,
        114,
        225,
        125,
        236
      ],
      "accounts": [
        {
          "name": "newController",
          "signer": true
        },
        {
          "name": "split",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "addAdvance",
      "discriminator": [
        128,
        200,
        214,
        95,
        169,
        104,
        50,
        166
      ],
      "accounts": [
        {
          "name": "controller",
          "writable": true,
          "signer": true
        },
        {
          "name": "recipient",
          "signer": true
        },
        {
          "name": "split",
          "relations": [
            "vault"
          ]
        },
        {
          "name": "vault",
          "relations": [
            "ledgers"
          ]
        },
        {
          "name": "ledgers",
          "writable": true
        },
        {
          "name": "advances",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  97,
                  100,
                  118,
                  97,
                  110,
                  99,
                  101,
                  115
                ]
              },
              {
                "kind": "account",
                "path": "vault"
              },
              {
                "kind": "arg",
                "path": "recipientIndex"
              }
            ]
          }
        },
        {
          "name": "beneficiaryCredit",
          "docs": [
            "Where repayments to the beneficiary are credited."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  114,
                  101,
                  100,
                  105,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "vault"
              },
              {
                "kind": "arg",
                "path": "beneficiary"
              }
            ]
          }
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "recipientIndex",
          "type": "u8"
        },
        {
          "name": "beneficiary",
          "type": "pubkey"
        },
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "buy",
      "discriminator": [
        102,
        6,
        61,
        18,
        1,
        218,
        235,
        234
      ],
      "accounts": [
        {
          "name": "buyer",
          "writable": true,
          "signer": true
        },
        {
          "name": "beneficiary"
        },
        {
          "name": "platform"
        },
        {
          "name": "track",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "track"
          ]
        },
        {
          "name": "purchase",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  117,
                  114,
                  99,
                  104,
                  97,
                  115,
                  101
                ]
              },
              {
                "kind": "account",
                "path": "track"
              },
              {
                "kind": "account",
                "path": "beneficiary"
              }
            ]
          }
        },
        {
          "name": "referrerCredit",
          "writable": true,
          "optional": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  114,
                  101,
                  100,
                  105,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "vault"
              },
              {
                "kind": "arg",
                "path": "args.referrer"
              }
            ]
          }
        },
        {
          "name": "mint",
          "docs": [
            "Token tracks only."
          ],
          "optional": true
        },
        {
          "name": "vaultTokens",
          "docs": [
            "Token tracks only."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "buyerTokens",
          "docs": [
            "Token tracks only: the account paid from; the token program checks the buyer may spend it."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "docs": [
            "Token tracks only."
          ],
          "optional": true
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
              "name": "buyArgs"
            }
          }
        }
      ]
    },
    {
      "name": "buyFor",
      "discriminator": [
        7,
        232,
        220,
        213,
        123,
        67,
        223,
        248
      ],
      "accounts": [
        {
          "name": "buyer",
          "writable": true,
          "signer": true
        },
        {
          "name": "beneficiary"
        },
        {
          "name": "platform"
        },
        {
          "name": "track",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "track"
          ]
        },
        {
          "name": "purchase",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  117,
                  114,
                  99,
                  104,
                  97,
                  115,
                  101
                ]
              },
              {
                "kind": "account",
                "path": "track"
              },
              {
                "kind": "account",
                "path": "beneficiary"
              }
            ]
          }
        },
        {
          "name": "referrerCredit",
          "writable": true,
          "optional": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  114,
                  101,
                  100,
                  105,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "vault"
              },
              {
                "kind": "arg",
                "path": "args.referrer"
              }
            ]
          }
        },
        {
          "name": "mint",
          "docs": [
            "Token tracks only."
          ],
          "optional": true
        },
        {
          "name": "vaultTokens",
          "docs": [
            "Token tracks only."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "buyerTokens",
          "docs": [
            "Token tracks only: the account paid from; the token program checks the buyer may spend it."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "docs": [
            "Token tracks only."
          ],
          "optional": true
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
              "name": "buyArgs"
            }
          }
        }
      ]
    },
    {
      "name": "claim",
      "docs": [
        "Remaining accounts: the Credit of each advance beneficiary this claim repays, in queue order."
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
          "name": "split",
          "relations": [
            "vault"
          ]
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "ledgers"
          ]
        },
        {
          "name": "ledgers",
          "writable": true
        },
        {
          "name": "advances",
          "docs": [
            "Required when the recipient has outstanding advances in this vault."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "mint",
          "optional": true
        },
        {
          "name": "vaultTokens",
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "optional": true
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
          "name": "recipientIndex",
          "type": "u8"
        }
      ]
    },
    {
      "name": "claimCredit",
      "discriminator": [
        190,
        242,
        172,
        79,
        29,
        82,
        22,
        163
      ],
      "accounts": [
        {
          "name": "credit",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "credit"
          ]
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "mint",
          "optional": true
        },
        {
          "name": "vaultTokens",
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "optional": true
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
      "name": "claimFees",
      "discriminator": [
        82,
        251,
        233,
        156,
        12,
        52,
        184,
        202
      ],
      "accounts": [
        {
          "name": "platform",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "treasuryDestination",
          "docs": [
            "The treasury wallet (SOL) or a token account of the vault's mint it owns."
          ],
          "writable": true
        },
        {
          "name": "mint",
          "optional": true
        },
        {
          "name": "vaultTokens",
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "optional": true
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
      "name": "closePurchase",
      "discriminator": [
        139,
        230,
        239,
        68,
        76,
        85,
        196,
        138
      ],
      "accounts": [
        {
          "name": "purchase",
          "writable": true
        },
        {
          "name": "payer",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "closeTrack",
      "discriminator": [
        120,
        96,
        137,
        201,
        58,
        202,
        22,
        157
      ],
      "accounts": [
        {
          "name": "artist",
          "writable": true,
          "signer": true
        },
        {
          "name": "track",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "confirm",
      "discriminator": [
        174,
        1,
        15,
        213,
        3,
        190,
        131,
        0
      ],
      "accounts": [
        {
          "name": "caller",
          "docs": [
            "Anyone for `settle`; the buyer for `confirm`."
          ],
          "signer": true
        },
        {
          "name": "platform"
        },
        {
          "name": "track",
          "writable": true,
          "relations": [
            "purchase"
          ]
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "track"
          ]
        },
        {
          "name": "purchase",
          "writable": true
        },
        {
          "name": "referrerCredit",
          "docs": [
            "Required exactly when the purchase has a referrer: its Credit in this vault."
          ],
          "writable": true,
          "optional": true
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
      "name": "createSplit",
      "docs": [
        "Remaining accounts: one recipient wallet per share, in slot order."
      ],
      "discriminator": [
        196,
        195,
        250,
        188,
        17,
        255,
        10,
        151
      ],
      "accounts": [
        {
          "name": "creator",
          "docs": [
            "Pays the rent and becomes the first controller."
          ],
          "writable": true,
          "signer": true
        },
        {
          "name": "split",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  115,
                  112,
                  108,
                  105,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "creator"
              },
              {
                "kind": "arg",
                "path": "splitId"
              }
            ]
          }
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "splitId",
          "type": "u64"
        },
        {
          "name": "sharesPpm",
          "type": {
            "vec": "u32"
          }
        }
      ]
    },
    {
      "name": "createTrack",
      "discriminator": [
        29,
        23,
        82,
        43,
        136,
        128,
        152,
        240
      ],
      "accounts": [
        {
          "name": "artist",
          "writable": true,
          "signer": true
        },
        {
          "name": "platform",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
        },
        {
          "name": "split",
          "relations": [
            "vault"
          ]
        },
        {
          "name": "vault"
        },
        {
          "name": "mint",
          "docs": [
            "Token tracks only: the payment mint, whose extensions are checked again."
          ],
          "optional": true
        },
        {
          "name": "track",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  116,
                  114,
                  97,
                  99,
                  107
                ]
              },
              {
                "kind": "account",
                "path": "artist"
              },
              {
                "kind": "arg",
                "path": "trackId"
              }
            ]
          }
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "trackId",
          "type": "u64"
        },
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "createTrackArgs"
            }
          }
        }
      ]
    },
    {
      "name": "freezeSplit",
      "discriminator": [
        151,
        1,
        161,
        144,
        167,
        229,
        118,
        109
      ],
      "accounts": [
        {
          "name": "controller",
          "signer": true
        },
        {
          "name": "split",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "initPlatform",
      "docs": [
        "Creates the platform; only the program's upgrade authority may."
      ],
      "discriminator": [
        29,
        22,
        210,
        225,
        219,
        114,
        193,
        169
      ],
      "accounts": [
        {
          "name": "authority",
          "docs": [
            "The program's upgrade authority; becomes the platform authority."
          ],
          "writable": true,
          "signer": true
        },
        {
          "name": "platform",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
        },
        {
          "name": "program",
          "address": "EawZPPqk7LJMGfBYVRLazNpy7EAF2L8sRrY4eRLSQQdh"
        },
        {
          "name": "programData"
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
              "name": "initPlatformArgs"
            }
          }
        }
      ]
    },
    {
      "name": "openVault",
      "discriminator": [
        181,
        248,
        228,
        67,
        6,
        175,
        37,
        167
      ],
      "accounts": [
        {
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "split",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "split"
              },
              {
                "kind": "arg",
                "path": "paymentMint"
              }
            ]
          }
        },
        {
          "name": "ledgers",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  108,
                  101,
                  100,
                  103,
                  101,
                  114,
                  115
                ]
              },
              {
                "kind": "account",
                "path": "vault"
              }
            ]
          }
        },
        {
          "name": "mint",
          "docs": [
            "Token vaults only."
          ],
          "optional": true
        },
        {
          "name": "tokenProgram",
          "docs": [
            "Token vaults only."
          ],
          "optional": true
        },
        {
          "name": "vaultTokens",
          "docs": [
            "Token vaults only: the vault token account, authority = the vault."
          ],
          "writable": true,
          "optional": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  118,
                  97,
                  117,
                  108,
                  116,
                  95,
                  116,
                  111,
                  107,
                  101,
                  110,
                  115
                ]
              },
              {
                "kind": "account",
                "path": "vault"
              }
            ]
          }
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "paymentMint",
          "type": "pubkey"
        }
      ]
    },
    {
      "name": "paySplit",
      "docs": [
        "Pays `amount + tip` into a split's vault, booked like an instant sale but without a track",
        "or receipt (what other programs, e.g. editions, sell through); returns what it booked."
      ],
      "discriminator": [
        210,
        192,
        93,
        102,
        207,
        166,
        128,
        25
      ],
      "accounts": [
        {
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "platform"
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "referrerCredit",
          "writable": true,
          "optional": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  114,
                  101,
                  100,
                  105,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "vault"
              },
              {
                "kind": "arg",
                "path": "args.referrer"
              }
            ]
          }
        },
        {
          "name": "mint",
          "docs": [
            "Token vaults only."
          ],
          "optional": true
        },
        {
          "name": "vaultTokens",
          "docs": [
            "Token vaults only."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "payerTokens",
          "docs": [
            "Token vaults only: the account paid from; the token program checks the payer may spend it."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "docs": [
            "Token vaults only."
          ],
          "optional": true
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
              "name": "paySplitArgs"
            }
          }
        }
      ],
      "returns": {
        "defined": {
          "name": "splitPayment"
        }
      }
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
          "signer": true
        },
        {
          "name": "platform",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
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
      "name": "proposeController",
      "discriminator": [
        107,
        208,
        237,
        60,
        185,
        58,
        246,
        197
      ],
      "accounts": [
        {
          "name": "controller",
          "signer": true
        },
        {
          "name": "split",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "newController",
          "type": "pubkey"
        }
      ]
    },
    {
      "name": "refund",
      "discriminator": [
        2,
        96,
        183,
        251,
        63,
        208,
        46,
        46
      ],
      "accounts": [
        {
          "name": "caller",
          "signer": true
        },
        {
          "name": "platform"
        },
        {
          "name": "track",
          "writable": true,
          "relations": [
            "purchase"
          ]
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "track"
          ]
        },
        {
          "name": "purchase",
          "writable": true
        },
        {
          "name": "buyerDestination",
          "docs": [
            "The buyer's wallet (SOL) or a token account of the vault's mint owned by the buyer."
          ],
          "writable": true
        },
        {
          "name": "mint",
          "optional": true
        },
        {
          "name": "vaultTokens",
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "optional": true
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
      "name": "routeStakingFees",
      "docs": [
        "Funds the nd-staking pool (platform stake mint, vault mint) with the vault's staking share."
      ],
      "discriminator": [
        78,
        124,
        143,
        160,
        12,
        240,
        178,
        28
      ],
      "accounts": [
        {
          "name": "platform",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "mint",
          "optional": true
        },
        {
          "name": "vaultTokens",
          "writable": true,
          "optional": true
        },
        {
          "name": "tokenProgram",
          "optional": true
        },
        {
          "name": "pool",
          "docs": [
            "The pool is an nd-staking account (owner and type checked by the loader); its mints are",
            "checked against the platform and the vault, which identifies the one PDA for that pair."
          ],
          "writable": true
        },
        {
          "name": "rewardVault",
          "writable": true
        },
        {
          "name": "stakingEventAuthority"
        },
        {
          "name": "stakingProgram",
          "address": "4J3jazVt2QX7iy19J8g3t2R5Hh9bkcggcuT4416xKnE4"
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
          "signer": true
        },
        {
          "name": "platform",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
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
      "name": "setTrackStatus",
      "discriminator": [
        184,
        134,
        2,
        65,
        219,
        155,
        186,
        46
      ],
      "accounts": [
        {
          "name": "artist",
          "signer": true
        },
        {
          "name": "track",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "status",
          "type": {
            "defined": {
              "name": "trackStatus"
            }
          }
        }
      ]
    },
    {
      "name": "settle",
      "discriminator": [
        175,
        42,
        185,
        87,
        144,
        131,
        102,
        212
      ],
      "accounts": [
        {
          "name": "caller",
          "docs": [
            "Anyone for `settle`; the buyer for `confirm`."
          ],
          "signer": true
        },
        {
          "name": "platform"
        },
        {
          "name": "track",
          "writable": true,
          "relations": [
            "purchase"
          ]
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "track"
          ]
        },
        {
          "name": "purchase",
          "writable": true
        },
        {
          "name": "referrerCredit",
          "docs": [
            "Required exactly when the purchase has a referrer: its Credit in this vault."
          ],
          "writable": true,
          "optional": true
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
      "name": "updatePlatform",
      "discriminator": [
        46,
        78,
        138,
        189,
        47,
        163,
        120,
        85
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true
        },
        {
          "name": "platform",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "updatePlatformArgs"
            }
          }
        }
      ]
    },
    {
      "name": "updateSplit",
      "docs": [
        "Remaining accounts: one recipient wallet per share, then (vault, ledgers) per registered vault."
      ],
      "discriminator": [
        56,
        99,
        213,
        74,
        47,
        72,
        16,
        202
      ],
      "accounts": [
        {
          "name": "controller",
          "signer": true
        },
        {
          "name": "split",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "sharesPpm",
          "type": {
            "vec": "u32"
          }
        }
      ]
    },
    {
      "name": "updateTrack",
      "discriminator": [
        160,
        165,
        244,
        33,
        85,
        207,
        181,
        12
      ],
      "accounts": [
        {
          "name": "artist",
          "signer": true
        },
        {
          "name": "platform",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  108,
                  97,
                  116,
                  102,
                  111,
                  114,
                  109
                ]
              }
            ]
          }
        },
        {
          "name": "track",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "updateTrackArgs"
            }
          }
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "advances",
      "discriminator": [
        222,
        30,
        112,
        32,
        170,
        185,
        71,
        98
      ]
    },
    {
      "name": "credit",
      "discriminator": [
        6,
        79,
        161,
        136,
        156,
        172,
        190,
        149
      ]
    },
    {
      "name": "ledgers",
      "discriminator": [
        198,
        63,
        94,
        174,
        27,
        55,
        87,
        16
      ]
    },
    {
      "name": "platform",
      "discriminator": [
        77,
        92,
        204,
        58,
        187,
        98,
        91,
        12
      ]
    },
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
      "name": "purchase",
      "discriminator": [
        33,
        203,
        1,
        252,
        231,
        228,
        8,
        67
      ]
    },
    {
      "name": "split",
      "discriminator": [
        166,
        254,
        141,
        46,
        23,
        221,
        129,
        195
      ]
    },
    {
      "name": "track",
      "discriminator": [
        148,
        45,
        9,
        235,
        14,
        15,
        36,
        159
      ]
    },
    {
      "name": "vault",
      "discriminator": [
        211,
        8,
        232,
        43,
        2,
        152,
        117,
        119
      ]
    }
  ],
  "events": [
    {
      "name": "advanceAdded",
      "discriminator": [
        115,
        55,
        26,
        199,
        187,
        77,
        184,
        77
      ]
    },
    {
      "name": "claimed",
      "discriminator": [
        217,
        192,
        123,
        72,
        108,
        150,
        248,
        33
      ]
    },
    {
      "name": "creditClaimed",
      "discriminator": [
        173,
        2,
        172,
        90,
        249,
        178,
        171,
        194
      ]
    },
    {
      "name": "feesClaimed",
      "discriminator": [
        22,
        104,
        110,
        222,
        38,
        157,
        14,
        62
      ]
    },
    {
      "name": "platformUpdated",
      "discriminator": [
        75,
        10,
        83,
        45,
        92,
        4,
        133,
        128
      ]
    },
    {
      "name": "purchased",
      "discriminator": [
        20,
        112,
        33,
        232,
        177,
        248,
        215,
        233
      ]
    },
    {
      "name": "refunded",
      "discriminator": [
        35,
        103,
        149,
        246,
        196,
        123,
        221,
        99
      ]
    },
    {
      "name": "settled",
      "discriminator": [
        232,
        210,
        40,
        17,
        142,
        124,
        145,
        238
      ]
    },
    {
      "name": "splitPaid",
      "discriminator": [
        223,
        17,
        5,
        250,
        228,
        37,
        72,
        80
      ]
    },
    {
      "name": "splitUpdated",
      "discriminator": [
        110,
        85,
        143,
        135,
        98,
        156,
        185,
        91
      ]
    },
    {
      "name": "stakingFeesRouted",
      "discriminator": [
        227,
        73,
        176,
        214,
        132,
        229,
        187,
        3
      ]
    },
    {
      "name": "trackCreated",
      "discriminator": [
        86,
        233,
        160,
        201,
        131,
        175,
        185,
        55
      ]
    },
    {
      "name": "trackStatusChanged",
      "discriminator": [
        176,
        224,
        154,
        159,
        222,
        142,
        74,
        232
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "bpsOutOfRange",
      "msg": "basis points must be at most 10000"
    },
    {
      "code": 6001,
      "name": "ppmOutOfRange",
      "msg": "parts per million must be at most 1000000"
    },
    {
      "code": 6002,
      "name": "feeAboveCap",
      "msg": "the platform fee may not exceed its cap of 1000 bps (10 %)"
    },
    {
      "code": 6003,
      "name": "referralAboveCap",
      "msg": "the referral rate is above the platform's referral cap"
    },
    {
      "code": 6004,
      "name": "mathOverflow",
      "msg": "an amount does not fit its integer type"
    },
    {
      "code": 6005,
      "name": "divisionByZero",
      "msg": "division by zero"
    },
    {
      "code": 6006,
      "name": "noRecipients",
      "msg": "a split needs at least one recipient"
    },
    {
      "code": 6007,
      "name": "tooManyRecipients",
      "msg": "a split has at most 32 recipient slots"
    },
    {
      "code": 6008,
      "name": "sharesMustSumToOneMillion",
      "msg": "recipient shares must add up to exactly 1000000 ppm"
    },
    {
      "code": 6009,
      "name": "lengthMismatch",
      "msg": "share list and recipient list differ in length"
    },
    {
      "code": 6010,
      "name": "epochNotBooked",
      "msg": "the current epoch must be booked before shares change"
    },
    {
      "code": 6011,
      "name": "ledgerInconsistent",
      "msg": "stored ledger state is inconsistent"
    },
    {
      "code": 6012,
      "name": "advanceQueueFull",
      "msg": "a recipient carries at most 8 advances per vault"
    },
    {
      "code": 6013,
      "name": "zeroAmount",
      "msg": "the amount must be greater than zero"
    },
    {
      "code": 6014,
      "name": "zeroPeriod",
      "msg": "reward period must be at least one second"
    },
    {
      "code": 6015,
      "name": "clockWentBackwards",
      "msg": "timestamp is earlier than the last update"
    },
    {
      "code": 6016,
      "name": "multiplierOutOfRange",
      "msg": "lock multiplier is out of range"
    },
    {
      "code": 6017,
      "name": "tiersUnsorted",
      "msg": "lock tiers must be sorted"
    },
    {
      "code": 6018,
      "name": "insufficientStake",
      "msg": "unstake amount exceeds the stake"
    },
    {
      "code": 6019,
      "name": "notUpgradeAuthority",
      "msg": "only the program's upgrade authority may initialise the platform"
    },
    {
      "code": 6020,
      "name": "programDataMismatch",
      "msg": "the program_data account is not this program's ProgramData"
    },
    {
      "code": 6021,
      "name": "notPlatformAuthority",
      "msg": "only the platform authority may do this"
    },
    {
      "code": 6022,
      "name": "noPendingAuthority",
      "msg": "no authority handover is pending"
    },
    {
      "code": 6023,
      "name": "notPendingAuthority",
      "msg": "only the proposed authority may accept the handover"
    },
    {
      "code": 6024,
      "name": "platformPaused",
      "msg": "the platform is paused: no sales or new tracks"
    },
    {
      "code": 6025,
      "name": "wrongTreasury",
      "msg": "the treasury account does not belong to the platform treasury"
    },
    {
      "code": 6026,
      "name": "notSplitController",
      "msg": "only the split's controller may do this"
    },
    {
      "code": 6027,
      "name": "noPendingController",
      "msg": "no controller handover is pending"
    },
    {
      "code": 6028,
      "name": "notPendingController",
      "msg": "only the proposed controller may accept the handover"
    },
    {
      "code": 6029,
      "name": "splitFrozen",
      "msg": "the split is frozen and cannot change any more"
    },
    {
      "code": 6030,
      "name": "duplicateRecipient",
      "msg": "a wallet appears twice among the recipients"
    },
    {
      "code": 6031,
      "name": "zeroShare",
      "msg": "every listed recipient needs a share above zero"
    },
    {
      "code": 6032,
      "name": "invalidRecipient",
      "msg": "the default (all-zero) address cannot be a recipient"
    },
    {
      "code": 6033,
      "name": "tooManyVaults",
      "msg": "a split has vaults for at most 8 mints"
    },
    {
      "code": 6034,
      "name": "vaultListMismatch",
      "msg": "pass (vault, ledgers) for every vault of the split, in registration order"
    },
    {
      "code": 6035,
      "name": "recipientIndexOutOfRange",
      "msg": "recipient index is outside the split's recipient slots"
    },
    {
      "code": 6036,
      "name": "wrongRecipient",
      "msg": "the recipient wallet does not match the split's recipient at this index"
    },
    {
      "code": 6037,
      "name": "advancesAccountRequired",
      "msg": "the recipient has outstanding advances: pass its Advances account"
    },
    {
      "code": 6038,
      "name": "wrongAdvancesAccount",
      "msg": "the advances account belongs to another vault or recipient"
    },
    {
      "code": 6039,
      "name": "repaymentCreditMismatch",
      "msg": "pass the Credit account of every repaid advance beneficiary, in queue order"
    },
    {
      "code": 6040,
      "name": "wrongLedgers",
      "msg": "the ledgers account belongs to another vault"
    },
    {
      "code": 6041,
      "name": "wrongVault",
      "msg": "the vault does not belong to this split and payment mint"
    },
    {
      "code": 6042,
      "name": "wrongMint",
      "msg": "the mint account does not match the vault's mint"
    },
    {
      "code": 6043,
      "name": "wrongTokenProgram",
      "msg": "the token program does not match the vault's token program"
    },
    {
      "code": 6044,
      "name": "wrongVaultTokens",
      "msg": "the vault token account is not the vault's"
    },
    {
      "code": 6045,
      "name": "missingTokenAccounts",
      "msg": "token payments need the mint, vault token account, token program and payer token account"
    },
    {
      "code": 6046,
      "name": "unexpectedTokenAccounts",
      "msg": "native SOL payments take no mint, token accounts or token program"
    },
    {
      "code": 6047,
      "name": "wrongDestination",
      "msg": "the destination does not belong to the wallet being paid"
    },
    {
      "code": 6048,
      "name": "nothingToClaim",
      "msg": "there is nothing to claim"
    },
    {
      "code": 6049,
      "name": "vaultUnderfunded",
      "msg": "the vault holds less than it owes"
    },
    {
      "code": 6050,
      "name": "permanentDelegateNotAllowed",
      "msg": "mints with a permanent delegate can take tokens out of the vault"
    },
    {
      "code": 6051,
      "name": "nonTransferableMint",
      "msg": "non-transferable mints cannot be paid with"
    },
    {
      "code": 6052,
      "name": "transferHookNotSupported",
      "msg": "mints with a transfer hook are not supported"
    },
    {
      "code": 6053,
      "name": "defaultFrozenMint",
      "msg": "mints whose accounts start frozen are not supported"
    },
    {
      "code": 6054,
      "name": "mintCloseAuthorityNotAllowed",
      "msg": "mints with a close authority are not supported"
    },
    {
      "code": 6055,
      "name": "unsupportedMintExtension",
      "msg": "the mint has an extension the market does not support"
    },
    {
      "code": 6056,
      "name": "notTrackArtist",
      "msg": "only the track's artist may do this"
    },
    {
      "code": 6057,
      "name": "artistNotInSplit",
      "msg": "the artist must be the split's controller or one of its recipients"
    },
    {
      "code": 6058,
      "name": "invalidDisputeWindow",
      "msg": "the dispute window must be between 1 second and 90 days"
    },
    {
      "code": 6059,
      "name": "trackNotActive",
      "msg": "the track is not on sale"
    },
    {
      "code": 6060,
      "name": "trackCancelled",
      "msg": "the track is cancelled"
    },
    {
      "code": 6061,
      "name": "trackNotCancelled",
      "msg": "the track is not cancelled"
    },
    {
      "code": 6062,
      "name": "openEscrowsRemain",
      "msg": "the track still has escrowed purchases"
    },
    {
      "code": 6063,
      "name": "statusUnchanged",
      "msg": "the track's status does not change"
    },
    {
      "code": 6064,
      "name": "priceMismatch",
      "msg": "the track's price differs from the price the buyer expected"
    },
    {
      "code": 6065,
      "name": "beneficiaryMustBeBuyer",
      "msg": "buy is for the buyer's own access; use buy_for to give a purchase"
    },
    {
      "code": 6066,
      "name": "selfReferral",
      "msg": "a buyer cannot refer themselves"
    },
    {
      "code": 6067,
      "name": "referrerCreditMismatch",
      "msg": "pass the referrer's Credit account exactly when there is a referrer"
    },
    {
      "code": 6068,
      "name": "notEscrowed",
      "msg": "the purchase is not held in escrow"
    },
    {
      "code": 6069,
      "name": "alreadySettled",
      "msg": "the purchase is already settled"
    },
    {
      "code": 6070,
      "name": "alreadyRefunded",
      "msg": "the purchase is already refunded"
    },
    {
      "code": 6071,
      "name": "escrowWindowOpen",
      "msg": "the dispute window is still open"
    },
    {
      "code": 6072,
      "name": "escrowWindowClosed",
      "msg": "the dispute window has closed"
    },
    {
      "code": 6073,
      "name": "notBuyer",
      "msg": "only the buyer may do this"
    },
    {
      "code": 6074,
      "name": "refundNotAllowed",
      "msg": "only the arbiter or the artist may refund during the window, or the buyer once the track is cancelled"
    },
    {
      "code": 6075,
      "name": "wrongTrack",
      "msg": "the purchase belongs to another track"
    },
    {
      "code": 6076,
      "name": "purchaseNotRefunded",
      "msg": "only refunded purchases can be closed"
    },
    {
      "code": 6077,
      "name": "wrongRentReceiver",
      "msg": "the rent receiver is not the account that paid the rent"
    },
    {
      "code": 6078,
      "name": "stakingRouteDisabled",
      "msg": "fee routing to stakers is off: the platform has no stake mint (set one with update_platform)"
    },
    {
      "code": 6079,
      "name": "stakingRouteNeedsTokenVault",
      "msg": "only token vaults route fees to stakers: staking pools hold SPL or Token-2022 rewards, not native SOL"
    },
    {
      "code": 6080,
      "name": "wrongStakingPool",
      "msg": "the staking pool must stake the platform's stake mint and reward the vault's mint"
    },
    {
      "code": 6081,
      "name": "notSplitMember",
      "msg": "only the split's controller or one of its recipients may open a vault for it (vault slots are limited)"
    },
    {
      "code": 6082,
      "name": "trackHasSales",
      "msg": "a track that has sold stays: its access receipts point to it, and its address must not be reused"
    }
  ],
  "types": [
    {
      "name": "advance",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "beneficiary",
            "docs": [
              "Who is repaid (credited to their Credit account in this vault)."
            ],
            "type": "pubkey"
          },
          {
            "name": "outstanding",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "advanceAdded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "recipientIndex",
            "type": "u8"
          },
          {
            "name": "recipient",
            "type": "pubkey"
          },
          {
            "name": "beneficiary",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "advanceQueue",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "entries",
            "docs": [
              "`entries[..len]` are live, oldest first."
            ],
            "type": {
              "array": [
                {
                  "defined": {
                    "name": "advance"
                  }
                },
                8
              ]
            }
          },
          {
            "name": "len",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "advances",
      "docs": [
        "Recoupable advances of one recipient in one vault, at [\"advances\", vault, [recipient_index]],",
        "repaid first in, first out from that recipient's claims."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "recipientIndex",
            "type": "u8"
          },
          {
            "name": "queue",
            "type": {
              "defined": {
                "name": "advanceQueue"
              }
            }
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "buyArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "expectedPrice",
            "docs": [
              "Must equal the track's price: a price change between quote and purchase fails the buy."
            ],
            "type": "u64"
          },
          {
            "name": "tip",
            "docs": [
              "Goes to the split in full (no platform fee, no referral)."
            ],
            "type": "u64"
          },
          {
            "name": "referrer",
            "docs": [
              "All-zero for none; otherwise `referrer_credit` must be its Credit PDA."
            ],
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "claimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "recipient",
            "type": "pubkey"
          },
          {
            "name": "recipientIndex",
            "type": "u8"
          },
          {
            "name": "gross",
            "type": "u64"
          },
          {
            "name": "toRecipient",
            "type": "u64"
          },
          {
            "name": "repaid",
            "docs": [
              "Credited to advance beneficiaries."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "createTrackArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "paymentMint",
            "docs": [
              "All-zero for native SOL; the split must have a vault for it."
            ],
            "type": "pubkey"
          },
          {
            "name": "price",
            "type": "u64"
          },
          {
            "name": "referralBps",
            "type": "u16"
          },
          {
            "name": "contentId",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "mode",
            "type": {
              "defined": {
                "name": "saleMode"
              }
            }
          }
        ]
      }
    },
    {
      "name": "credit",
      "docs": [
        "What the vault owes one wallet outside the split (referral earnings, advance repayments), at",
        "[\"credit\", vault, owner]; paid out by `claim_credit`."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "owed",
            "type": "u64"
          },
          {
            "name": "total",
            "docs": [
              "Everything ever credited, for reporting."
            ],
            "type": "u128"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "creditClaimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "feesClaimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "treasury",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "initPlatformArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "treasury",
            "type": "pubkey"
          },
          {
            "name": "referralCapBps",
            "type": "u16"
          },
          {
            "name": "stakingShareBps",
            "type": "u16"
          },
          {
            "name": "arbiter",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "ledgers",
      "docs": [
        "Per-recipient accounting of one vault, at [\"ledgers\", vault]. Only claims and share changes",
        "touch it, never buys."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "recipients",
            "docs": [
              "Slot i belongs to the split's recipient slot i."
            ],
            "type": {
              "array": [
                {
                  "defined": {
                    "name": "recipientAccount"
                  }
                },
                32
              ]
            }
          },
          {
            "name": "advanceMask",
            "docs": [
              "Bit i set ⇔ recipient i has outstanding advances in this vault (its Advances account is",
              "then required to claim)."
            ],
            "type": "u32"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "paySplitArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "docs": [
              "The price paid: platform fee and referral come out of it, the rest goes to the split."
            ],
            "type": "u64"
          },
          {
            "name": "tip",
            "docs": [
              "Goes to the split in full (no platform fee, no referral)."
            ],
            "type": "u64"
          },
          {
            "name": "reference",
            "docs": [
              "What the payment is for (e.g. an editions drop); only recorded in `SplitPaid`."
            ],
            "type": "pubkey"
          },
          {
            "name": "referrer",
            "docs": [
              "All-zero for none; otherwise `referrer_credit` must be its Credit PDA."
            ],
            "type": "pubkey"
          },
          {
            "name": "referralBps",
            "docs": [
              "The referrer's rate, at most the platform's referral cap; ignored without a referrer."
            ],
            "type": "u16"
          }
        ]
      }
    },
    {
      "name": "platform",
      "docs": [
        "One per deployment, at [\"platform\"]. Only `init_platform` creates it, so any account of this",
        "type owned by the program is the platform (hot paths skip re-deriving its address)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "pendingAuthority",
            "docs": [
              "Set by `propose_authority`; becomes `authority` when it signs `accept_authority`."
            ],
            "type": {
              "option": "pubkey"
            }
          },
          {
            "name": "feeBps",
            "docs": [
              "Platform fee on every price (never on tips); at most FEE_CAP_BPS."
            ],
            "type": "u16"
          },
          {
            "name": "treasury",
            "docs": [
              "Wallet that `claim_fees` pays (its token account for token vaults)."
            ],
            "type": "pubkey"
          },
          {
            "name": "referralCapBps",
            "docs": [
              "Highest referral rate a track may offer."
            ],
            "type": "u16"
          },
          {
            "name": "stakingShareBps",
            "docs": [
              "Part of each fee booked as `staking_owed` instead of `fees_owed`."
            ],
            "type": "u16"
          },
          {
            "name": "arbiter",
            "docs": [
              "May refund escrowed purchases during their dispute window."
            ],
            "type": "pubkey"
          },
          {
            "name": "paused",
            "docs": [
              "Stops sales and new tracks; claims, settlements and refunds go on."
            ],
            "type": "bool"
          },
          {
            "name": "stakeMint",
            "docs": [
              "The platform token stakers lock in nd-staking; the staking share of a vault's fees is",
              "routed to the pool (stake_mint, vault mint). All-zero: routing is off."
            ],
            "type": "pubkey"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "platformUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "feeBps",
            "type": "u16"
          },
          {
            "name": "treasury",
            "type": "pubkey"
          },
          {
            "name": "referralCapBps",
            "type": "u16"
          },
          {
            "name": "stakingShareBps",
            "type": "u16"
          },
          {
            "name": "arbiter",
            "type": "pubkey"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "stakeMint",
            "type": "pubkey"
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
      "name": "purchase",
      "docs": [
        "Access receipt at [\"purchase\", track, beneficiary]. Access = the account exists and its",
        "state is not Refunded."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "track",
            "type": "pubkey"
          },
          {
            "name": "buyer",
            "type": "pubkey"
          },
          {
            "name": "beneficiary",
            "type": "pubkey"
          },
          {
            "name": "payer",
            "docs": [
              "Paid the rent; `close_purchase` returns it here."
            ],
            "type": "pubkey"
          },
          {
            "name": "referrer",
            "type": {
              "option": "pubkey"
            }
          },
          {
            "name": "pricePaid",
            "docs": [
              "Price as the vault received it (net of any transfer fee), tips excluded."
            ],
            "type": "u64"
          },
          {
            "name": "tip",
            "type": "u64"
          },
          {
            "name": "fee",
            "type": "u64"
          },
          {
            "name": "referral",
            "type": "u64"
          },
          {
            "name": "state",
            "type": {
              "defined": {
                "name": "purchaseState"
              }
            }
          },
          {
            "name": "purchasedAt",
            "type": "i64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "purchaseState",
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "settled"
          },
          {
            "name": "escrowed",
            "fields": [
              {
                "name": "releaseAt",
                "type": "i64"
              }
            ]
          },
          {
            "name": "refunded"
          }
        ]
      }
    },
    {
      "name": "purchased",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "purchase",
            "type": "pubkey"
          },
          {
            "name": "track",
            "type": "pubkey"
          },
          {
            "name": "contentId",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "buyer",
            "type": "pubkey"
          },
          {
            "name": "beneficiary",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "price",
            "docs": [
              "Price as the vault received it (net of any transfer fee)."
            ],
            "type": "u64"
          },
          {
            "name": "fee",
            "type": "u64"
          },
          {
            "name": "referral",
            "type": "u64"
          },
          {
            "name": "referrer",
            "type": {
              "option": "pubkey"
            }
          },
          {
            "name": "tip",
            "type": "u64"
          },
          {
            "name": "escrowed",
            "docs": [
              "Held until confirmed, settled or refunded."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "recipient",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "wallet",
            "type": "pubkey"
          },
          {
            "name": "sharePpm",
            "docs": [
              "Current share; 0 for a retired slot, which keeps what it earned and can still claim it."
            ],
            "type": "u32"
          }
        ]
      }
    },
    {
      "name": "recipientAccount",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "booked",
            "docs": [
              "Entitlement from finished epochs (recipient 0 also gets each epoch's dust)."
            ],
            "type": "u128"
          },
          {
            "name": "claimed",
            "docs": [
              "Everything released for this recipient, advance repayments included."
            ],
            "type": "u128"
          },
          {
            "name": "sharePpm",
            "type": "u32"
          }
        ]
      }
    },
    {
      "name": "refunded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "purchase",
            "type": "pubkey"
          },
          {
            "name": "track",
            "type": "pubkey"
          },
          {
            "name": "buyer",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "docs": [
              "What left the vault (the buyer receives it minus any transfer fee of the mint)."
            ],
            "type": "u64"
          },
          {
            "name": "refundedBy",
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
      "name": "saleMode",
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "instant"
          },
          {
            "name": "escrow",
            "fields": [
              {
                "name": "disputeWindowSecs",
                "type": "u32"
              }
            ]
          }
        ]
      }
    },
    {
      "name": "settled",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "purchase",
            "type": "pubkey"
          },
          {
            "name": "track",
            "type": "pubkey"
          },
          {
            "name": "buyer",
            "type": "pubkey"
          },
          {
            "name": "price",
            "type": "u64"
          },
          {
            "name": "fee",
            "type": "u64"
          },
          {
            "name": "referral",
            "type": "u64"
          },
          {
            "name": "tip",
            "type": "u64"
          },
          {
            "name": "confirmed",
            "docs": [
              "True when the buyer confirmed; false when settled after the window."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "split",
      "docs": [
        "Royalty split at [\"split\", creator, split_id (u64 LE)]. Recipient slots never move: a slot",
        "index is the recipient's identity in every vault's ledgers and advance queues."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "creator",
            "type": "pubkey"
          },
          {
            "name": "splitId",
            "type": "u64"
          },
          {
            "name": "controller",
            "type": "pubkey"
          },
          {
            "name": "pendingController",
            "type": {
              "option": "pubkey"
            }
          },
          {
            "name": "frozen",
            "docs": [
              "No share, controller or advance change once set."
            ],
            "type": "bool"
          },
          {
            "name": "recipients",
            "type": {
              "array": [
                {
                  "defined": {
                    "name": "recipient"
                  }
                },
                32
              ]
            }
          },
          {
            "name": "recipientCount",
            "type": "u8"
          },
          {
            "name": "vaults",
            "docs": [
              "Mints with a vault for this split, in registration order (all-zero = native SOL)."
            ],
            "type": {
              "array": [
                "pubkey",
                8
              ]
            }
          },
          {
            "name": "vaultCount",
            "type": "u8"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "splitAccumulator",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "acc",
            "docs": [
              "Sum of every amount credited to the split in this vault's mint."
            ],
            "type": "u128"
          },
          {
            "name": "epochStart",
            "docs": [
              "`acc` when the current share epoch began."
            ],
            "type": "u128"
          }
        ]
      }
    },
    {
      "name": "splitPaid",
      "docs": [
        "A payment into a split's vault outside a track sale (`pay_split`), booked as an instant sale."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "split",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "payer",
            "type": "pubkey"
          },
          {
            "name": "reference",
            "docs": [
              "What the payment is for, as the payer stated it (an editions drop, …)."
            ],
            "type": "pubkey"
          },
          {
            "name": "received",
            "docs": [
              "What the vault received."
            ],
            "type": "u64"
          },
          {
            "name": "price",
            "docs": [
              "Booked price (net of any transfer fee)."
            ],
            "type": "u64"
          },
          {
            "name": "fee",
            "type": "u64"
          },
          {
            "name": "referral",
            "type": "u64"
          },
          {
            "name": "referrer",
            "type": {
              "option": "pubkey"
            }
          },
          {
            "name": "tip",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "splitPayment",
      "docs": [
        "What `pay_split` booked, returned to the caller (a program paying by CPI reads it)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "received",
            "docs": [
              "What the vault received (amount + tip less any transfer fee of the mint)."
            ],
            "type": "u64"
          },
          {
            "name": "price",
            "docs": [
              "The booked price (the transfer fee comes out of it, never out of the tip)."
            ],
            "type": "u64"
          },
          {
            "name": "tip",
            "type": "u64"
          },
          {
            "name": "fee",
            "type": "u64"
          },
          {
            "name": "referral",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "splitUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "split",
            "type": "pubkey"
          },
          {
            "name": "recipients",
            "type": {
              "vec": {
                "defined": {
                  "name": "recipient"
                }
              }
            }
          },
          {
            "name": "vaultsBooked",
            "docs": [
              "Vaults whose epoch was booked under the old shares."
            ],
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "stakingFeesRouted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "periodSecs",
            "type": "u64"
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
      "name": "track",
      "docs": [
        "A track on sale, at [\"track\", artist, track_id (u64 LE)]."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "artist",
            "type": "pubkey"
          },
          {
            "name": "trackId",
            "type": "u64"
          },
          {
            "name": "split",
            "type": "pubkey"
          },
          {
            "name": "vault",
            "docs": [
              "The split's vault for `payment_mint` (checked at creation; buys compare against it)."
            ],
            "type": "pubkey"
          },
          {
            "name": "paymentMint",
            "docs": [
              "All-zero for native SOL."
            ],
            "type": "pubkey"
          },
          {
            "name": "price",
            "type": "u64"
          },
          {
            "name": "referralBps",
            "docs": [
              "Referral rate offered to referrers (applied to price − fee); at most the platform cap."
            ],
            "type": "u16"
          },
          {
            "name": "contentId",
            "docs": [
              "Digest of the audio's IPFS CID."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "mode",
            "type": {
              "defined": {
                "name": "saleMode"
              }
            }
          },
          {
            "name": "status",
            "type": {
              "defined": {
                "name": "trackStatus"
              }
            }
          },
          {
            "name": "sold",
            "docs": [
              "Settled purchases and their gross price (net of any transfer fee, without tips)."
            ],
            "type": "u64"
          },
          {
            "name": "gross",
            "type": "u128"
          },
          {
            "name": "openEscrows",
            "docs": [
              "Escrowed purchases not yet settled or refunded."
            ],
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "trackCreated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "track",
            "type": "pubkey"
          },
          {
            "name": "artist",
            "type": "pubkey"
          },
          {
            "name": "split",
            "type": "pubkey"
          },
          {
            "name": "paymentMint",
            "type": "pubkey"
          },
          {
            "name": "price",
            "type": "u64"
          },
          {
            "name": "contentId",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          }
        ]
      }
    },
    {
      "name": "trackStatus",
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "active"
          },
          {
            "name": "paused"
          },
          {
            "name": "cancelled"
          }
        ]
      }
    },
    {
      "name": "trackStatusChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "track",
            "type": "pubkey"
          },
          {
            "name": "status",
            "type": {
              "defined": {
                "name": "trackStatus"
              }
            }
          }
        ]
      }
    },
    {
      "name": "updatePlatformArgs",
      "docs": [
        "Every field optional: only the given ones change."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "feeBps",
            "type": {
              "option": "u16"
            }
          },
          {
            "name": "treasury",
            "type": {
              "option": "pubkey"
            }
          },
          {
            "name": "referralCapBps",
            "type": {
              "option": "u16"
            }
          },
          {
            "name": "stakingShareBps",
            "type": {
              "option": "u16"
            }
          },
          {
            "name": "arbiter",
            "type": {
              "option": "pubkey"
            }
          },
          {
            "name": "stakeMint",
            "docs": [
              "The platform token of the staking pools fees are routed to (all-zero turns routing off)."
            ],
            "type": {
              "option": "pubkey"
            }
          }
        ]
      }
    },
    {
      "name": "updateTrackArgs",
      "docs": [
        "Every field optional: only the given ones change. Buyers pass the price they expect, so a",
        "price change cannot surprise a pending purchase."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "price",
            "type": {
              "option": "u64"
            }
          },
          {
            "name": "referralBps",
            "type": {
              "option": "u16"
            }
          },
          {
            "name": "contentId",
            "type": {
              "option": {
                "array": [
                  "u8",
                  32
                ]
              }
            }
          }
        ]
      }
    },
    {
      "name": "vault",
      "docs": [
        "Money of one split in one mint, at [\"vault\", split, mint]. For native SOL the Vault account",
        "itself holds the lamports (everything above its rent-exempt minimum); for tokens they sit in",
        "the token account [\"vault_tokens\", vault] whose authority is this PDA. Buys touch only this",
        "small account, so a sale costs the same whatever the number of recipients.",
        "",
        "Invariant: money held ≥ escrowed + fees_owed + staking_owed + credits_owed + Σ unclaimed",
        "entitlements (accumulator minus what recipients have claimed)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "split",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "docs": [
              "All-zero for native SOL."
            ],
            "type": "pubkey"
          },
          {
            "name": "tokenProgram",
            "docs": [
              "All-zero for native SOL."
            ],
            "type": "pubkey"
          },
          {
            "name": "tokens",
            "docs": [
              "The vault token account (all-zero for native SOL)."
            ],
            "type": "pubkey"
          },
          {
            "name": "decimals",
            "type": "u8"
          },
          {
            "name": "accumulator",
            "type": {
              "defined": {
                "name": "splitAccumulator"
              }
            }
          },
          {
            "name": "escrowed",
            "docs": [
              "Escrowed payments not yet settled or refunded (what the vault received for them)."
            ],
            "type": "u64"
          },
          {
            "name": "feesOwed",
            "docs": [
              "Platform fees claimable by the treasury."
            ],
            "type": "u64"
          },
          {
            "name": "stakingOwed",
            "docs": [
              "The staking share of fees, kept for the staking program."
            ],
            "type": "u64"
          },
          {
            "name": "creditsOwed",
            "docs": [
              "Sum of every Credit account's `owed` in this vault (referrals, advance repayments)."
            ],
            "type": "u64"
          },
          {
            "name": "grossIn",
            "docs": [
              "Reporting totals, never decreasing."
            ],
            "type": "u128"
          },
          {
            "name": "feesTotal",
            "type": "u128"
          },
          {
            "name": "referralsTotal",
            "type": "u128"
          },
          {
            "name": "refundedTotal",
            "type": "u128"
          },
          {
            "name": "claimedTotal",
            "type": "u128"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "tokensBump",
            "type": "u8"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "advancesSeed",
      "type": "bytes",
      "value": "[97, 100, 118, 97, 110, 99, 101, 115]"
    },
    {
      "name": "creditSeed",
      "type": "bytes",
      "value": "[99, 114, 101, 100, 105, 116]"
    },
    {
      "name": "defaultFeeBps",
      "docs": [
        "Fee a fresh platform charges (2.5 %)."
      ],
      "type": "u16",
      "value": "250"
    },
    {
      "name": "feeCapBps",
      "docs": [
        "No update may raise the platform fee above 10 %."
      ],
      "type": "u16",
      "value": "1000"
    },
    {
      "name": "ledgersSeed",
      "type": "bytes",
      "value": "[108, 101, 100, 103, 101, 114, 115]"
    },
    {
      "name": "maxDisputeWindowSecs",
      "docs": [
        "Longest escrow dispute window a track may set (90 days)."
      ],
      "type": "u32",
      "value": "7776000"
    },
    {
      "name": "maxRecipients",
      "docs": [
        "A split holds at most this many recipient slots (active and retired)."
      ],
      "type": "u8",
      "value": "32"
    },
    {
      "name": "maxVaults",
      "docs": [
        "Distinct payment mints a split can have vaults for; a share change books all of them."
      ],
      "type": "u8",
      "value": "8"
    },
    {
      "name": "platformSeed",
      "type": "bytes",
      "value": "[112, 108, 97, 116, 102, 111, 114, 109]"
    },
    {
      "name": "purchaseSeed",
      "type": "bytes",
      "value": "[112, 117, 114, 99, 104, 97, 115, 101]"
    },
    {
      "name": "splitSeed",
      "type": "bytes",
      "value": "[115, 112, 108, 105, 116]"
    },
    {
      "name": "stakingRoutePeriodSecs",
      "docs": [
        "Period a routed staking share streams over when the pool has no running period (7 days)."
      ],
      "type": "u64",
      "value": "604800"
    },
    {
      "name": "trackSeed",
      "type": "bytes",
      "value": "[116, 114, 97, 99, 107]"
    },
    {
      "name": "vaultSeed",
      "type": "bytes",
      "value": "[118, 97, 117, 108, 116]"
    },
    {
      "name": "vaultTokensSeed",
      "type": "bytes",
      "value": "[118, 97, 117, 108, 116, 95, 116, 111, 107, 101, 110, 115]"
    }
  ]
};
