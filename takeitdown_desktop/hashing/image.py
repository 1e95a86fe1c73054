"""Image fingerprints (PDQ + dihedral variants, pHash, dHash) from a single decode.

Owned by the image/PDQ work stream; see docs/ARCHITECTURE.md for the contract.
"""
