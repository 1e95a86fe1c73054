"""Small widgets the screens share, one job a module.

- ``text``: headings, paragraphs, buttons and notice cards, sized from the font and the theme;
- ``speech``: what screen readers are told (announcements, status lines, roles) and the
  accessibility factory ``install_accessibility`` that start-up (``ui/app.py``) installs;
- ``drops``: files dropped from a file manager, one helper for every widget that takes them;
- ``grid``: the grid of blurred tiles on the add screen;
- ``questions``: the yes/no confirmation and the radio-button question;
- ``pictures``: the app's own SVG illustrations and icons, coloured by the theme;
- ``flow_picture``: the four steps of "How does this work?" as a picture with captions;
- ``help_links``: the list of places to get help.
"""
