"""Report protocol and HTTPS client: builds the report body from hashing results and sends it.

No Qt here, and nothing from the intake service. Entry points: ``report.prepare_report``,
``client.IntakeClient``, ``receipt.Receipt``; the wire format is in ``docs/PROTOCOL.md`` and
the shared ``takeitdown_protocol`` package (its field table and JSON Schemas).
"""
