"""Video fingerprints (vPDQ) decoded with OpenCV.

Owned by the video work stream; see docs/ARCHITECTURE.md for the contract.
"""
