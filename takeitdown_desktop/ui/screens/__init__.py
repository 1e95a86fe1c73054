"""One widget per screen of the flow. Screens show things and emit what the person asked for;
the window (``window.py``) decides what happens next, using ``flow.Flow``."""
