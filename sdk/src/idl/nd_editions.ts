/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/nd_editions.json`.
 */
export type NdEditions = {
  "address": "8LeePj4RP2LRxxm7BsrDiifReHPwy4q9xCFUchw5QMmW",
  "metadata": {
    "name": "ndEditions",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Normal Dance editions: numbered Metaplex Token Metadata prints of a track, sold in windows with allowlist presales and wallet caps, paid through the market's fee and split engine"
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
          "name": "drop",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "closeDrop",
      "docs": [
        "Once sold out or ended."
      ],
      "discriminator": [
        179,
        36,
        175,
        45,
        105,
        230,
        234,
        147
      ],
      "accounts": [
        {
          "name": "authority",
          "writable": true,
          "signer": true
        },
        {
          "name": "drop",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "createDrop",
      "docs": [
        "Creates the master (metadata and master edition through Token Metadata) and the drop."
      ],
      "discriminator": [
        157,
        142,
        145,
        247,
        92,
        73,
        59,
        48
      ],
      "accounts": [
        {
          "name": "authority",
          "writable": true,
          "signer": true
        },
        {
          "name": "split",
          "docs": [
            "The market split receiving the proceeds (its owner and type are checked by Anchor)."
          ]
        },
        {
          "name": "vault"
        },
        {
          "name": "masterMint",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  115,
                  116,
                  101,
                  114,
                  95,
                  109,
                  105,
                  110,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "authority"
              },
              {
                "kind": "arg",
                "path": "args.drop_id"
              }
            ]
          }
        },
        {
          "name": "masterTokens",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "account",
                "path": "programAuthority"
              },
              {
                "kind": "account",
                "path": "tokenProgram"
              },
              {
                "kind": "account",
                "path": "masterMint"
              }
            ],
            "program": {
              "kind": "const",
              "value": [
                140,
                151,
                37,
                143,
                78,
                36,
                137,
                241,
                187,
                61,
                16,
                41,
                20,
                142,
                13,
                131,
                11,
                90,
                19,
                153,
                218,
                255,
                16,
                132,
                4,
                142,
                123,
                216,
                219,
                233,
                248,
                89
              ]
            }
          }
        },
        {
          "name": "drop",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  114,
                  111,
                  112
                ]
              },
              {
                "kind": "account",
                "path": "masterMint"
              }
            ]
          }
        },
        {
          "name": "masterMetadata",
          "writable": true
        },
        {
          "name": "masterEdition",
          "writable": true
        },
        {
          "name": "programAuthority",
          "address": "Bq32uAVCHdPZkA6uzDJRM68WyNTMU3wmHwM6JRQKFWAK"
        },
        {
          "name": "tokenMetadataProgram",
          "address": "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "associatedTokenProgram",
          "address": "ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"
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
              "name": "createDropArgs"
            }
          }
        }
      ]
    },
    {
      "name": "mintEdition",
      "docs": [
        "Sells and prints the next edition to the buyer."
      ],
      "discriminator": [
        39,
        134,
        130,
        9,
        6,
        175,
        171,
        14
      ],
      "accounts": [
        {
          "name": "buyer",
          "docs": [
            "Pays the price, the rents and Token Metadata's fee; signs as the new mint's authority."
          ],
          "writable": true,
          "signer": true
        },
        {
          "name": "drop",
          "writable": true
        },
        {
          "name": "walletMints",
          "docs": [
            "The buyer's counter: required when the drop has a wallet cap and during the presale (the",
            "allowance); an uncapped public sale counts nothing, so its buyers pay for no counter."
          ],
          "writable": true,
          "optional": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  105,
                  110,
                  116,
                  101,
                  100
                ]
              },
              {
                "kind": "account",
                "path": "drop"
              },
              {
                "kind": "account",
                "path": "buyer"
              }
            ]
          }
        },
        {
          "name": "platform"
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "drop"
          ]
        },
        {
          "name": "paymentMint",
          "docs": [
            "Token drops only: the payment mint."
          ],
          "optional": true
        },
        {
          "name": "vaultTokens",
          "docs": [
            "Token drops only."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "buyerTokens",
          "docs": [
            "Token drops only: the account paid from."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "paymentTokenProgram",
          "docs": [
            "Token drops only."
          ],
          "optional": true
        },
        {
          "name": "marketEventAuthority"
        },
        {
          "name": "marketProgram",
          "address": "EawZPPqk7LJMGfBYVRLazNpy7EAF2L8sRrY4eRLSQQdh"
        },
        {
          "name": "newMint",
          "writable": true
        },
        {
          "name": "newMetadata",
          "writable": true
        },
        {
          "name": "newEdition",
          "writable": true
        },
        {
          "name": "editionMarker",
          "writable": true
        },
        {
          "name": "masterEdition",
          "writable": true,
          "relations": [
            "drop"
          ]
        },
        {
          "name": "masterMetadata",
          "relations": [
            "drop"
          ]
        },
        {
          "name": "masterTokens",
          "relations": [
            "drop"
          ]
        },
        {
          "name": "programAuthority",
          "address": "Bq32uAVCHdPZkA6uzDJRM68WyNTMU3wmHwM6JRQKFWAK"
        },
        {
          "name": "tokenMetadataProgram",
          "address": "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
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
              "name": "mintEditionArgs"
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
          "signer": true
        },
        {
          "name": "drop",
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
          "name": "drop",
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
      "name": "updateDrop",
      "docs": [
        "Price, windows, wallet cap, presale and the master's URI."
      ],
      "discriminator": [
        159,
        5,
        200,
        60,
        92,
        138,
        128,
        77
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true
        },
        {
          "name": "drop",
          "writable": true
        },
        {
          "name": "masterMetadata",
          "docs": [
            "URI changes only."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "programAuthority",
          "docs": [
            "URI changes only."
          ],
          "optional": true,
          "address": "Bq32uAVCHdPZkA6uzDJRM68WyNTMU3wmHwM6JRQKFWAK"
        },
        {
          "name": "tokenMetadataProgram",
          "docs": [
            "URI changes only."
          ],
          "optional": true,
          "address": "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "updateDropArgs"
            }
          }
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "drop",
      "discriminator": [
        56,
        174,
        80,
        200,
        182,
        146,
        223,
        35
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
      "name": "walletMints",
      "discriminator": [
        21,
        250,
        224,
        93,
        206,
        86,
        60,
        18
      ]
    }
  ],
  "events": [
    {
      "name": "dropAuthorityChanged",
      "discriminator": [
        222,
        23,
        167,
        202,
        11,
        132,
        216,
        198
      ]
    },
    {
      "name": "dropAuthorityProposed",
      "discriminator": [
        227,
        31,
        145,
        188,
        199,
        202,
        69,
        78
      ]
    },
    {
      "name": "dropClosed",
      "discriminator": [
        90,
        249,
        70,
        157,
        223,
        97,
        236,
        223
      ]
    },
    {
      "name": "dropCreated",
      "discriminator": [
        179,
        166,
        43,
        166,
        63,
        69,
        138,
        46
      ]
    },
    {
      "name": "dropPauseChanged",
      "discriminator": [
        155,
        131,
        183,
        191,
        224,
        224,
        251,
        91
      ]
    },
    {
      "name": "dropUpdated",
      "discriminator": [
        195,
        41,
        142,
        246,
        153,
        9,
        33,
        72
      ]
    },
    {
      "name": "editionMinted",
      "discriminator": [
        196,
        202,
        48,
        141,
        184,
        40,
        152,
        245
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "nameTooLong",
      "msg": "the name is longer than Token Metadata's 32 bytes"
    },
    {
      "code": 6001,
      "name": "symbolTooLong",
      "msg": "the symbol is longer than Token Metadata's 10 bytes"
    },
    {
      "code": 6002,
      "name": "uriTooLong",
      "msg": "the URI is longer than Token Metadata's 200 bytes"
    },
    {
      "code": 6003,
      "name": "royaltyAboveMaximum",
      "msg": "royalties (seller_fee_basis_points) may not exceed 10000"
    },
    {
      "code": 6004,
      "name": "zeroMaxSupply",
      "msg": "a drop needs a max supply of at least one edition"
    },
    {
      "code": 6005,
      "name": "zeroPrice",
      "msg": "editions are sold for a price above zero"
    },
    {
      "code": 6006,
      "name": "invalidSaleWindow",
      "msg": "the sale window must end after it starts"
    },
    {
      "code": 6007,
      "name": "invalidPresaleWindow",
      "msg": "the presale window must end after it starts"
    },
    {
      "code": 6008,
      "name": "presaleOverlapsSale",
      "msg": "the presale must end before the public sale starts"
    },
    {
      "code": 6009,
      "name": "emptyMerkleRoot",
      "msg": "the presale needs a non-zero Merkle root"
    },
    {
      "code": 6010,
      "name": "conflictingPresaleUpdate",
      "msg": "pass either a new presale or remove_presale, not both"
    },
    {
      "code": 6011,
      "name": "walletCapAfterFirstSale",
      "msg": "a wallet cap can only be turned on before the first sale (earlier public mints were not counted)"
    },
    {
      "code": 6012,
      "name": "authorityNotInSplit",
      "msg": "the drop authority must be the split's controller or one of its recipients"
    },
    {
      "code": 6013,
      "name": "wrongVault",
      "msg": "the vault is not the market's vault of this split and payment mint, or it is not open"
    },
    {
      "code": 6014,
      "name": "wrongPaymentMint",
      "msg": "the payment accounts do not match the drop's payment mint"
    },
    {
      "code": 6015,
      "name": "wrongMarketProgram",
      "msg": "the market program account is not the market program"
    },
    {
      "code": 6016,
      "name": "missingPaymentReceipt",
      "msg": "the market did not report the payment it booked"
    },
    {
      "code": 6017,
      "name": "wrongTokenMetadataProgram",
      "msg": "the Token Metadata program account is not Token Metadata"
    },
    {
      "code": 6018,
      "name": "wrongProgramAuthority",
      "msg": "the program authority account is not this program's [\\authority\\] PDA"
    },
    {
      "code": 6019,
      "name": "wrongMasterMetadata",
      "msg": "the master metadata is not this drop's"
    },
    {
      "code": 6020,
      "name": "wrongMasterEdition",
      "msg": "the master edition is not this drop's"
    },
    {
      "code": 6021,
      "name": "wrongMasterTokenAccount",
      "msg": "the master token account is not this drop's"
    },
    {
      "code": 6022,
      "name": "missingMetadataAccounts",
      "msg": "changing the URI needs the master metadata and the Token Metadata program"
    },
    {
      "code": 6023,
      "name": "unreadableMetadata",
      "msg": "the master metadata account could not be read"
    },
    {
      "code": 6024,
      "name": "dropPaused",
      "msg": "the drop is paused"
    },
    {
      "code": 6025,
      "name": "saleNotStarted",
      "msg": "the sale has not started"
    },
    {
      "code": 6026,
      "name": "saleEnded",
      "msg": "the sale has ended"
    },
    {
      "code": 6027,
      "name": "soldOut",
      "msg": "every edition of the drop is minted"
    },
    {
      "code": 6028,
      "name": "walletCapReached",
      "msg": "this wallet has minted as many editions as the drop allows per wallet"
    },
    {
      "code": 6029,
      "name": "priceMismatch",
      "msg": "the price differs from the price the buyer expected"
    },
    {
      "code": 6030,
      "name": "invalidMerkleProof",
      "msg": "the Merkle proof does not prove this wallet and allowance against the presale root"
    },
    {
      "code": 6031,
      "name": "proofTooLong",
      "msg": "the Merkle proof has more nodes than the program accepts"
    },
    {
      "code": 6032,
      "name": "presaleAllowanceExhausted",
      "msg": "this wallet has used its whole presale allowance"
    },
    {
      "code": 6033,
      "name": "walletMintsRequired",
      "msg": "a capped drop or a presale counts each wallet's mints: pass the buyer's WalletMints account"
    },
    {
      "code": 6034,
      "name": "notDropAuthority",
      "msg": "only the drop's authority may do this"
    },
    {
      "code": 6035,
      "name": "noPendingAuthority",
      "msg": "no authority handover is pending"
    },
    {
      "code": 6036,
      "name": "notPendingAuthority",
      "msg": "only the proposed authority may accept the handover"
    },
    {
      "code": 6037,
      "name": "dropStillOnSale",
      "msg": "a drop closes only when sold out or after its sale has ended"
    },
    {
      "code": 6038,
      "name": "mathOverflow",
      "msg": "an amount does not fit its integer type"
    }
  ],
  "types": [
    {
      "name": "createDropArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "dropId",
            "docs": [
              "Picks the master mint [\"master_mint\", authority, drop_id]: one drop per id and creator."
            ],
            "type": "u64"
          },
          {
            "name": "name",
            "type": "string"
          },
          {
            "name": "symbol",
            "type": "string"
          },
          {
            "name": "uri",
            "type": "string"
          },
          {
            "name": "sellerFeeBasisPoints",
            "docs": [
              "Royalties on secondary sales, paid by marketplaces to the creators."
            ],
            "type": "u16"
          },
          {
            "name": "paymentMint",
            "docs": [
              "All-zero for native SOL; the split must have a market vault for it."
            ],
            "type": "pubkey"
          },
          {
            "name": "price",
            "type": "u64"
          },
          {
            "name": "maxSupply",
            "type": "u64"
          },
          {
            "name": "saleStart",
            "type": "i64"
          },
          {
            "name": "saleEnd",
            "docs": [
              "i64::MAX for no end."
            ],
            "type": "i64"
          },
          {
            "name": "walletCap",
            "docs": [
              "0 for no per-wallet cap."
            ],
            "type": "u32"
          },
          {
            "name": "presale",
            "type": {
              "option": {
                "defined": {
                  "name": "presale"
                }
              }
            }
          }
        ]
      }
    },
    {
      "name": "drop",
      "docs": [
        "A limited run of numbered prints of one master, at [\"drop\", master_mint]. The master token",
        "sits in the program authority's associated token account; proceeds are never held here but",
        "paid into the market vault of `split` for `payment_mint`."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "creator",
            "docs": [
              "Signer of `create_drop`: seeds the master mint [\"master_mint\", creator, drop_id]."
            ],
            "type": "pubkey"
          },
          {
            "name": "dropId",
            "type": "u64"
          },
          {
            "name": "masterMint",
            "type": "pubkey"
          },
          {
            "name": "masterMetadata",
            "docs": [
              "Token Metadata PDAs of the master, checked once at creation so sales only compare keys."
            ],
            "type": "pubkey"
          },
          {
            "name": "masterEdition",
            "type": "pubkey"
          },
          {
            "name": "masterTokens",
            "type": "pubkey"
          },
          {
            "name": "split",
            "type": "pubkey"
          },
          {
            "name": "vault",
            "docs": [
              "The market's vault of `split` for `payment_mint`."
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
            "docs": [
              "Public-sale price."
            ],
            "type": "u64"
          },
          {
            "name": "maxSupply",
            "type": "u64"
          },
          {
            "name": "minted",
            "docs": [
              "Editions printed so far; the next print is edition `minted + 1`."
            ],
            "type": "u64"
          },
          {
            "name": "saleStart",
            "type": "i64"
          },
          {
            "name": "saleEnd",
            "docs": [
              "i64::MAX for a sale without end."
            ],
            "type": "i64"
          },
          {
            "name": "walletCap",
            "docs": [
              "Editions one wallet may mint over presale and public sale together; 0 for no cap (then",
              "public mints are not counted, and a cap can only be set before the first sale)."
            ],
            "type": "u32"
          },
          {
            "name": "gross",
            "docs": [
              "Prices as booked by the market (net of any transfer fee), summed."
            ],
            "type": "u128"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "presale",
            "type": {
              "option": {
                "defined": {
                  "name": "presale"
                }
              }
            }
          },
          {
            "name": "pendingAuthority",
            "docs": [
              "Set by `propose_authority`; becomes `authority` when it signs `accept_authority`."
            ],
            "type": {
              "option": "pubkey"
            }
          }
        ]
      }
    },
    {
      "name": "dropAuthorityChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
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
      "name": "dropAuthorityProposed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
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
      "name": "dropClosed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
            "type": "pubkey"
          },
          {
            "name": "minted",
            "type": "u64"
          },
          {
            "name": "maxSupply",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "dropCreated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
            "type": "pubkey"
          },
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "masterMint",
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
            "name": "maxSupply",
            "type": "u64"
          },
          {
            "name": "saleStart",
            "type": "i64"
          },
          {
            "name": "saleEnd",
            "type": "i64"
          },
          {
            "name": "walletCap",
            "type": "u32"
          },
          {
            "name": "presale",
            "type": {
              "option": {
                "defined": {
                  "name": "presale"
                }
              }
            }
          }
        ]
      }
    },
    {
      "name": "dropPauseChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
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
      "name": "dropUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
            "type": "pubkey"
          },
          {
            "name": "price",
            "type": "u64"
          },
          {
            "name": "saleStart",
            "type": "i64"
          },
          {
            "name": "saleEnd",
            "type": "i64"
          },
          {
            "name": "walletCap",
            "type": "u32"
          },
          {
            "name": "presale",
            "type": {
              "option": {
                "defined": {
                  "name": "presale"
                }
              }
            }
          },
          {
            "name": "uriChanged",
            "docs": [
              "The master's URI changed (prints made from now on carry the new one)."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "editionMinted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
            "type": "pubkey"
          },
          {
            "name": "edition",
            "docs": [
              "The print's number, 1..=max_supply."
            ],
            "type": "u64"
          },
          {
            "name": "buyer",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "docs": [
              "The print's mint."
            ],
            "type": "pubkey"
          },
          {
            "name": "price",
            "docs": [
              "Price as the market booked it (net of any transfer fee of the payment mint)."
            ],
            "type": "u64"
          },
          {
            "name": "fee",
            "docs": [
              "Platform fee the market booked out of `price`."
            ],
            "type": "u64"
          },
          {
            "name": "presale",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "mintEditionArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "expectedPrice",
            "docs": [
              "Must equal the current phase's price: a price change between quote and mint fails the mint."
            ],
            "type": "u64"
          },
          {
            "name": "allowance",
            "docs": [
              "Presale only: the allowance in the buyer's allowlist leaf."
            ],
            "type": "u64"
          },
          {
            "name": "proof",
            "docs": [
              "Presale only: the Merkle proof of (buyer, allowance); ignored during the public sale."
            ],
            "type": {
              "vec": {
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
      "name": "presale",
      "docs": [
        "An allowlist presale: wallets in the Merkle tree mint up to their allowance at `price`",
        "during [start, end). Leaf = sha256(wallet ‖ allowance as u64 LE); parents hash the sorted pair."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "merkleRoot",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "start",
            "type": "i64"
          },
          {
            "name": "end",
            "type": "i64"
          },
          {
            "name": "price",
            "type": "u64"
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
      "name": "updateDropArgs",
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
            "name": "saleStart",
            "type": {
              "option": "i64"
            }
          },
          {
            "name": "saleEnd",
            "type": {
              "option": "i64"
            }
          },
          {
            "name": "walletCap",
            "type": {
              "option": "u32"
            }
          },
          {
            "name": "presale",
            "docs": [
              "Sets or replaces the presale."
            ],
            "type": {
              "option": {
                "defined": {
                  "name": "presale"
                }
              }
            }
          },
          {
            "name": "removePresale",
            "type": "bool"
          },
          {
            "name": "uri",
            "docs": [
              "New URI of the master; prints made from now on copy it (existing prints are immutable)."
            ],
            "type": {
              "option": "string"
            }
          }
        ]
      }
    },
    {
      "name": "walletMints",
      "docs": [
        "What one wallet has minted of one drop, at [\"minted\", drop, wallet]. Created by the wallet's",
        "first counted mint (a capped drop, or the presale); the wallet cap and the presale allowance",
        "are checked against it."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "drop",
            "type": "pubkey"
          },
          {
            "name": "wallet",
            "type": "pubkey"
          },
          {
            "name": "minted",
            "docs": [
              "Presale and public mints together."
            ],
            "type": "u32"
          },
          {
            "name": "presaleMinted",
            "type": "u32"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "authoritySeed",
      "type": "bytes",
      "value": "[97, 117, 116, 104, 111, 114, 105, 116, 121]"
    },
    {
      "name": "dropSeed",
      "type": "bytes",
      "value": "[100, 114, 111, 112]"
    },
    {
      "name": "masterMintSeed",
      "type": "bytes",
      "value": "[109, 97, 115, 116, 101, 114, 95, 109, 105, 110, 116]"
    },
    {
      "name": "maxCreators",
      "docs": [
        "Token Metadata allows 5 creators; the program's authority is one of them."
      ],
      "type": "u8",
      "value": "5"
    },
    {
      "name": "maxNameLength",
      "docs": [
        "Token Metadata's limits (state/metadata.rs of 1.13.2), checked here first for named errors."
      ],
      "type": "u32",
      "value": "32"
    },
    {
      "name": "maxProofNodes",
      "docs": [
        "Proof nodes accepted: an allowlist of up to 2^24 wallets."
      ],
      "type": "u8",
      "value": "24"
    },
    {
      "name": "maxRoyaltyBps",
      "type": "u16",
      "value": "10000"
    },
    {
      "name": "maxSymbolLength",
      "type": "u32",
      "value": "10"
    },
    {
      "name": "maxUriLength",
      "type": "u32",
      "value": "200"
    },
    {
      "name": "walletMintsSeed",
      "type": "bytes",
      "value": "[109, 105, 110, 116, 101, 100]"
    }
  ]
};
