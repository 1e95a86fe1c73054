"""Reference intake service for Take It Down reports (optional ``intake`` extra).

FastAPI + SQLAlchemy; SQLite (WAL) by default, PostgreSQL by URL. Stores digests, the role,
a verifier of the receipt key and the day a report arrived: no IP addresses, no User-Agents,
no request logs. The wire format is in docs/PROTOCOL.md.
"""
