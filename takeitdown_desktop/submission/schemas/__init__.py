"""JSON Schemas of the report protocol, shipped as package data (see docs/PROTOCOL.md)."""
